package id.satudata.pemeriksaan.pengajuan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.satudata.pemeriksaan.AksiPemeriksaan;
import id.satudata.pemeriksaan.AlurPemeriksaan;
import id.satudata.pemeriksaan.KonteksPengajuan;
import id.satudata.pemeriksaan.PeranPemeriksaan;
import id.satudata.pemeriksaan.StatusPengajuan;
import id.satudata.shared.web.UserFacingException;

/**
 * A producer's submission of one dataset's data for one period: its uploads (versions), where it
 * stands in the review, and what the producer proposes with it. The status changes only through
 * {@link #jalankan}, which asks {@link AlurPemeriksaan} whether the step is allowed.
 */
@Entity
@Table(name = "pengajuan")
class Pengajuan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dataset_id", nullable = false)
	private long datasetId;

	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	@Column(name = "produsen_unit_id", nullable = false)
	private long produsenUnitId;

	@Column(nullable = false, length = 40)
	private String periode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private StatusPengajuan status;

	@Column(name = "status_sejak", nullable = false)
	private Instant statusSejak;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private KonteksPengajuan.Pembina pembina;

	@Column(name = "kunci_terbuka", length = 80)
	private String kunciTerbuka;

	@Column(name = "rilis_uuid", length = 36)
	private String rilisUuid;

	@Column(name = "versi_terkini", nullable = false)
	private int versiTerkini;

	@Column(name = "jumlah_galat", nullable = false)
	private long jumlahGalat;

	@Column(name = "jumlah_peringatan", nullable = false)
	private long jumlahPeringatan;

	@Column(name = "skor_kepatuhan")
	private Integer skorKepatuhan;

	@Column(name = "jadwal_terbit")
	private LocalDate jadwalTerbit;

	@Column(name = "jatuh_tempo")
	private LocalDate jatuhTempo;

	@Column(name = "daftar_data_id")
	private Long daftarDataId;

	@Column(name = "catatan_ajuan", length = 4000)
	private String catatanAjuan;

	@Column(name = "usulan_json", length = 20000)
	private String usulanJson;

	@Column(name = "justifikasi_json", length = 20000)
	private String justifikasiJson;

	@Column(name = "dibuat_oleh", nullable = false, length = 100)
	private String dibuatOleh;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@Column(name = "diajukan_pada")
	private Instant diajukanPada;

	@Column(name = "diterbitkan_pada")
	private Instant diterbitkanPada;

	@Version
	private long version;

	protected Pengajuan() {
	}

	Pengajuan(long datasetId, long organisasiId, long produsenUnitId, String periode, KonteksPengajuan.Pembina pembina,
			String oleh, Instant now) {
		this.datasetId = datasetId;
		this.organisasiId = organisasiId;
		this.produsenUnitId = produsenUnitId;
		this.periode = periode;
		this.pembina = pembina;
		this.status = StatusPengajuan.DRAFT;
		this.statusSejak = now;
		this.kunciTerbuka = datasetId + ":" + periode;
		this.dibuatOleh = oleh;
		this.dibuatPada = now;
		this.diubahPada = now;
	}

	/** Guards a change against a stale form: the version the user saw must be the current one. */
	void pastikanVersi(long expected) {
		if (expected != version) {
			throw new UserFacingException(org.springframework.http.HttpStatus.CONFLICT, "pemeriksaan.galat.berubah");
		}
	}

	boolean bisaDiubahProdusen() {
		return status == StatusPengajuan.DRAFT || status == StatusPengajuan.DIKEMBALIKAN;
	}

	/** Takes a step; returns the status it leaves. */
	StatusPengajuan jalankan(AksiPemeriksaan aksi, Set<PeranPemeriksaan> peran, KonteksPengajuan konteks, String catatan,
			Instant now) {
		StatusPengajuan dari = status;
		StatusPengajuan ke = AlurPemeriksaan.jalankan(dari, aksi, peran, konteks, catatan);
		status = ke;
		statusSejak = now;
		diubahPada = now;
		if (aksi == AksiPemeriksaan.AJUKAN) {
			diajukanPada = now;
			catatanAjuan = catatan == null || catatan.isBlank() ? null : catatan.strip();
		}
		if (ke == StatusPengajuan.TERBIT) {
			diterbitkanPada = now;
			kunciTerbuka = null;
			jadwalTerbit = null;
		}
		return dari;
	}

	void catatVersi(int nomor, String rilis, long galat, long peringatan, Integer skor, Instant now) {
		this.versiTerkini = nomor;
		this.rilisUuid = rilis;
		this.jumlahGalat = galat;
		this.jumlahPeringatan = peringatan;
		this.skorKepatuhan = skor;
		this.diubahPada = now;
	}

	void simpanUsulan(String usulan, String justifikasi, Instant now) {
		this.usulanJson = usulan;
		this.justifikasiJson = justifikasi;
		this.diubahPada = now;
	}

	/**
	 * Keeps a submission ready to publish until {@code tanggal}: refused exactly as publishing it now
	 * would be; the status stays, and the scheduled job takes the step {@code TERBITKAN} (through
	 * {@link #jalankan}, which applies what the machine answers) on that date.
	 */
	void jadwalkanTerbit(Set<PeranPemeriksaan> peran, KonteksPengajuan konteks, String catatan, LocalDate tanggal,
			Instant now) {
		AlurPemeriksaan.jalankan(status, AksiPemeriksaan.TERBITKAN, peran, konteks, catatan);
		this.jadwalTerbit = tanggal;
		this.diubahPada = now;
	}

	void ubahPembina(KonteksPengajuan.Pembina baru) {
		this.pembina = baru;
	}

	void tetapkanJatuhTempo(LocalDate tanggal, Long daftarData) {
		this.jatuhTempo = tanggal;
		this.daftarDataId = daftarData;
	}

	Long getId() {
		return id;
	}

	long getDatasetId() {
		return datasetId;
	}

	long getOrganisasiId() {
		return organisasiId;
	}

	long getProdusenUnitId() {
		return produsenUnitId;
	}

	String getPeriode() {
		return periode;
	}

	StatusPengajuan getStatus() {
		return status;
	}

	Instant getStatusSejak() {
		return statusSejak;
	}

	KonteksPengajuan.Pembina getPembina() {
		return pembina;
	}

	String getRilisUuid() {
		return rilisUuid;
	}

	int getVersiTerkini() {
		return versiTerkini;
	}

	long getJumlahGalat() {
		return jumlahGalat;
	}

	long getJumlahPeringatan() {
		return jumlahPeringatan;
	}

	Integer getSkorKepatuhan() {
		return skorKepatuhan;
	}

	LocalDate getJadwalTerbit() {
		return jadwalTerbit;
	}

	LocalDate getJatuhTempo() {
		return jatuhTempo;
	}

	Long getDaftarDataId() {
		return daftarDataId;
	}

	String getCatatanAjuan() {
		return catatanAjuan;
	}

	String getUsulanJson() {
		return usulanJson;
	}

	String getJustifikasiJson() {
		return justifikasiJson;
	}

	String getDibuatOleh() {
		return dibuatOleh;
	}

	Instant getDibuatPada() {
		return dibuatPada;
	}

	Instant getDiubahPada() {
		return diubahPada;
	}

	Instant getDiajukanPada() {
		return diajukanPada;
	}

	Instant getDiterbitkanPada() {
		return diterbitkanPada;
	}

	long getVersion() {
		return version;
	}

}
