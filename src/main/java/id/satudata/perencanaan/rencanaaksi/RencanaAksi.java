package id.satudata.perencanaan.rencanaaksi;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An item of the Rencana Aksi (action plan) agreed in the Forum: what is to be done, by which unit,
 * by when, how far it is (percent) and the evidence of it. Its status follows {@link AlurRencanaAksi}.
 */
@Entity
@Table(name = "rencana_aksi")
public class RencanaAksi {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	@Column(nullable = false)
	private int tahun;

	@Column(nullable = false, length = 300)
	private String judul;

	@Column(length = 4000)
	private String uraian;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(nullable = false)
	private LocalDate tenggat;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private StatusRencanaAksi status;

	@Column(nullable = false)
	private int progres;

	/** The latest progress note. */
	@Column(length = 2000)
	private String catatan;

	@Column(name = "forum_id")
	private Long forumId;

	@Column(name = "dibuat_oleh", nullable = false, length = 100)
	private String dibuatOleh;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@Column(name = "selesai_pada")
	private Instant selesaiPada;

	@Version
	private long version;

	protected RencanaAksi() {
	}

	RencanaAksi(long organisasiId, Long forumId, String dibuatOleh, Instant now) {
		this.organisasiId = organisasiId;
		this.forumId = forumId;
		this.status = StatusRencanaAksi.BELUM_MULAI;
		this.dibuatOleh = dibuatOleh;
		this.dibuatPada = now;
		this.diubahPada = now;
	}

	void ubah(RencanaAksiForm f, Instant now) {
		this.judul = f.getJudul().strip();
		this.uraian = f.getUraian() == null || f.getUraian().isBlank() ? null : f.getUraian().strip();
		this.unitId = f.getUnitId();
		this.tenggat = f.getTenggat();
		this.tahun = f.getTahun() != null ? f.getTahun() : f.getTenggat().getYear();
		this.diubahPada = now;
	}

	void lapor(int progres, String catatan, Instant now) {
		this.progres = progres;
		this.catatan = catatan == null || catatan.isBlank() ? this.catatan : catatan.strip();
		this.diubahPada = now;
	}

	void ubahStatus(StatusRencanaAksi ke, String catatan, Instant now) {
		this.status = ke;
		if (ke == StatusRencanaAksi.SELESAI) {
			this.progres = 100;
			this.selesaiPada = now;
		}
		else {
			this.selesaiPada = null;
		}
		if (catatan != null && !catatan.isBlank()) {
			this.catatan = catatan.strip();
		}
		this.diubahPada = now;
	}

	/** Open and past its due date. */
	public boolean lewatTenggat(LocalDate hariIni) {
		return status.terbuka() && hariIni.isAfter(tenggat);
	}

	public Long getId() {
		return id;
	}

	public long getOrganisasiId() {
		return organisasiId;
	}

	public int getTahun() {
		return tahun;
	}

	public String getJudul() {
		return judul;
	}

	public String getUraian() {
		return uraian;
	}

	public long getUnitId() {
		return unitId;
	}

	public LocalDate getTenggat() {
		return tenggat;
	}

	public StatusRencanaAksi getStatus() {
		return status;
	}

	public int getProgres() {
		return progres;
	}

	public String getCatatan() {
		return catatan;
	}

	public Long getForumId() {
		return forumId;
	}

	public String getDibuatOleh() {
		return dibuatOleh;
	}

	public Instant getDibuatPada() {
		return dibuatPada;
	}

	public Instant getDiubahPada() {
		return diubahPada;
	}

	public Instant getSelesaiPada() {
		return selesaiPada;
	}

	public long getVersion() {
		return version;
	}

}
