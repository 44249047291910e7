package id.satudata.sinkron.panen;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One run of a source: its progress while it runs, its counts when it ends (the report's head). */
@Entity
@Table(name = "sinkron_jalan_panen")
public class JalanPanen {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "sumber_id", nullable = false)
	private long sumberId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private StatusJalan status;

	/** MANUAL or JADWAL. */
	@Column(nullable = false, length = 20)
	private String pemicu;

	@Column(length = 100)
	private String oleh;

	@Column(nullable = false)
	private Instant mulai;

	private Instant selesai;

	@Column(nullable = false)
	private int total;

	@Column(nullable = false)
	private int diproses;

	@Column(nullable = false)
	private int dibuat;

	@Column(nullable = false)
	private int diperbarui;

	@Column(nullable = false)
	private int ditarik;

	@Column(nullable = false)
	private int gagal;

	/** Why the run failed as a whole (message key and arguments, see {@link Alasan}). */
	@Column(length = 2000)
	private String pesan;

	protected JalanPanen() {
	}

	JalanPanen(long sumberId, String pemicu, String oleh, Instant mulai) {
		this.sumberId = sumberId;
		this.pemicu = pemicu;
		this.oleh = oleh;
		this.mulai = mulai;
		this.status = StatusJalan.BERJALAN;
	}

	void total(int total) {
		this.total = total;
	}

	void catat(HasilItem hasil) {
		switch (hasil) {
			case DIBUAT -> dibuat++;
			case DIPERBARUI -> diperbarui++;
			case DITARIK -> ditarik++;
			case GAGAL -> gagal++;
		}
	}

	void maju() {
		diproses++;
	}

	void selesai(Instant now) {
		this.status = StatusJalan.SELESAI;
		this.selesai = now;
	}

	void gagal(Instant now, String pesan) {
		this.status = StatusJalan.GAGAL;
		this.selesai = now;
		this.pesan = Alasan.potong(pesan);
	}

	public int persen() {
		return total == 0 ? (status == StatusJalan.BERJALAN ? 0 : 100) : Math.min(100, diproses * 100 / total);
	}

	public Long getId() {
		return id;
	}

	public long getSumberId() {
		return sumberId;
	}

	public StatusJalan getStatus() {
		return status;
	}

	public String getPemicu() {
		return pemicu;
	}

	public String getOleh() {
		return oleh;
	}

	public Instant getMulai() {
		return mulai;
	}

	public Instant getSelesai() {
		return selesai;
	}

	public int getTotal() {
		return total;
	}

	public int getDiproses() {
		return diproses;
	}

	public int getDibuat() {
		return dibuat;
	}

	public int getDiperbarui() {
		return diperbarui;
	}

	public int getDitarik() {
		return ditarik;
	}

	public int getGagal() {
		return gagal;
	}

	public String getPesan() {
		return pesan;
	}

}
