package id.satudata.organisasi.struktur;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.satudata.organisasi.TingkatOrganisasi;

/** The organization form (only these fields are bound). */
class OrganisasiForm {

	/** Checks that apply only when creating (the level and code cannot be edited afterwards). */
	interface Baru {
	}

	@NotNull(message = "{validasi.wajib}", groups = Baru.class)
	private TingkatOrganisasi tingkat;

	@NotBlank(message = "{validasi.wajib}", groups = Baru.class)
	@Pattern(regexp = "0|\\d{2}(\\.\\d{2})?", message = "{organisasi.validasi.kodeWilayah}", groups = Baru.class)
	private String kodeWilayah;

	@Size(max = 200, message = "{validasi.maks}")
	private String nama;

	@Size(max = 500, message = "{validasi.maks}")
	private String alamat;

	@Email(message = "{validasi.email}")
	@Size(max = 200, message = "{validasi.maks}")
	private String email;

	@Size(max = 50, message = "{validasi.maks}")
	private String telepon;

	@Size(max = 300, message = "{validasi.maks}")
	@Pattern(regexp = "^$|https?://\\S+", message = "{validasi.url}")
	private String situsWeb;

	private Long version;

	public TingkatOrganisasi getTingkat() {
		return tingkat;
	}

	public void setTingkat(TingkatOrganisasi tingkat) {
		this.tingkat = tingkat;
	}

	public String getKodeWilayah() {
		return kodeWilayah;
	}

	public void setKodeWilayah(String kodeWilayah) {
		this.kodeWilayah = kodeWilayah;
	}

	public String getNama() {
		return nama;
	}

	public void setNama(String nama) {
		this.nama = nama;
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

	public String getSitusWeb() {
		return situsWeb;
	}

	public void setSitusWeb(String situsWeb) {
		this.situsWeb = situsWeb;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	static OrganisasiForm of(Organisasi o) {
		OrganisasiForm f = new OrganisasiForm();
		f.tingkat = o.getTingkat();
		f.kodeWilayah = o.getKodeWilayah();
		f.nama = o.getNama();
		f.alamat = o.getAlamat();
		f.email = o.getEmail();
		f.telepon = o.getTelepon();
		f.situsWeb = o.getSitusWeb();
		f.version = o.getVersion();
		return f;
	}

}
