package id.satudata.pemeriksaan.pengajuan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One checked upload of a submission. Never changes once written. */
@Entity
@Table(name = "versi_pengajuan")
class VersiPengajuan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "pengajuan_id", nullable = false)
	private long pengajuanId;

	@Column(nullable = false)
	private int nomor;

	@Column(name = "rilis_uuid", length = 36)
	private String rilisUuid;

	@Column(name = "nama_berkas", nullable = false, length = 300)
	private String namaBerkas;

	@Column(name = "ukuran_berkas", nullable = false)
	private long ukuranBerkas;

	@Column(name = "format_berkas", length = 10)
	private String formatBerkas;

	@Column(name = "berkas_key", length = 100)
	private String berkasKey;

	@Column(name = "temuan_key", length = 100)
	private String temuanKey;

	@Column(name = "temuan_disimpan", nullable = false)
	private long temuanDisimpan;

	@Column(name = "jumlah_baris", nullable = false)
	private long jumlahBaris;

	@Column(name = "jumlah_galat", nullable = false)
	private long jumlahGalat;

	@Column(name = "jumlah_peringatan", nullable = false)
	private long jumlahPeringatan;

	@Column(name = "ringkasan_json", nullable = false, length = 4000)
	private String ringkasanJson;

	@Column(name = "kepatuhan_json", length = 20000)
	private String kepatuhanJson;

	@Column(name = "opsi_impor", length = 100000)
	private String opsiImpor;

	@Column(name = "dibuat_oleh", nullable = false, length = 100)
	private String dibuatOleh;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	protected VersiPengajuan() {
	}

	VersiPengajuan(long pengajuanId, int nomor, String rilisUuid, String namaBerkas, long ukuranBerkas,
			String formatBerkas, String berkasKey, String temuanKey, long temuanDisimpan, long jumlahBaris,
			long jumlahGalat, long jumlahPeringatan, String ringkasanJson, String kepatuhanJson, String opsiImpor,
			String dibuatOleh, Instant dibuatPada) {
		this.pengajuanId = pengajuanId;
		this.nomor = nomor;
		this.rilisUuid = rilisUuid;
		this.namaBerkas = namaBerkas;
		this.ukuranBerkas = ukuranBerkas;
		this.formatBerkas = formatBerkas;
		this.berkasKey = berkasKey;
		this.temuanKey = temuanKey;
		this.temuanDisimpan = temuanDisimpan;
		this.jumlahBaris = jumlahBaris;
		this.jumlahGalat = jumlahGalat;
		this.jumlahPeringatan = jumlahPeringatan;
		this.ringkasanJson = ringkasanJson;
		this.kepatuhanJson = kepatuhanJson;
		this.opsiImpor = opsiImpor;
		this.dibuatOleh = dibuatOleh;
		this.dibuatPada = dibuatPada;
	}

	/** The original file is deleted (a refused version no longer the newest); its report stays. */
	void lepasBerkas() {
		this.berkasKey = null;
	}

	Long getId() { return id; }
	long getPengajuanId() { return pengajuanId; }
	int getNomor() { return nomor; }
	String getRilisUuid() { return rilisUuid; }
	String getNamaBerkas() { return namaBerkas; }
	long getUkuranBerkas() { return ukuranBerkas; }
	String getFormatBerkas() { return formatBerkas; }
	String getBerkasKey() { return berkasKey; }
	String getTemuanKey() { return temuanKey; }
	long getTemuanDisimpan() { return temuanDisimpan; }
	long getJumlahBaris() { return jumlahBaris; }
	long getJumlahGalat() { return jumlahGalat; }
	long getJumlahPeringatan() { return jumlahPeringatan; }
	String getRingkasanJson() { return ringkasanJson; }
	String getKepatuhanJson() { return kepatuhanJson; }
	String getOpsiImpor() { return opsiImpor; }
	String getDibuatOleh() { return dibuatOleh; }
	Instant getDibuatPada() { return dibuatPada; }

}
