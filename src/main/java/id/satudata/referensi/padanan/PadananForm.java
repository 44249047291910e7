package id.satudata.referensi.padanan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The crosswalk form. */
class PadananForm {

	@NotBlank(message = "{validasi.wajib}")
	@Pattern(regexp = "[a-z0-9][a-z0-9-]{1,59}", message = "{kodeReferensi.validasi.slug}")
	private String slug;

	@NotBlank(message = "{validasi.wajib}")
	@Size(max = 200, message = "{validasi.maks}")
	private String nama;

	@Size(max = 4000, message = "{validasi.maks}")
	private String deskripsi;

	@NotNull(message = "{validasi.wajib}")
	private String daftarSumber;

	@NotNull(message = "{validasi.wajib}")
	private String daftarTarget;

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getNama() {
		return nama;
	}

	public void setNama(String nama) {
		this.nama = nama;
	}

	public String getDeskripsi() {
		return deskripsi;
	}

	public void setDeskripsi(String deskripsi) {
		this.deskripsi = deskripsi;
	}

	public String getDaftarSumber() {
		return daftarSumber;
	}

	public void setDaftarSumber(String daftarSumber) {
		this.daftarSumber = daftarSumber;
	}

	public String getDaftarTarget() {
		return daftarTarget;
	}

	public void setDaftarTarget(String daftarTarget) {
		this.daftarTarget = daftarTarget;
	}

}
