package id.satudata.perencanaan.rencanaaksi;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The action-plan item form (status and progress are not bound here). */
class RencanaAksiForm {

	@NotBlank(message = "{validasi.wajib}")
	@Size(max = 300, message = "{validasi.maks}")
	private String judul;

	@Size(max = 4000, message = "{validasi.maks}")
	private String uraian;

	@NotNull(message = "{validasi.wajib}")
	private Long unitId;

	@NotNull(message = "{validasi.wajib}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tenggat;

	@Min(value = 2000, message = "{perencanaan.validasi.tahun}")
	@Max(value = 2100, message = "{perencanaan.validasi.tahun}")
	private Integer tahun;

	private Long version;

	static RencanaAksiForm of(RencanaAksi r) {
		RencanaAksiForm f = new RencanaAksiForm();
		f.judul = r.getJudul();
		f.uraian = r.getUraian();
		f.unitId = r.getUnitId();
		f.tenggat = r.getTenggat();
		f.tahun = r.getTahun();
		f.version = r.getVersion();
		return f;
	}

	public String getJudul() {
		return judul;
	}

	public void setJudul(String judul) {
		this.judul = judul;
	}

	public String getUraian() {
		return uraian;
	}

	public void setUraian(String uraian) {
		this.uraian = uraian;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public LocalDate getTenggat() {
		return tenggat;
	}

	public void setTenggat(LocalDate tenggat) {
		this.tenggat = tenggat;
	}

	public Integer getTahun() {
		return tahun;
	}

	public void setTahun(Integer tahun) {
		this.tahun = tahun;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
