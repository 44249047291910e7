package id.satudata.katalog.rilis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.satudata.katalog.LampiranView;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.StatusRilis;
import id.satudata.shared.web.UserFacingException;

/**
 * One release of a dataset: a period (e.g. "2024") and a version, with its table. The data is
 * immutable once created — a new upload makes a new version — only the publication state changes.
 */
@Entity
@Table(name = "rilis")
public class Rilis {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Public identifier (CKAN resource id of its table). */
	@Column(nullable = false, length = 36, unique = true)
	private String uuid;

	@Column(name = "dataset_id", nullable = false)
	private long datasetId;

	@Column(nullable = false, length = 40)
	private String periode;

	@Column(name = "periode_mulai")
	private LocalDate periodeMulai;

	@Column(name = "periode_akhir")
	private LocalDate periodeAkhir;

	@Column(nullable = false)
	private int versi;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private StatusRilis status;

	@Column(name = "storage_key", nullable = false, length = 100)
	private String storageKey;

	@Column(name = "jumlah_baris", nullable = false)
	private long jumlahBaris;

	/** The schema the table was written with (JSON), so old versions stay readable after a schema change. */
	@Column(name = "skema_json", nullable = false, length = 100000)
	private String skemaJson;

	@Column(name = "nama_berkas", length = 300)
	private String namaBerkas;

	@Column(name = "ukuran_berkas")
	private Long ukuranBerkas;

	@Column(name = "format_asal", length = 10)
	private String formatAsal;

	@Column(length = 2000)
	private String catatan;

	@Column(name = "dibuat_oleh", nullable = false, length = 100)
	private String dibuatOleh;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diterbitkan_pada")
	private Instant diterbitkanPada;

	@Column(name = "ditarik_pada")
	private Instant ditarikPada;

	/** Came from a producer's submission: published through the review only. */
	@Column(name = "dari_pengajuan", nullable = false)
	private boolean dariPengajuan;

	@Version
	private long version;

	protected Rilis() {
	}

	Rilis(long datasetId, String periode, LocalDate mulai, LocalDate akhir, int versi, String storageKey, long rows,
			String skemaJson, String namaBerkas, Long ukuran, String format, String catatan, String oleh, Instant now) {
		this.uuid = UUID.randomUUID().toString();
		this.datasetId = datasetId;
		this.periode = periode;
		this.periodeMulai = mulai;
		this.periodeAkhir = akhir;
		this.versi = versi;
		this.status = StatusRilis.DRAFT;
		this.storageKey = storageKey;
		this.jumlahBaris = rows;
		this.skemaJson = skemaJson;
		this.namaBerkas = namaBerkas;
		this.ukuranBerkas = ukuran;
		this.formatAsal = format;
		this.catatan = catatan;
		this.dibuatOleh = oleh;
		this.dibuatPada = now;
	}

	void terbitkan(Instant now) {
		if (status == StatusRilis.TERBIT) {
			throw new UserFacingException("rilis.galat.sudahTerbit");
		}
		this.status = StatusRilis.TERBIT;
		this.diterbitkanPada = now;
		this.ditarikPada = null;
	}

	void tarik(Instant now) {
		if (status != StatusRilis.TERBIT) {
			throw new UserFacingException("rilis.galat.belumTerbit");
		}
		this.status = StatusRilis.DITARIK;
		this.ditarikPada = now;
	}

	void tandaiDariPengajuan() {
		this.dariPengajuan = true;
	}

	/**
	 * A producer's submission not yet published: it reaches the public through the review only. Once
	 * published that way and withdrawn, the Walidata may put it back from the dataset page.
	 */
	boolean hanyaLewatPemeriksaan() {
		return dariPengajuan && diterbitkanPada == null;
	}

	public boolean terbit() {
		return status == StatusRilis.TERBIT;
	}

	/**
	 * What is shown of the release, with its attachments; {@code terkini}: it is the newest published
	 * version of its period.
	 */
	public RilisView view(List<LampiranView> lampiran, boolean terkini) {
		return new RilisView(uuid, periode, periodeMulai, periodeAkhir, versi, status, jumlahBaris, namaBerkas, catatan,
				dibuatPada, diterbitkanPada, terkini, lampiran);
	}

	public Long getId() {
		return id;
	}

	public String getUuid() {
		return uuid;
	}

	public long getDatasetId() {
		return datasetId;
	}

	public String getPeriode() {
		return periode;
	}

	public LocalDate getPeriodeMulai() {
		return periodeMulai;
	}

	public LocalDate getPeriodeAkhir() {
		return periodeAkhir;
	}

	public int getVersi() {
		return versi;
	}

	public StatusRilis getStatus() {
		return status;
	}

	public String getStorageKey() {
		return storageKey;
	}

	public long getJumlahBaris() {
		return jumlahBaris;
	}

	public String getSkemaJson() {
		return skemaJson;
	}

	public String getNamaBerkas() {
		return namaBerkas;
	}

	public Long getUkuranBerkas() {
		return ukuranBerkas;
	}

	public String getFormatAsal() {
		return formatAsal;
	}

	public String getCatatan() {
		return catatan;
	}

	public String getDibuatOleh() {
		return dibuatOleh;
	}

	public Instant getDibuatPada() {
		return dibuatPada;
	}

	public Instant getDiterbitkanPada() {
		return diterbitkanPada;
	}

	public Instant getDitarikPada() {
		return ditarikPada;
	}

	public long getVersion() {
		return version;
	}

}
