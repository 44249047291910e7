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
 * A complaint: what, by whom, through which channel, its tier and due time (counted from filing),
 * which level of the service desk holds it. {@link AlurPengaduan} decides which step may follow.
 */
@Entity(name = "LayananPengaduan")
@Table(name = "layanan_pengaduan")
class Pengaduan {

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
	private KanalPengaduan kanal;

	@Column(name = "referensi_kanal", length = 100)
	private String referensiKanal;

	@Column(nullable = false, length = 200)
	private String perihal;

	@Column(nullable = false, length = 4000)
	private String uraian;

	@Column(name = "nama_pelapor", nullable = false, length = 150)
	private String namaPelapor;

	@Column(length = 200)
	private String surel;

	@Column(length = 30)
	private String telepon;

	@Column(name = "pengguna_id")
	private Long penggunaId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private StatusPengaduan status;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private KategoriPengaduan kategori;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private TingkatLayanan tingkat;

	@Column(name = "diterima_pada", nullable = false)
	private Instant diterimaPada;

	@Column(name = "ditahan_sejak", nullable = false)
	private Instant ditahanSejak;

	@Column(name = "diklasifikasi_pada")
	private Instant diklasifikasiPada;

	@Column(nullable = false)
	private Instant tenggat;

	@Column(name = "diselesaikan_pada")
	private Instant diselesaikanPada;

	@Column(length = 4000)
	private String jawaban;

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

	protected Pengaduan() {
	}

	/**
	 * A new complaint at the Petugas Layanan; until it is classified its clock runs at the strictest
	 * tier ({@code tenggatSementara}).
	 */
	Pengaduan(String nomor, String kodeLacakHash, long organisasiId, KanalPengaduan kanal, String referensiKanal,
			String perihal, String uraian, Pemohon pelapor, Instant diterimaPada, String dicatatOleh, Instant now,
			Instant tenggatSementara) {
		this.nomor = nomor;
		this.kodeLacakHash = kodeLacakHash;
		this.organisasiId = organisasiId;
		this.kanal = kanal;
		this.referensiKanal = referensiKanal;
		this.perihal = perihal;
		this.uraian = uraian;
		this.namaPelapor = pelapor.nama();
		this.surel = pelapor.surel();
		this.telepon = pelapor.telepon();
		this.penggunaId = pelapor.penggunaId();
		this.status = StatusPengaduan.DITERIMA;
		this.tingkat = TingkatLayanan.PETUGAS_LAYANAN;
		this.diterimaPada = diterimaPada;
		this.ditahanSejak = now;
		this.tenggat = tenggatSementara;
		this.dicatatOleh = dicatatOleh;
		this.dibuatPada = now;
		this.diubahPada = now;
	}

	void klasifikasi(KategoriPengaduan kategori, Instant tenggat, Instant now) {
		this.kategori = kategori;
		this.tenggat = tenggat;
		this.status = StatusPengaduan.DIPROSES;
		if (diklasifikasiPada == null) {
			diklasifikasiPada = now;
		}
		this.diubahPada = now;
	}

	void pindah(StatusPengaduan status, TingkatLayanan tingkat, Instant now) {
		if (tingkat != this.tingkat) {
			this.ditahanSejak = now;
		}
		this.status = status;
		this.tingkat = tingkat;
		this.diubahPada = now;
	}

	void selesai(StatusPengaduan akhir, String jawaban, long olehId, String olehNama, Instant now) {
		this.status = akhir;
		this.jawaban = jawaban;
		this.penyelesaiId = olehId;
		this.penyelesaiNama = olehNama;
		this.diselesaikanPada = now;
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

	boolean tepatWaktu() {
		return status == StatusPengaduan.SELESAI && !diselesaikanPada.isAfter(tenggat);
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

	public KanalPengaduan getKanal() {
		return kanal;
	}

	public String getReferensiKanal() {
		return referensiKanal;
	}

	public String getPerihal() {
		return perihal;
	}

	public String getUraian() {
		return uraian;
	}

	public String getNamaPelapor() {
		return namaPelapor;
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

	public StatusPengaduan getStatus() {
		return status;
	}

	public KategoriPengaduan getKategori() {
		return kategori;
	}

	public TingkatLayanan getTingkat() {
		return tingkat;
	}

	public Instant getDiterimaPada() {
		return diterimaPada;
	}

	public Instant getDitahanSejak() {
		return ditahanSejak;
	}

	public Instant getDiklasifikasiPada() {
		return diklasifikasiPada;
	}

	public Instant getTenggat() {
		return tenggat;
	}

	public Instant getDiselesaikanPada() {
		return diselesaikanPada;
	}

	public String getJawaban() {
		return jawaban;
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
