package id.satudata.referensi.kode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The code-list form. The slug is only read when creating a list. */
class DaftarForm {

	@NotBlank(message = "{validasi.wajib}")
	@Pattern(regexp = "[a-z0-9][a-z0-9-]{1,59}", message = "{kodeReferensi.validasi.slug}")
	private String slug;

	@NotBlank(message = "{validasi.wajib}")
	@Size(max = 200, message = "{validasi.maks}")
	private String nama;

	@Size(max = 4000, message = "{validasi.maks}")
	private String deskripsi;

	@Size(max = 200, message = "{validasi.maks}")
	private String sumber;

	private boolean hierarkis;

	private boolean publik = true;

	private Long pemilikOrganisasiId;

	private Long version;

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

	public String getSumber() {
		return sumber;
	}

	public void setSumber(String sumber) {
		this.sumber = sumber;
	}

	public boolean isHierarkis() {
		return hierarkis;
	}

	public void setHierarkis(boolean hierarkis) {
		this.hierarkis = hierarkis;
	}

	public boolean isPublik() {
		return publik;
	}

	public void setPublik(boolean publik) {
		this.publik = publik;
	}

	public Long getPemilikOrganisasiId() {
		return pemilikOrganisasiId;
	}

	public void setPemilikOrganisasiId(Long pemilikOrganisasiId) {
		this.pemilikOrganisasiId = pemilikOrganisasiId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	static DaftarForm of(DaftarKode d) {
		DaftarForm f = new DaftarForm();
		f.slug = d.getSlug();
		f.nama = d.getNama();
		f.deskripsi = d.getDeskripsi();
		f.sumber = d.getSumber();
		f.hierarkis = d.isHierarkis();
		f.publik = d.isPublik();
		f.pemilikOrganisasiId = d.getPemilikOrganisasiId();
		f.version = d.getVersion();
		return f;
	}

}
