package id.satudata.perencanaan.daftardata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import id.satudata.katalog.Akses;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.JenisData;
import id.satudata.perencanaan.jadwal.JadwalRilis;

/**
 * One entry of a Daftar Data: a datum a producer (OPD) will produce in the year, who checks it
 * (Pembina Data), how often and when it is released, who may see it, whether it is priority, what
 * standard it follows and why it is needed. Its status follows {@link AlurEntri}.
 */
@Entity
@Table(name = "daftar_data_entri")
public class Entri {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "daftar_data_id", nullable = false)
	private long daftarDataId;

	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	@Column(nullable = false)
	private int tahun;

	@Column(name = "produsen_unit_id", nullable = false)
	private long produsenUnitId;

	@Column(nullable = false, length = 300)
	private String judul;

	@Column(length = 4000)
	private String deskripsi;

	@Enumerated(EnumType.STRING)
	@Column(name = "jenis_data", nullable = false, length = 20)
	private JenisData jenisData;

	@Column(name = "pembina_unit_id")
	private Long pembinaUnitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Frekuensi frekuensi;

	@Column(length = 60)
	private String topik;

	/** The proposed access level (decided with the PPID; the Forum may restrict it). */
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Akses akses;

	@Column(name = "usulan_prioritas", nullable = false)
	private boolean usulanPrioritas;

	/** Decided by the Forum. */
	@Column(nullable = false)
	private boolean prioritas;

	/** The Standar Data / indicators it follows, as codes or names (linked to the standards catalogue later). */
	@Column(name = "standar_data", length = 1000)
	private String standarData;

	/** Its legal or planning basis, e.g. an RPJMD indicator. */
	@Column(name = "dasar_hukum", length = 1000)
	private String dasarHukum;

	@Column(length = 2000)
	private String catatan;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private StatusEntri status;

	@Column(name = "dataset_id")
	private Long datasetId;

	@Column(name = "disalin_dari_id")
	private Long disalinDariId;

	/** The Forum session that decided it. */
	@Column(name = "forum_id")
	private Long forumId;

	@Column(name = "diusulkan_oleh", nullable = false, length = 100)
	private String diusulkanOleh;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@Column(name = "diputuskan_pada")
	private Instant diputuskanPada;

	/** Where the proposal came from when another module made it (a data request's number), and its page. */
	@Column(name = "asal_label", length = 100)
	private String asalLabel;

	@Column(name = "asal_tautan", length = 300)
	private String asalTautan;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "jadwal_rilis", joinColumns = @JoinColumn(name = "entri_id"))
	@OrderColumn(name = "urutan")
	@BatchSize(size = 100)
	private List<JadwalRilis> jadwal = new ArrayList<>();

	@Version
	private long version;

	protected Entri() {
	}

	Entri(DaftarData daftar, long produsenUnitId, String diusulkanOleh, Instant now) {
		this.daftarDataId = daftar.getId();
		this.organisasiId = daftar.getOrganisasiId();
		this.tahun = daftar.getTahun();
		this.produsenUnitId = produsenUnitId;
		this.diusulkanOleh = diusulkanOleh;
		this.status = StatusEntri.DRAFT;
		this.akses = Akses.TERBUKA;
		this.dibuatPada = now;
		this.diubahPada = now;
	}

	void ubah(EntriForm f, Instant now) {
		this.produsenUnitId = f.getProdusenUnitId();
		this.judul = f.getJudul().strip();
		this.deskripsi = blank(f.getDeskripsi());
		this.jenisData = f.getJenisData();
		this.pembinaUnitId = f.getPembinaUnitId();
		this.frekuensi = f.getFrekuensi();
		this.topik = blank(f.getTopik());
		this.akses = f.getAkses();
		this.usulanPrioritas = f.isUsulanPrioritas();
		this.standarData = blank(f.getStandarData());
		this.dasarHukum = blank(f.getDasarHukum());
		this.catatan = blank(f.getCatatan());
		this.datasetId = f.getDatasetId();
		this.diubahPada = now;
	}

	void gantiJadwal(List<JadwalRilis> baru, Instant now) {
		jadwal.clear();
		baru.stream().sorted(Comparator.comparing(JadwalRilis::getTanggalRencana).thenComparing(JadwalRilis::getPeriode))
			.forEach(jadwal::add);
		this.diubahPada = now;
	}

	void ubahStatus(StatusEntri ke, Long forum, Instant now) {
		this.status = ke;
		if (ke == StatusEntri.DISETUJUI || ke == StatusEntri.DITOLAK) {
			this.forumId = forum;
			this.diputuskanPada = now;
		}
		this.diubahPada = now;
	}

	public void tetapkanPrioritas(boolean prioritas, Instant now) {
		this.prioritas = prioritas;
		this.diubahPada = now;
	}

	public void batasiAkses(Akses akses, Instant now) {
		this.akses = akses;
		this.diubahPada = now;
	}

	public void tautkanDataset(long datasetId, Instant now) {
		this.datasetId = datasetId;
		this.diubahPada = now;
	}

	void berasalDari(String label, String tautan) {
		this.asalLabel = label;
		this.asalTautan = tautan;
	}

	public String getAsalLabel() {
		return asalLabel;
	}

	public String getAsalTautan() {
		return asalTautan;
	}

	void disalinDari(long entriId) {
		this.disalinDariId = entriId;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public Long getId() {
		return id;
	}

	public long getDaftarDataId() {
		return daftarDataId;
	}

	public long getOrganisasiId() {
		return organisasiId;
	}

	public int getTahun() {
		return tahun;
	}

	public long getProdusenUnitId() {
		return produsenUnitId;
	}

	public String getJudul() {
		return judul;
	}

	public String getDeskripsi() {
		return deskripsi;
	}

	public JenisData getJenisData() {
		return jenisData;
	}

	public Long getPembinaUnitId() {
		return pembinaUnitId;
	}

	public Frekuensi getFrekuensi() {
		return frekuensi;
	}

	public String getTopik() {
		return topik;
	}

	public Akses getAkses() {
		return akses;
	}

	public boolean isUsulanPrioritas() {
		return usulanPrioritas;
	}

	public boolean isPrioritas() {
		return prioritas;
	}

	public String getStandarData() {
		return standarData;
	}

	public String getDasarHukum() {
		return dasarHukum;
	}

	public String getCatatan() {
		return catatan;
	}

	public StatusEntri getStatus() {
		return status;
	}

	public Long getDatasetId() {
		return datasetId;
	}

	public Long getDisalinDariId() {
		return disalinDariId;
	}

	public Long getForumId() {
		return forumId;
	}

	public String getDiusulkanOleh() {
		return diusulkanOleh;
	}

	public Instant getDibuatPada() {
		return dibuatPada;
	}

	public Instant getDiubahPada() {
		return diubahPada;
	}

	public Instant getDiputuskanPada() {
		return diputuskanPada;
	}

	public List<JadwalRilis> getJadwal() {
		return List.copyOf(jadwal);
	}

	public long getVersion() {
		return version;
	}

}
