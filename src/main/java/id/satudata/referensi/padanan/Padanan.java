package id.satudata.referensi.padanan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A crosswalk between two code lists (e.g. BPS ↔ Kemendagri region codes). */
@Entity
@Table(name = "padanan_kode")
class Padanan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 60, unique = true)
	private String slug;

	@Column(nullable = false, length = 200)
	private String nama;

	@Column(length = 4000)
	private String deskripsi;

	@Column(name = "sumber_daftar_id", nullable = false)
	private long sumberDaftarId;

	@Column(name = "target_daftar_id", nullable = false)
	private long targetDaftarId;

	@Column(name = "pemilik_organisasi_id")
	private Long pemilikOrganisasiId;

	@Column(name = "jumlah_pasangan", nullable = false)
	private int jumlahPasangan;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@Version
	private long version;

	protected Padanan() {
	}

	Padanan(String slug, String nama, String deskripsi, long sumberDaftarId, long targetDaftarId,
			Long pemilikOrganisasiId, Instant now) {
		this.slug = slug;
		this.nama = nama;
		this.deskripsi = deskripsi;
		this.sumberDaftarId = sumberDaftarId;
		this.targetDaftarId = targetDaftarId;
		this.pemilikOrganisasiId = pemilikOrganisasiId;
		this.dibuatPada = now;
		this.diubahPada = now;
	}

	void setJumlahPasangan(int jumlah, Instant now) {
		this.jumlahPasangan = jumlah;
		this.diubahPada = now;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getNama() {
		return nama;
	}

	public String getDeskripsi() {
		return deskripsi;
	}

	public long getSumberDaftarId() {
		return sumberDaftarId;
	}

	public long getTargetDaftarId() {
		return targetDaftarId;
	}

	public Long getPemilikOrganisasiId() {
		return pemilikOrganisasiId;
	}

	public int getJumlahPasangan() {
		return jumlahPasangan;
	}

	public Instant getDiubahPada() {
		return diubahPada;
	}

	public long getVersion() {
		return version;
	}

}
