package id.satudata.organisasi.struktur;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.TingkatOrganisasi;

/** A government (national, provincial, kabupaten/kota) taking part in Satu Data. */
@Entity
@Table(name = "organisasi")
public class Organisasi {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "kode_wilayah", nullable = false, length = 20, unique = true)
	private String kodeWilayah;

	@Column(nullable = false, length = 200)
	private String nama;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TingkatOrganisasi tingkat;

	@Column(name = "induk_id")
	private Long indukId;

	@Column(length = 500)
	private String alamat;

	@Column(length = 200)
	private String email;

	@Column(length = 50)
	private String telepon;

	@Column(name = "situs_web", length = 300)
	private String situsWeb;

	@Column(nullable = false)
	private boolean aktif = true;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@Version
	private long version;

	protected Organisasi() {
	}

	public Organisasi(String kodeWilayah, String nama, TingkatOrganisasi tingkat, Long indukId, Instant now) {
		this.kodeWilayah = kodeWilayah;
		this.nama = nama;
		this.tingkat = tingkat;
		this.indukId = indukId;
		this.dibuatPada = now;
		this.diubahPada = now;
	}

	void ubah(String nama, String alamat, String email, String telepon, String situsWeb, Instant now) {
		this.nama = nama;
		this.alamat = alamat;
		this.email = email;
		this.telepon = telepon;
		this.situsWeb = situsWeb;
		this.diubahPada = now;
	}

	void ubahStatus(boolean aktif, Instant now) {
		this.aktif = aktif;
		this.diubahPada = now;
	}

	OrganisasiRef ref() {
		return new OrganisasiRef(id, kodeWilayah, nama, tingkat, indukId, aktif);
	}

	public Long getId() {
		return id;
	}

	public String getKodeWilayah() {
		return kodeWilayah;
	}

	public String getNama() {
		return nama;
	}

	public TingkatOrganisasi getTingkat() {
		return tingkat;
	}

	public Long getIndukId() {
		return indukId;
	}

	public String getAlamat() {
		return alamat;
	}

	public String getEmail() {
		return email;
	}

	public String getTelepon() {
		return telepon;
	}

	public String getSitusWeb() {
		return situsWeb;
	}

	public boolean isAktif() {
		return aktif;
	}

	public long getVersion() {
		return version;
	}

}
