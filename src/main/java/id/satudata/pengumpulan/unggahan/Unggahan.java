package id.satudata.pengumpulan.unggahan;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One uploaded file being checked for a submission: kept in the database so whichever node the
 * producer's browser asks next can tell how far the check is.
 */
@Entity
@Table(name = "unggahan")
public class Unggahan {

	/** Where the check stands (public with its methods: the progress page's template asks them). */
	public enum Status {
		DITERIMA, MEMERIKSA, MENYIMPAN, SELESAI, GAGAL;

		public int persen() {
			return switch (this) {
				case DITERIMA -> 5;
				case MEMERIKSA -> 40;
				case MENYIMPAN -> 85;
				case SELESAI, GAGAL -> 100;
			};
		}

		public boolean selesai() {
			return this == SELESAI || this == GAGAL;
		}
	}

	/** A check that has not finished after this long was cut off (its node stopped). */
	static final Duration TERPUTUS = Duration.ofMinutes(30);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 36, unique = true)
	private String uuid;

	@Column(name = "pengajuan_id", nullable = false)
	private long pengajuanId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Status status;

	@Column(length = 30)
	private String fase;

	@Column(name = "nama_berkas", nullable = false, length = 300)
	private String namaBerkas;

	@Column(name = "ukuran_berkas", nullable = false)
	private long ukuranBerkas;

	@Column(name = "berkas_key", nullable = false, length = 100)
	private String berkasKey;

	@Column(name = "opsi_impor", length = 100000)
	private String opsiImpor;

	/** Why it failed: a message key and its arguments, as JSON. */
	@Column(name = "pesan_galat", length = 2000)
	private String pesanGalat;

	@Column(name = "versi_nomor")
	private Integer versiNomor;

	@Column(name = "dibuat_oleh", nullable = false, length = 100)
	private String dibuatOleh;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "selesai_pada")
	private Instant selesaiPada;

	/** The node checking it ({@code satudata.node-id}). */
	@Column(length = 100)
	private String node;

	/** The organization whose upload quota the file counts against. */
	@Column(name = "organisasi_id")
	private Long organisasiId;

	/** The file is deleted (failed, or a refused version replaced); the record and its report stay. */
	@Column(name = "berkas_dihapus", nullable = false)
	private boolean berkasDihapus;

	/** The check is done and the producer is to look at the table found (the preview) before the report. */
	@Column(nullable = false)
	private boolean pratinjau;

	protected Unggahan() {
	}

	Unggahan(long pengajuanId, long organisasiId, String namaBerkas, long ukuran, String berkasKey, String opsiImpor,
			String oleh, Instant now) {
		this.uuid = UUID.randomUUID().toString();
		this.pengajuanId = pengajuanId;
		this.organisasiId = organisasiId;
		this.status = Status.DITERIMA;
		this.namaBerkas = namaBerkas;
		this.ukuranBerkas = ukuran;
		this.berkasKey = berkasKey;
		this.opsiImpor = opsiImpor;
		this.dibuatOleh = oleh;
		this.dibuatPada = now;
	}

	void fase(Status s) {
		this.status = s;
	}

	void diperiksaOleh(String node) {
		this.node = node;
	}

	void perluPratinjau() {
		this.pratinjau = true;
	}

	void selesai(int nomor, Instant now) {
		this.status = Status.SELESAI;
		this.versiNomor = nomor;
		this.selesaiPada = now;
	}

	void gagal(String pesanJson, Instant now) {
		this.status = Status.GAGAL;
		this.pesanGalat = pesanJson;
		this.selesaiPada = now;
	}

	/** The status as the user should see it: a check that never finished counts as failed. */
	Status statusSaatIni(Instant now) {
		if (!status.selesai() && dibuatPada.plus(TERPUTUS).isBefore(now)) {
			return Status.GAGAL;
		}
		return status;
	}

	Long getId() { return id; }
	public String getUuid() { return uuid; }
	long getPengajuanId() { return pengajuanId; }
	Status getStatus() { return status; }
	public String getNamaBerkas() { return namaBerkas; }
	long getUkuranBerkas() { return ukuranBerkas; }
	String getBerkasKey() { return berkasKey; }
	String getOpsiImpor() { return opsiImpor; }
	String getPesanGalat() { return pesanGalat; }
	Integer getVersiNomor() { return versiNomor; }
	String getDibuatOleh() { return dibuatOleh; }
	Instant getDibuatPada() { return dibuatPada; }
	Instant getSelesaiPada() { return selesaiPada; }
	boolean isPratinjau() { return pratinjau; }

}
