package id.satudata.organisasi.struktur;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.satudata.organisasi.JenisUnit;

/** The unit form (only these fields are bound). */
class UnitForm {

	@NotBlank(message = "{validasi.wajib}")
	@Size(max = 200, message = "{validasi.maks}")
	private String nama;

	@Size(max = 50, message = "{validasi.maks}")
	private String singkatan;

	@NotNull(message = "{validasi.wajib}")
	private JenisUnit jenis;

	@Size(max = 500, message = "{validasi.maks}")
	private String alamat;

	@Email(message = "{validasi.email}")
	@Size(max = 200, message = "{validasi.maks}")
	private String email;

	@Size(max = 50, message = "{validasi.maks}")
	private String telepon;

	private Long version;

	public String getNama() {
		return nama;
	}

	public void setNama(String nama) {
		this.nama = nama;
	}

	public String getSingkatan() {
		return singkatan;
	}

	public void setSingkatan(String singkatan) {
		this.singkatan = singkatan;
	}

	public JenisUnit getJenis() {
		return jenis;
	}

	public void setJenis(JenisUnit jenis) {
		this.jenis = jenis;
	}

	public String getAlamat() {
		return alamat;
	}

	public void setAlamat(String alamat) {
		this.alamat = alamat;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getTelepon() {
		return telepon;
	}

	public void setTelepon(String telepon) {
		this.telepon = telepon;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	static UnitForm of(Unit u) {
		UnitForm f = new UnitForm();
		f.nama = u.getNama();
		f.singkatan = u.getSingkatan();
		f.jenis = u.getJenis();
		f.alamat = u.getAlamat();
		f.email = u.getEmail();
		f.telepon = u.getTelepon();
		f.version = u.getVersion();
		return f;
	}

}
