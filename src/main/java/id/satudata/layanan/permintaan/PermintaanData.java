package id.satudata.layanan.permintaan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a data request ({@link JenisLayanan#PERMINTAAN_DATA}) asks beyond every request: the area
 * (a region of the node's coverage, by code, or the requester's own words), the years and the
 * purpose; and what became of it: the dataset that answered it, the Daftar Data entry proposed
 * from it. The request itself (requester, status, holder, clocks) is its {@link Permintaan}.
 */
@Entity(name = "LayananPermintaanData")
@Table(name = "layanan_permintaan_data")
public class PermintaanData {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "permintaan_id", nullable = false, unique = true)
	private long permintaanId;

	@Column(nullable = false, length = 20, unique = true)
	private String nomor;

	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	/** The Kemendagri code of the region chosen; null when the requester wrote the area in words. */
	@Column(name = "wilayah_kode", length = 20)
	private String wilayahKode;

	@Column(name = "wilayah_nama", nullable = false, length = 200)
	private String wilayahNama;

	@Column(name = "tahun_awal", nullable = false)
	private int tahunAwal;

	@Column(name = "tahun_akhir", nullable = false)
	private int tahunAkhir;

	@Column(nullable = false, length = 2000)
	private String tujuan;

	/** The search words the requester came with (from an empty search or a dataset page). */
	@Column(name = "kata_kunci", length = 200)
	private String kataKunci;

	@Column(name = "dataset_id")
	private Long datasetId;

	@Column(name = "dataset_slug", length = 200)
	private String datasetSlug;

	@Column(name = "dataset_judul", length = 300)
	private String datasetJudul;

	/** The Daftar Data entry the Walidata proposed from it (perencanaan, by id). */
	@Column(name = "entri_id")
	private Long entriId;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@Version
	private long version;

	protected PermintaanData() {
	}

	PermintaanData(Permintaan p, String wilayahKode, String wilayahNama, int tahunAwal, int tahunAkhir, String tujuan,
			String kataKunci, Instant now) {
		this.permintaanId = p.getId();
		this.nomor = p.getNomor();
		this.organisasiId = p.getOrganisasiId();
		this.wilayahKode = wilayahKode;
		this.wilayahNama = wilayahNama;
		this.tahunAwal = tahunAwal;
		this.tahunAkhir = tahunAkhir;
		this.tujuan = tujuan;
		this.kataKunci = kataKunci;
		this.dibuatPada = now;
		this.diubahPada = now;
	}

	/** Answered with a dataset of the catalog (the public one, kept by id and by slug and title as they were). */
	void dijawabDengan(long datasetId, String slug, String judul, Instant now) {
		this.datasetId = datasetId;
		this.datasetSlug = slug;
		this.datasetJudul = judul;
		this.diubahPada = now;
	}

	void diusulkan(long entriId, Instant now) {
		this.entriId = entriId;
		this.diubahPada = now;
	}

	public Long getId() {
		return id;
	}

	public long getPermintaanId() {
		return permintaanId;
	}

	public String getNomor() {
		return nomor;
	}

	public long getOrganisasiId() {
		return organisasiId;
	}

	public String getWilayahKode() {
		return wilayahKode;
	}

	public String getWilayahNama() {
		return wilayahNama;
	}

	public int getTahunAwal() {
		return tahunAwal;
	}

	public int getTahunAkhir() {
		return tahunAkhir;
	}

	/** "2020–2024", or one year. */
	public String getTahun() {
		return tahunAwal == tahunAkhir ? String.valueOf(tahunAwal) : tahunAwal + "–" + tahunAkhir;
	}

	public String getTujuan() {
		return tujuan;
	}

	public String getKataKunci() {
		return kataKunci;
	}

	public Long getDatasetId() {
		return datasetId;
	}

	public String getDatasetSlug() {
		return datasetSlug;
	}

	public String getDatasetJudul() {
		return datasetJudul;
	}

	public Long getEntriId() {
		return entriId;
	}

	public long getVersion() {
		return version;
	}

}
