package id.satudata.organisasi.pengguna;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.satudata.organisasi.PenggunaRef;
import id.satudata.shared.security.Peran;
import id.satudata.shared.security.SatuDataUser;

/** A person who logs in, with the roles they hold. */
@Entity
@Table(name = "pengguna")
public class Pengguna {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 60, unique = true)
	private String username;

	@Column(name = "nama_lengkap", nullable = false, length = 200)
	private String namaLengkap;

	@Column(length = 200)
	private String email;

	@Column(length = 30)
	private String nip;

	@Column(length = 200)
	private String jabatan;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Column(nullable = false)
	private boolean aktif = true;

	@Column(name = "harus_ganti_password", nullable = false)
	private boolean harusGantiPassword;

	@Column(nullable = false)
	private boolean demo;


	@Column(name = "mfa_rahasia", length = 400)
	private String mfaRahasia;

	@Column(name = "mfa_aktif", nullable = false)
	private boolean mfaAktif;

	@Column(name = "mfa_langkah_terakhir")
	private Long mfaLangkahTerakhir;

	@Column(name = "login_terakhir")
	private Instant loginTerakhir;

	@Column(name = "password_diubah_pada")
	private Instant passwordDiubahPada;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "penugasan_peran", joinColumns = @JoinColumn(name = "pengguna_id"))
	private Set<PenugasanPeran> penugasan = new LinkedHashSet<>();

	@Version
	private long version;

	protected Pengguna() {
	}

	public Pengguna(String username, String namaLengkap, String email, String passwordHash, boolean harusGantiPassword,
			boolean demo, Instant now) {
		this.username = username;
		this.namaLengkap = namaLengkap;
		this.email = email;
		this.passwordHash = passwordHash;
		this.harusGantiPassword = harusGantiPassword;
		this.demo = demo;
		this.dibuatPada = now;
		this.diubahPada = now;
		this.passwordDiubahPada = now;
	}

	void ubahProfil(String namaLengkap, String email, String nip, String jabatan, Instant now) {
		this.namaLengkap = namaLengkap;
		this.email = email;
		this.nip = nip;
		this.jabatan = jabatan;
		this.diubahPada = now;
	}

	void gantiPassword(String newHash, boolean harusGanti, Instant now) {
		this.passwordHash = newHash;
		this.harusGantiPassword = harusGanti;
		this.passwordDiubahPada = now;
		this.diubahPada = now;
	}

	public boolean tambahPeran(PenugasanPeran p, Instant now) {
		boolean added = penugasan.add(p);
		if (added) {
			diubahPada = now;
		}
		return added;
	}

	boolean cabutPeran(PenugasanPeran p, Instant now) {
		boolean removed = penugasan.remove(p);
		if (removed) {
			diubahPada = now;
		}
		return removed;
	}

	void ubahStatus(boolean aktif, Instant now) {
		this.aktif = aktif;
		this.diubahPada = now;
	}

	void aktifkanMfa(String rahasiaTersimpan, Instant now) {
		this.mfaRahasia = rahasiaTersimpan;
		this.mfaAktif = true;
		this.mfaLangkahTerakhir = null;
		this.diubahPada = now;
	}

	void hapusMfa(Instant now) {
		this.mfaRahasia = null;
		this.mfaAktif = false;
		this.mfaLangkahTerakhir = null;
		this.diubahPada = now;
	}

	/** Records the time step of an accepted code; false if it (or a later one) was used already. */
	boolean pakaiLangkahMfa(long langkah) {
		if (mfaLangkahTerakhir != null && langkah <= mfaLangkahTerakhir) {
			return false;
		}
		mfaLangkahTerakhir = langkah;
		return true;
	}

	void verifikasiSurel(Instant now) {
		this.aktif = true;
		this.diubahPada = now;
	}

	void loginBerhasil(Instant now) {
		loginTerakhir = now;
	}

	/**
	 * The principal. Accounts are never locked: failed logins slow down the attempts (see
	 * {@code keamanan.LoginThrottle}), so nobody can lock someone else out, nor block their API tokens.
	 */
	public SatuDataUser toPrincipal(Instant now) {
		return toPrincipal(now, Set.of());
	}

	/**
	 * The principal, knowing which roles require a second factor. Demo accounts (embedded
	 * installations only: the production profile refuses to start while one is active) are exempt,
	 * so the documented demo logins keep working; they may still enrol.
	 */
	public SatuDataUser toPrincipal(Instant now, Set<Peran> mfaPeranWajib) {
		boolean wajib = !mfaAktif && !demo
				&& penugasan.stream().anyMatch(p -> mfaPeranWajib.contains(p.getPeran()));
		return new SatuDataUser(id, username, namaLengkap, passwordHash, aktif, true, harusGantiPassword,
				penugasan.stream().map(PenugasanPeran::toPenugasan).toList(), mfaAktif, wajib);
	}

	PenggunaRef ref() {
		return new PenggunaRef(id, username, namaLengkap, email, aktif);
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getNamaLengkap() {
		return namaLengkap;
	}

	public String getEmail() {
		return email;
	}

	public String getNip() {
		return nip;
	}

	public String getJabatan() {
		return jabatan;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public boolean isAktif() {
		return aktif;
	}

	public boolean isHarusGantiPassword() {
		return harusGantiPassword;
	}

	public boolean isMfaAktif() {
		return mfaAktif;
	}

	String getMfaRahasia() {
		return mfaRahasia;
	}

	public boolean isDemo() {
		return demo;
	}


	public Instant getLoginTerakhir() {
		return loginTerakhir;
	}

	public List<PenugasanPeran> getPenugasan() {
		return List.copyOf(penugasan);
	}

	public long getVersion() {
		return version;
	}

}
