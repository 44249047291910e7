package id.satudata.layanan.tiket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step in the history of a request, complaint or recommendation (the disposition sheet): the
 * action, who took it and when, the note, and for a step that ends a holding at one level its
 * start, its target and the working time it was held. {@code publik} steps are shown to the
 * requester on the tracking page (notes of internal dispositions are not).
 */
@Entity
@Table(name = "layanan_riwayat")
public class RiwayatLayanan {

	public static final String PERMINTAAN = "PERMINTAAN";
	public static final String PENGADUAN = "PENGADUAN";
	public static final String REKOMENDASI = "REKOMENDASI";
	public static final String LAPORAN_DATA = "LAPORAN_DATA";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "objek_tipe", nullable = false, length = 20)
	private String objekTipe;

	@Column(name = "objek_id", nullable = false)
	private long objekId;

	@Column(nullable = false, length = 40)
	private String aksi;

	@Column(name = "dari_status", length = 30)
	private String dariStatus;

	@Column(name = "ke_status", nullable = false, length = 30)
	private String keStatus;

	@Column(length = 30)
	private String tingkat;

	@Column(name = "ke_tingkat", length = 30)
	private String keTingkat;

	@Column(name = "pelaku_id")
	private Long pelakuId;

	@Column(nullable = false, length = 100)
	private String pelaku;

	@Column(name = "pelaku_nama", length = 150)
	private String pelakuNama;

	@Column(length = 4000)
	private String catatan;

	@Column(nullable = false)
	private boolean publik;

	@Column
	private Instant mulai;

	@Column(nullable = false)
	private Instant waktu;

	@Column(name = "sasaran_menit")
	private Integer sasaranMenit;

	@Column(name = "waktu_kerja_detik")
	private Long waktuKerjaDetik;

	protected RiwayatLayanan() {
	}

	RiwayatLayanan(String objekTipe, long objekId, String aksi, String dariStatus, String keStatus, String tingkat,
			String keTingkat, Long pelakuId, String pelaku, String pelakuNama, String catatan, boolean publik,
			Instant mulai, Instant waktu, Integer sasaranMenit, Long waktuKerjaDetik) {
		this.objekTipe = objekTipe;
		this.objekId = objekId;
		this.aksi = aksi;
		this.dariStatus = dariStatus;
		this.keStatus = keStatus;
		this.tingkat = tingkat;
		this.keTingkat = keTingkat;
		this.pelakuId = pelakuId;
		this.pelaku = pelaku;
		this.pelakuNama = pelakuNama;
		this.catatan = catatan;
		this.publik = publik;
		this.mulai = mulai;
		this.waktu = waktu;
		this.sasaranMenit = sasaranMenit;
		this.waktuKerjaDetik = waktuKerjaDetik;
	}

	/** Whether a step held against a target was taken within it. */
	public Boolean tepatWaktu() {
		return sasaranMenit == null || waktuKerjaDetik == null ? null : waktuKerjaDetik <= sasaranMenit * 60L;
	}

	public Long getId() {
		return id;
	}

	public String getObjekTipe() {
		return objekTipe;
	}

	public long getObjekId() {
		return objekId;
	}

	public String getAksi() {
		return aksi;
	}

	public String getDariStatus() {
		return dariStatus;
	}

	public String getKeStatus() {
		return keStatus;
	}

	public String getTingkat() {
		return tingkat;
	}

	public String getKeTingkat() {
		return keTingkat;
	}

	public Long getPelakuId() {
		return pelakuId;
	}

	public String getPelaku() {
		return pelaku;
	}

	public String getPelakuNama() {
		return pelakuNama;
	}

	public String getCatatan() {
		return catatan;
	}

	public boolean isPublik() {
		return publik;
	}

	public Instant getMulai() {
		return mulai;
	}

	public Instant getWaktu() {
		return waktu;
	}

	public Integer getSasaranMenit() {
		return sasaranMenit;
	}

	public Long getWaktuKerjaDetik() {
		return waktuKerjaDetik;
	}

}
