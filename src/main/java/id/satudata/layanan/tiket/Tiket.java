package id.satudata.layanan.tiket;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.springframework.http.HttpStatus;

import id.satudata.layanan.internal.Isian;
import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.UserFacingException;

/**
 * What every ticket of the service desk is, whatever its kind (a service request, a complaint): its
 * identity and number, the hash of its tracking code, the requester and how to reach them, the level
 * of the desk that holds it and since when (the clock of that holding), its due time, its result and
 * who gave it, and the requester's rating by a single-use link. Each kind is an entity of its own
 * table that extends this with its status and channel enums ({@code S}, {@code K}) and adds what
 * else it needs; the columns named here are the same in both tables (the requester's name and the
 * result are overridden where the table names them differently).
 */
@MappedSuperclass
public abstract class Tiket<S extends Enum<S> & StatusTiket, K extends Enum<K> & KanalTiket> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 20, unique = true)
	private String nomor;

	@Column(name = "kode_lacak_hash", nullable = false, length = 64)
	private String kodeLacakHash;

	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	@Column(nullable = false, length = 200)
	private String perihal;

	@Column(nullable = false, length = 4000)
	private String uraian;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private S status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private K kanal;

	/** The requester's name. */
	@Column(nullable = false, length = 150)
	private String nama;

	@Column(length = 200)
	private String surel;

	@Column(length = 30)
	private String telepon;

	/** The requester's account, when a logged-in user filed it. */
	@Column(name = "pengguna_id")
	private Long penggunaId;

	/** The level of the desk that holds it. */
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private TingkatLayanan tingkat;

	@Column(name = "ditahan_sejak", nullable = false)
	private Instant ditahanSejak;

	@Column
	private Instant tenggat;

	@Column(name = "diterima_pada", nullable = false)
	private Instant diterimaPada;

	@Column(name = "diselesaikan_pada")
	private Instant diselesaikanPada;

	/** The result or answer for the requester, or the reason it was closed or refused. */
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

	protected Tiket() {
	}

	/** A new ticket in its first status, held by {@code tingkat} from now on, due at {@code tenggat} (none yet: null). */
	protected Tiket(TiketMasuk masuk, S status, K kanal, TingkatLayanan tingkat, Instant tenggat) {
		this.status = status;
		this.kanal = kanal;
		this.nomor = masuk.nomor();
		this.kodeLacakHash = masuk.kodeLacakHash();
		this.organisasiId = masuk.organisasiId();
		this.perihal = masuk.perihal();
		this.uraian = masuk.uraian();
		this.nama = masuk.pemohon().nama();
		this.surel = masuk.pemohon().surel();
		this.telepon = masuk.pemohon().telepon();
		this.penggunaId = masuk.pemohon().penggunaId();
		this.diterimaPada = masuk.diterimaPada();
		this.dicatatOleh = masuk.dicatatOleh();
		this.tingkat = tingkat;
		this.ditahanSejak = masuk.dibuatPada();
		this.tenggat = tenggat;
		this.dibuatPada = masuk.dibuatPada();
		this.diubahPada = masuk.dibuatPada();
	}

	/** Where it stands. */
	public S getStatus() {
		return status;
	}

	/** The channel it came by. */
	public K getKanal() {
		return kanal;
	}

	public String kanalKey() {
		return kanal.labelKey();
	}

	/** The message key of its type or tier; null while it has none. */
	public abstract String jenisKey();

	/** The requester's agency, for a kind that asks for it. */
	public String getInstansi() {
		return null;
	}

	/** The person of the holding level it was sent to by name; null: any holder of the level's role. */
	public Long getPemegangId() {
		return null;
	}

	/** The name of the person it was sent to, if any. */
	public String getPemegangNama() {
		return null;
	}

	/** When the step the holding level takes is due, for a kind whose steps have targets of their own. */
	public Instant getTenggatLangkah() {
		return null;
	}

	/** The due time the clock runs against now: the current step's target, else the ticket's due time. */
	public Instant tenggatBerjalan() {
		Instant langkah = getTenggatLangkah();
		return langkah != null ? langkah : tenggat;
	}

	// ---- who may act, whose it is ---------------------------------------------------------------

	/**
	 * Whether the user holds it: they hold the role of the level that has it in its organization
	 * ({@code tingkatPengguna}) and, when it was sent to a named person, they are that person.
	 */
	public boolean dipegang(Set<TingkatLayanan> tingkatPengguna, long penggunaId) {
		Long orang = getPemegangId();
		return tingkatPengguna.contains(tingkat) && (orang == null || orang == penggunaId);
	}

	/** Whether the account filed it. */
	boolean milik(long pengguna) {
		return penggunaId != null && penggunaId == pengguna;
	}

	/** Refuses a step on a ticket that changed since the user saw it (null: not checked). */
	void pastikanVersi(Long dilihat) {
		if (dilihat != null && dilihat != version) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
	}

	/** Whether it was resolved within its due time. */
	public boolean tepatWaktu() {
		return getStatus().selesai() && tenggat != null && !diselesaikanPada.isAfter(tenggat);
	}

	// ---- the requester's side: tracking code and rating -------------------------------------------

	boolean kodeCocok(String kode) {
		return KodeLacak.cocok(nomor, kode, kodeLacakHash);
	}

	/** A new tracking code (the old one stops working); returns it, only its hash is kept. */
	String gantiKodeLacak(Instant now) {
		String kode = KodeLacak.baru();
		this.kodeLacakHash = KodeLacak.hash(nomor, kode);
		this.diubahPada = now;
		return kode;
	}

	/** Opens the single-use rating link sent when it is resolved; returns its token, only its hash is kept. */
	String bukaPenilaian() {
		String token = KodeLacak.token();
		this.tokenNilaiHash = KodeLacak.hash("nilai:" + nomor, token);
		return token;
	}

	boolean tautanNilaiCocok(String token) {
		return tokenNilaiHash != null && KodeLacak.cocok("nilai:" + nomor, token, tokenNilaiHash);
	}

	/** The requester's rating: 1–5, given once, for a resolved ticket; the rating link stops working. */
	void beriNilai(Integer nilai, String komentar, Instant now) {
		if (!getStatus().selesai()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "layanan.galat.belumSelesai");
		}
		if (this.nilai != null) {
			throw new UserFacingException(HttpStatus.CONFLICT, "layanan.galat.sudahDinilai");
		}
		if (nilai == null || nilai < 1 || nilai > 5) {
			throw new InvalidFieldException("nilai", "layanan.galat.nilai");
		}
		this.komentarNilai = Isian.opsional("komentar", komentar, 1000);
		this.nilai = nilai;
		this.dinilaiPada = now;
		this.tokenNilaiHash = null;
		this.diubahPada = now;
	}

	// ---- the desk's side, for the kinds' own steps ------------------------------------------------

	/** Takes the status the kind's state machine answered for a step. */
	protected void ubahStatus(S ke) {
		this.status = ke;
	}

	/** The level holds it from {@code sejak} (its clock starts again). */
	protected void pegang(TingkatLayanan tingkat, Instant sejak) {
		this.tingkat = tingkat;
		this.ditahanSejak = sejak;
	}

	protected void tetapkanTenggat(Instant tenggat) {
		this.tenggat = tenggat;
	}

	/** Ends the handling with the result for the requester (or the reason it was closed or refused), by whom. */
	protected void akhiri(String hasil, long olehId, String olehNama, Instant now) {
		this.hasil = hasil;
		this.penyelesaiId = olehId;
		this.penyelesaiNama = olehNama;
		this.diselesaikanPada = now;
	}

	protected void diubah(Instant now) {
		this.diubahPada = now;
	}

	// ---- reading ---------------------------------------------------------------------------------

	public Long getId() {
		return id;
	}

	public String getNomor() {
		return nomor;
	}

	public long getOrganisasiId() {
		return organisasiId;
	}

	public String getPerihal() {
		return perihal;
	}

	public String getUraian() {
		return uraian;
	}

	public String getNama() {
		return nama;
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

	public TingkatLayanan getTingkat() {
		return tingkat;
	}

	public Instant getDitahanSejak() {
		return ditahanSejak;
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
