package id.satudata.standar.usulan;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of a proposal's history: who did what at which level, with the note and the checklist,
 * when the proposal had arrived there and how much working time the step took.
 */
@Entity
@Table(name = "usulan_sds_langkah")
class LangkahUsulan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "usulan_id", nullable = false)
	private long usulanId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AksiUsulan aksi;

	/** The part the actor played ({@link PeranUsulan}). */
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private PeranUsulan peran;

	@Enumerated(EnumType.STRING)
	@Column(name = "status_dari", nullable = false, length = 30)
	private StatusUsulan statusDari;

	@Enumerated(EnumType.STRING)
	@Column(name = "status_ke", nullable = false, length = 30)
	private StatusUsulan statusKe;

	@Column(nullable = false, length = 100)
	private String oleh;

	@Column(name = "oleh_nama", nullable = false, length = 200)
	private String olehNama;

	@Column(length = 2000)
	private String catatan;

	@Column(length = 500)
	private String checklist;

	@Column(name = "masuk_pada", nullable = false)
	private Instant masukPada;

	@Column(name = "ditangani_pada", nullable = false)
	private Instant ditanganiPada;

	/** Working minutes between arrival and handling (WorkingCalendar). */
	@Column(name = "menit_kerja", nullable = false)
	private long menitKerja;

	protected LangkahUsulan() {
	}

	LangkahUsulan(long usulanId, AksiUsulan aksi, PeranUsulan peran, StatusUsulan dari, StatusUsulan ke, String oleh,
			String olehNama, String catatan, List<String> checklist, Instant masukPada, Instant ditanganiPada,
			long menitKerja) {
		this.usulanId = usulanId;
		this.aksi = aksi;
		this.peran = peran;
		this.statusDari = dari;
		this.statusKe = ke;
		this.oleh = oleh;
		this.olehNama = olehNama;
		this.catatan = catatan;
		this.checklist = checklist == null || checklist.isEmpty() ? null : String.join(",", checklist);
		this.masukPada = masukPada;
		this.ditanganiPada = ditanganiPada;
		this.menitKerja = menitKerja;
	}

	/** Whether it is a review step (its time counts against the service standard). */
	public boolean tinjauan() {
		return peran != PeranUsulan.PENGUSUL;
	}

	public Long getId() {
		return id;
	}

	public long getUsulanId() {
		return usulanId;
	}

	public AksiUsulan getAksi() {
		return aksi;
	}

	public PeranUsulan getPeran() {
		return peran;
	}

	public StatusUsulan getStatusDari() {
		return statusDari;
	}

	public StatusUsulan getStatusKe() {
		return statusKe;
	}

	public String getOleh() {
		return oleh;
	}

	public String getOlehNama() {
		return olehNama;
	}

	public String getCatatan() {
		return catatan;
	}

	public List<String> getChecklist() {
		return checklist == null ? List.of() : List.of(checklist.split(","));
	}

	public Instant getMasukPada() {
		return masukPada;
	}

	public Instant getDitanganiPada() {
		return ditanganiPada;
	}

	public long getMenitKerja() {
		return menitKerja;
	}

}
