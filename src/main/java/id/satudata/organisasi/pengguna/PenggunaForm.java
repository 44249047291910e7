package id.satudata.organisasi.pengguna;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The user form. The password is only read when creating a user. */
class PenggunaForm {

	@NotBlank(message = "{validasi.wajib}")
	@Pattern(regexp = "[a-zA-Z0-9._-]{3,60}", message = "{pengguna.validasi.username}")
	private String username;

	@NotBlank(message = "{validasi.wajib}")
	@Size(max = 200, message = "{validasi.maks}")
	private String namaLengkap;

	@Email(message = "{validasi.email}")
	@Size(max = 200, message = "{validasi.maks}")
	private String email;

	@Size(max = 30, message = "{validasi.maks}")
	@Pattern(regexp = "^$|\\d{18}", message = "{pengguna.validasi.nip}")
	private String nip;

	@Size(max = 200, message = "{validasi.maks}")
	private String jabatan;

	private String password;

	private Long version;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getNamaLengkap() {
		return namaLengkap;
	}

	public void setNamaLengkap(String namaLengkap) {
		this.namaLengkap = namaLengkap;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getNip() {
		return nip;
	}

	public void setNip(String nip) {
		this.nip = nip;
	}

	public String getJabatan() {
		return jabatan;
	}

	public void setJabatan(String jabatan) {
		this.jabatan = jabatan;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	static PenggunaForm of(Pengguna p) {
		PenggunaForm f = new PenggunaForm();
		f.username = p.getUsername();
		f.namaLengkap = p.getNamaLengkap();
		f.email = p.getEmail();
		f.nip = p.getNip();
		f.jabatan = p.getJabatan();
		f.version = p.getVersion();
		return f;
	}

}
