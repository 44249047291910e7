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

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.UnitRef;

/** A unit of an organization: an OPD, the Diskominfo, the BPS office, Bappeda, the PPID. */
@Entity
@Table(name = "unit")
public class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The stable public id (the CKAN API's organization {@code id}). */
	@Column(nullable = false, length = 36, unique = true, updatable = false)
	private String uuid;

	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	@Column(nullable = false, length = 200)
	private String nama;

	@Column(length = 50)
	private String singkatan;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private JenisUnit jenis;

	@Column(length = 500)
	private String alamat;

	@Column(length = 200)
	private String email;

	@Column(length = 50)
	private String telepon;

	@Column(nullable = false)
	private boolean aktif = true;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@Version
	private long version;

	protected Unit() {
	}

	public Unit(long organisasiId, String nama, String singkatan, JenisUnit jenis, Instant now) {
		this.uuid = java.util.UUID.randomUUID().toString();
		this.organisasiId = organisasiId;
		this.nama = nama;
		this.singkatan = singkatan;
		this.jenis = jenis;
		this.dibuatPada = now;
		this.diubahPada = now;
	}

	void ubah(String nama, String singkatan, JenisUnit jenis, String alamat, String email, String telepon,
			Instant now) {
		this.nama = nama;
		this.singkatan = singkatan;
		this.jenis = jenis;
		this.alamat = alamat;
		this.email = email;
		this.telepon = telepon;
		this.diubahPada = now;
	}

	void ubahStatus(boolean aktif, Instant now) {
		this.aktif = aktif;
		this.diubahPada = now;
	}

	UnitRef ref() {
		return new UnitRef(id, organisasiId, nama, singkatan, jenis, email, aktif, uuid);
	}

	public Long getId() {
		return id;
	}

	public long getOrganisasiId() {
		return organisasiId;
	}

	public String getNama() {
		return nama;
	}

	public String getSingkatan() {
		return singkatan;
	}

	public JenisUnit getJenis() {
		return jenis;
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

	public boolean isAktif() {
		return aktif;
	}

	public long getVersion() {
		return version;
	}

}
