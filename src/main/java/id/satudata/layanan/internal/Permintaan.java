package id.satudata.layanan.internal;

import java.time.Instant;

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
 * A service request: what is asked, by whom, through which channel, and where it stands in the
 * disposition chain. {@link AlurPermintaan} decides which step may follow; this class only keeps
 * the result and the clocks (when the current holding began, when it is due, when the work began
 * and is due).
 */
@Entity(name = "LayananPermintaan")
@Table(name = "layanan_permintaan")
class Permintaan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 20, unique = true)
	private String nomor;

	@Column(name = "kode_lacak_hash", nullable = false, length = 64)
	private String kodeLacakHash;

	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private JenisLayanan jenis;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private KanalPermintaan kanal;

	@Column(nullable = false, length = 200)
	private String perihal;

	@Column(nullable = false, length = 4000)
	private String uraian;

	@Column(name = "nama_pemohon", nullable = false, length = 150)
	private String namaPemohon;

	@Column(name = "instansi_pemohon", length = 200)
	private String instansiPemohon;

	@Column(length = 200)
	private String surel;

	@Column(length = 30)
	private String telepon;

	@Column(name = "pengguna_id")
	private Long penggunaId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private StatusPermintaan status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private TingkatLayanan tingkat;

	@Column(name = "pemegang_id")
	private Long pemegangId;

	@Column(name = "pemegang_nama", length = 150)
	private String pemegangNama;

	@Column(name = "ditahan_sejak", nullable = false)
	private Instant ditahanSejak;

	@Column(name = "tenggat_langkah")
	private Instant tenggatLangkah;

	@Column(name = "mulai_dikerjakan")
	private Instant mulaiDikerjakan;

	@Column
	private Instant tenggat;

	@Column(name = "diterima_pada", nullable = false)
	private Instant diterimaPada;

	@Column(name = "diselesaikan_pada")
	private Instant diselesaikanPada;

	@Column(length = 4000)
	private String hasil;

	@Column(name = "penyelesai_id")
	private Long penyelesaiId;

	@Column(name = "penyelesai_nama", length = 150)
	private String penyelesaiNama;

	@Column
	private Integer nilai;

	@Column(name = "komentar_nilai", length = 1000)
	private String komentarNilai;

	@Column(name = "dinilai_pada")
	private Instant dinilaiPada;

	/** The hash of the single-use rating link's token sent when it was resolved (cleared once rated). */
	@Column(name = "token_nilai_hash", length = 64)
	private String tokenNilaiHash;

	@Column(name = "dicatat_oleh", length = 100)
	private String dicatatOleh;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@Version
	private long version;

	protected Permintaan() {
	}

	/** A new request, waiting for the Kepala Dinas's disposition from {@code now} until {@code tenggatLangkah}. */
	Permintaan(String nomor, String kodeLacakHash, long organisasiId, JenisLayanan jenis, KanalPermintaan kanal,
			String perihal, String uraian, Pemohon pemohon, Instant diterimaPada, String dicatatOleh, Instant now,
			Instant tenggatLangkah) {
		this.nomor = nomor;
		this.kodeLacakHash = kodeLacakHash;
		this.organisasiId = organisasiId;
		this.jenis = jenis;
		this.kanal = kanal;
		this.perihal = perihal;
		this.uraian = uraian;
		this.namaPemohon = pemohon.nama();
		this.instansiPemohon = pemohon.instansi();
		this.surel = pemohon.surel();
		this.telepon = pemohon.telepon();
		this.penggunaId = pemohon.penggunaId();
		this.status = StatusPermintaan.DI_KEPALA_DINAS;
		this.tingkat = TingkatLayanan.KEPALA_DINAS;
		this.diterimaPada = diterimaPada;
		this.dicatatOleh = dicatatOleh;
		this.ditahanSejak = now;
		this.tenggatLangkah = tenggatLangkah;
		this.dibuatPada = now;
		this.diubahPada = now;
	}

	/** Passes it to the next disposition step (held by a level, optionally by a named person). */
	void keLangkah(StatusPermintaan status, TingkatLayanan tingkat, Long pemegangId, String pemegangNama, Instant now,
			Instant tenggatLangkah) {
		this.status = status;
		this.tingkat = tingkat;
		this.pemegangId = pemegangId;
		this.pemegangNama = pemegangNama;
		this.ditahanSejak = now;
		this.tenggatLangkah = tenggatLangkah;
		this.diubahPada = now;
	}

	/** The work starts at {@code tingkat}, due at {@code tenggat} (the SLA of its type). */
	void mulaiDikerjakan(TingkatLayanan tingkat, Long pemegangId, String pemegangNama, Instant now, Instant tenggat) {
		keLangkah(StatusPermintaan.DIPROSES, tingkat, pemegangId, pemegangNama, now, null);
		this.mulaiDikerjakan = now;
		this.tenggat = tenggat;
	}

	void selesai(String hasil, long penyelesaiId, String penyelesaiNama, Instant now) {
		this.status = StatusPermintaan.SELESAI;
		this.hasil = hasil;
		this.penyelesaiId = penyelesaiId;
		this.penyelesaiNama = penyelesaiNama;
		this.diselesaikanPada = now;
		this.tenggatLangkah = null;
		this.diubahPada = now;
	}

	void tutup(String alasan, long olehId, String olehNama, Instant now) {
		this.status = StatusPermintaan.DITUTUP;
		this.hasil = alasan;
		this.penyelesaiId = olehId;
		this.penyelesaiNama = olehNama;
		this.diselesaikanPada = now;
		this.tenggatLangkah = null;
		this.diubahPada = now;
	}

	void nilai(int nilai, String komentar, Instant now) {
		this.nilai = nilai;
		this.komentarNilai = komentar;
		this.dinilaiPada = now;
		this.tokenNilaiHash = null;
		this.diubahPada = now;
	}

	void mintaNilai(String tokenHash) {
		this.tokenNilaiHash = tokenHash;
	}

	String getTokenNilaiHash() {
		return tokenNilaiHash;
	}

	void gantiKodeLacak(String hash, Instant now) {
		this.kodeLacakHash = hash;
		this.diubahPada = now;
	}

	/** Whether the work was resolved by its due time. */
	boolean tepatWaktu() {
		return status == StatusPermintaan.SELESAI && tenggat != null && !diselesaikanPada.isAfter(tenggat);
	}

	public Long getId() {
		return id;
	}

	public String getNomor() {
		return nomor;
	}

	String getKodeLacakHash() {
		return kodeLacakHash;
	}

	public long getOrganisasiId() {
		return organisasiId;
	}

	public JenisLayanan getJenis() {
		return jenis;
	}

	public KanalPermintaan getKanal() {
		return kanal;
	}

	public String getPerihal() {
		return perihal;
	}

	public String getUraian() {
		return uraian;
	}

	public String getNamaPemohon() {
		return namaPemohon;
	}

	public String getInstansiPemohon() {
		return instansiPemohon;
	}

	public String getSurel() {
		return surel;
	}

	public String getTelepon() {
		return telepon;
	}

	public Long getPenggunaId() {
		return penggunaId;
	}

	public StatusPermintaan getStatus() {
		return status;
	}

	public TingkatLayanan getTingkat() {
		return tingkat;
	}

	public Long getPemegangId() {
		return pemegangId;
	}

	public String getPemegangNama() {
		return pemegangNama;
	}

	public Instant getDitahanSejak() {
		return ditahanSejak;
	}

	public Instant getTenggatLangkah() {
		return tenggatLangkah;
	}

	public Instant getMulaiDikerjakan() {
		return mulaiDikerjakan;
	}

	public Instant getTenggat() {
		return tenggat;
	}

	public Instant getDiterimaPada() {
		return diterimaPada;
	}

	public Instant getDiselesaikanPada() {
		return diselesaikanPada;
	}

	public String getHasil() {
		return hasil;
	}

	public Long getPenyelesaiId() {
		return penyelesaiId;
	}

	public String getPenyelesaiNama() {
		return penyelesaiNama;
	}

	public Integer getNilai() {
		return nilai;
	}

	public String getKomentarNilai() {
		return komentarNilai;
	}

	public Instant getDinilaiPada() {
		return dinilaiPada;
	}

	public String getDicatatOleh() {
		return dicatatOleh;
	}

	public Instant getDibuatPada() {
		return dibuatPada;
	}

	public long getVersion() {
		return version;
	}

}
