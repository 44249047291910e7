package id.satudata.organisasi.pengguna;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.TingkatOrganisasi;
import id.satudata.organisasi.internal.BatasPermintaan;
import id.satudata.organisasi.internal.OrganisasiProperties;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * What the public does with accounts without logging in: ask for a password-reset link, set a new
 * password with it, register as Pengguna terdaftar and verify the e-mail address. Links are
 * single-use, expire, and only their SHA-256 hash is stored. The answers never tell whether an
 * e-mail address has an account; requests are limited per client address and e-mails per address.
 */
@Service
@Transactional
public class AkunPublikService {

	private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3,60}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private final PenggunaRepository repository;
	private final TokenSurelRepository tokens;
	private final PasswordEncoder passwordEncoder;
	private final PasswordPolicy passwordPolicy;
	private final SessionTerminator sessions;
	private final OrganisasiDirectory organisasi;
	private final OrganisasiProperties properties;
	private final BatasPermintaan batas;
	private final SurelAkun surel;
	private final Audit audit;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	AkunPublikService(PenggunaRepository repository, TokenSurelRepository tokens, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, SessionTerminator sessions, OrganisasiDirectory organisasi,
			OrganisasiProperties properties, BatasPermintaan batas, SurelAkun surel, Audit audit, Clock clock) {
		this.repository = repository;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.sessions = sessions;
		this.organisasi = organisasi;
		this.properties = properties;
		this.batas = batas;
		this.surel = surel;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- password reset ------------------------------------------------------------------------

	/**
	 * Sends a reset link to every active account with this e-mail address. The caller answers the
	 * same whether or not one exists (and when the address's e-mail limit is reached).
	 */
	public void mintaReset(String email, String alamatKlien) {
		String surelNormal = surel(email);
		batasKlien(alamatKlien);
		if (!batas.boleh("surel:" + surelNormal, properties.surelPerJam())) {
			return;
		}
		Instant now = clock.instant();
		for (Pengguna p : repository.findByEmailIgnoreCase(surelNormal)) {
			if (!p.isAktif()) {
				continue;
			}
			String token = tokenBaru(p.getId(), TokenSurel.Jenis.RESET_PASSWORD, now, properties.resetBerlaku());
			audit.recordAs(p.getUsername(), "pengguna.resetDiminta", "Pengguna", p.getId(), "");
			surel.kirim(p.getEmail(), p.getNamaLengkap(), "reset", "/masuk/atur-ulang?token=" + token, p.getUsername(),
					properties.resetBerlaku().toMinutes());
		}
	}

	/** Whether the reset link still works (the page shows the form or says it does not). */
	@Transactional(readOnly = true)
	public boolean resetBerlaku(String token) {
		return berlaku(token, TokenSurel.Jenis.RESET_PASSWORD).isPresent();
	}

	/** Sets the new password with the link (spent), ends the user's sessions. */
	public void aturUlang(String token, String baru, String konfirmasi) {
		TokenSurel t = berlaku(token, TokenSurel.Jenis.RESET_PASSWORD)
			.orElseThrow(() -> new UserFacingException("reset.galat.tautan"));
		Pengguna p = repository.findById(t.getPenggunaId()).filter(Pengguna::isAktif)
			.orElseThrow(() -> new UserFacingException("reset.galat.tautan"));
		if (baru == null || !baru.equals(konfirmasi)) {
			throw new InvalidFieldException("konfirmasi", "password.galat.konfirmasi");
		}
		passwordPolicy.check("passwordBaru", baru, p.getUsername());
		Instant now = clock.instant();
		p.gantiPassword(passwordEncoder.encode(baru), false, now);
		tokens.tutupSemua(p.getId(), TokenSurel.Jenis.RESET_PASSWORD, now);
		audit.recordAs(p.getUsername(), "pengguna.passwordDiresetSurel", "Pengguna", p.getId(), "");
		sessions.endSessionsOf(p.getUsername());
	}

	// ---- registration --------------------------------------------------------------------------

	/** Whether the public may register here. */
	@Transactional(readOnly = true)
	public boolean pendaftaranDibuka() {
		return properties.pendaftaran();
	}

	/**
	 * Registers an inactive Pengguna terdaftar and sends the verification link. A filled honeypot,
	 * an e-mail address that has an account already (its owner gets a note instead) and an address
	 * over its e-mail limit get the same answer as a registration, and create nothing.
	 */
	public void daftar(Pendaftaran form, String alamatKlien) {
		if (!properties.pendaftaran()) {
			throw new NotFoundException("daftar.galat.ditutup");
		}
		batasKlien(alamatKlien);
		if (form.situs() != null && !form.situs().isBlank()) {
			return;
		}
		String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(username).matches()) {
			throw new InvalidFieldException("username", "pengguna.validasi.username");
		}
		String nama = form.namaLengkap() == null ? "" : form.namaLengkap().strip();
		if (nama.isEmpty()) {
			throw new InvalidFieldException("namaLengkap", "validasi.wajib");
		}
		if (nama.length() > 200) {
			throw new InvalidFieldException("namaLengkap", "daftar.galat.namaPanjang", 200);
		}
		String email = surel(form.email());
		if (form.password() == null || !form.password().equals(form.konfirmasi())) {
			throw new InvalidFieldException("konfirmasi", "password.galat.konfirmasi");
		}
		passwordPolicy.check("password", form.password(), username);
		if (repository.existsByUsernameIgnoreCase(username)) {
			throw new InvalidFieldException("username", "pengguna.galat.usernameSudahAda", username);
		}
		if (!batas.boleh("surel:" + email, properties.surelPerJam())) {
			return;
		}
		List<Pengguna> existing = repository.findByEmailIgnoreCase(email);
		if (!existing.isEmpty()) {
			surel.kirim(email, existing.get(0).getNamaLengkap(), "sudahAda", "/masuk/lupa");
			return;
		}
		OrganisasiRef org = organisasiPendaftaran();
		Instant now = clock.instant();
		Pengguna p = new Pengguna(username, nama, email, passwordEncoder.encode(form.password()), false, false, now);
		p.ubahStatus(false, now);
		p.tambahPeran(new PenugasanPeran(Peran.PENGGUNA, org.id(), null), now);
		p = repository.save(p);
		String token = tokenBaru(p.getId(), TokenSurel.Jenis.VERIFIKASI, now, properties.verifikasiBerlaku());
		audit.recordAs(username, "pengguna.mendaftar", "Pengguna", p.getId(), org.nama());
		surel.kirim(email, nama, "verifikasi", "/daftar/verifikasi?token=" + token, username,
				properties.verifikasiBerlaku().toHours());
	}

	/** Whether the verification link still works. */
	@Transactional(readOnly = true)
	public boolean verifikasiBerlaku(String token) {
		return berlaku(token, TokenSurel.Jenis.VERIFIKASI).isPresent();
	}

	/** Activates the account of the link (spent); returns its username. */
	public String verifikasi(String token) {
		TokenSurel t = berlaku(token, TokenSurel.Jenis.VERIFIKASI)
			.orElseThrow(() -> new UserFacingException("daftar.galat.tautan"));
		Pengguna p = repository.findById(t.getPenggunaId()).orElseThrow(() -> new UserFacingException("daftar.galat.tautan"));
		Instant now = clock.instant();
		t.pakai(now);
		p.verifikasiSurel(now);
		audit.recordAs(p.getUsername(), "pengguna.surelDiverifikasi", "Pengguna", p.getId(), "");
		return p.getUsername();
	}

	/** The registration form's fields ({@code situs} is the honeypot people never see). */
	public record Pendaftaran(String username, String namaLengkap, String email, String password, String konfirmasi,
			String situs) {
	}

	// ---- helpers -------------------------------------------------------------------------------

	private void batasKlien(String alamatKlien) {
		if (!batas.boleh("klien:" + alamatKlien, properties.permintaanPerJam())) {
			throw new UserFacingException(HttpStatus.TOO_MANY_REQUESTS, "akunPublik.galat.terlaluSering");
		}
	}

	private static String surel(String email) {
		String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		if (e.length() > 200 || !EMAIL.matcher(e).matches()) {
			throw new InvalidFieldException("email", "validasi.email");
		}
		return e;
	}

	private OrganisasiRef organisasiPendaftaran() {
		if (properties.pendaftaranOrganisasi() != null) {
			return organisasi.organisasiDenganKodeWilayah(properties.pendaftaranOrganisasi()).filter(OrganisasiRef::aktif)
				.orElseThrow(() -> new IllegalStateException("satudata.keamanan.pendaftaran-organisasi: no active "
						+ "organization with region code " + properties.pendaftaranOrganisasi()));
		}
		List<OrganisasiRef> aktif = organisasi.semuaOrganisasi().stream().filter(OrganisasiRef::aktif).toList();
		return aktif.stream().filter(o -> o.tingkat() == TingkatOrganisasi.PROVINSI).findFirst()
			.or(() -> aktif.stream().findFirst())
			.orElseThrow(() -> new UserFacingException("daftar.galat.ditutup"));
	}

	private String tokenBaru(long penggunaId, TokenSurel.Jenis jenis, Instant now, Duration berlaku) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		tokens.save(new TokenSurel(penggunaId, jenis, hash(token), now, now.plus(berlaku)));
		return token;
	}

	private Optional<TokenSurel> berlaku(String token, TokenSurel.Jenis jenis) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return tokens.findByTokenHash(hash(token)).filter(t -> t.getJenis() == jenis && t.berlaku(now));
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
