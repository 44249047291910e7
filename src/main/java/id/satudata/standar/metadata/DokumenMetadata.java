package id.satudata.standar.metadata;

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

import id.satudata.standar.JenisMetadata;
import id.satudata.standar.PemilikRef;
import id.satudata.standar.StatusMetadata;

/**
 * One metadata form (MS-Keg, MS-Ind or MS-Var) of one owner and year. The answers are one JSON
 * document keyed by field code ({@link DefinisiFormulir}); the owner is another module's object,
 * referenced by kind and id.
 */
@Entity
@Table(name = "metadata_statistik")
class DokumenMetadata {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private JenisMetadata jenis;

	@Column(name = "pemilik_jenis", nullable = false, length = 40)
	private String pemilikJenis;

	@Column(name = "pemilik_id", nullable = false, length = 60)
	private String pemilikId;

	@Column(name = "organisasi_id")
	private Long organisasiId;

	@Column(nullable = false)
	private int tahun;

	@Column(nullable = false, length = 500)
	private String judul;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private StatusMetadata status;

	@Column(name = "isi_json", nullable = false, length = 200000)
	private String isiJson;

	@Column(name = "disalin_dari_id")
	private Long disalinDariId;

	@Column(name = "dibuat_oleh", nullable = false, length = 100)
	private String dibuatOleh;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diubah_oleh", nullable = false, length = 100)
	private String diubahOleh;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@Version
	private long version;

	protected DokumenMetadata() {
	}

	DokumenMetadata(JenisMetadata jenis, PemilikRef pemilik, Long organisasiId, int tahun, String judul, String isiJson,
			Long disalinDariId, String oleh, Instant now) {
		this.jenis = jenis;
		this.pemilikJenis = pemilik.jenis();
		this.pemilikId = pemilik.id();
		this.organisasiId = organisasiId;
		this.tahun = tahun;
		this.judul = judul;
		this.status = StatusMetadata.DRAFT;
		this.isiJson = isiJson;
		this.disalinDariId = disalinDariId;
		this.dibuatOleh = oleh;
		this.dibuatPada = now;
		this.diubahOleh = oleh;
		this.diubahPada = now;
	}

	void ubah(String isiJson, String judul, int tahun, StatusMetadata status, String oleh, Instant now) {
		this.isiJson = isiJson;
		this.judul = judul;
		this.tahun = tahun;
		this.status = status;
		this.diubahOleh = oleh;
		this.diubahPada = now;
	}

	PemilikRef pemilik() {
		return new PemilikRef(pemilikJenis, pemilikId);
	}

	public Long getId() {
		return id;
	}

	public JenisMetadata getJenis() {
		return jenis;
	}

	public String getPemilikJenis() {
		return pemilikJenis;
	}

	public String getPemilikId() {
		return pemilikId;
	}

	public Long getOrganisasiId() {
		return organisasiId;
	}

	public int getTahun() {
		return tahun;
	}

	public String getJudul() {
		return judul;
	}

	public StatusMetadata getStatus() {
		return status;
	}

	public String getIsiJson() {
		return isiJson;
	}

	public Long getDisalinDariId() {
		return disalinDariId;
	}

	public String getDibuatOleh() {
		return dibuatOleh;
	}

	public Instant getDibuatPada() {
		return dibuatPada;
	}

	public String getDiubahOleh() {
		return diubahOleh;
	}

	public Instant getDiubahPada() {
		return diubahPada;
	}

	public long getVersion() {
		return version;
	}

}
