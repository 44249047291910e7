package id.satudata.organisasi.pengguna;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import id.satudata.organisasi.internal.OrganisasiProperties;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * Two-factor authentication: TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, as every
 * authenticator app expects) with ten single-use recovery codes. A code is accepted for the step
 * before and after the current one (clock drift) and never twice (the last accepted step is kept).
 */
@Service
@Transactional(readOnly = true)
public class MfaService {

	static final int PERIODE = 30;
	static final int DIGIT = 6;
	static final int JUMLAH_KODE_PEMULIHAN = 10;

	private final PenggunaRepository repository;
	private final KodePemulihanRepository kodePemulihan;
	private final RahasiaMfa rahasia;
	private final SessionTerminator sessions;
	private final OrganisasiProperties properties;
	private final SatuDataProperties satuData;
	private final CurrentUser currentUser;
	private final Audit audit;
	private final Clock clock;
	private final SecretGenerator secrets = new DefaultSecretGenerator(32);
	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGIT);
	private final RecoveryCodeGenerator recoveryCodes = new RecoveryCodeGenerator();

	MfaService(PenggunaRepository repository, KodePemulihanRepository kodePemulihan, RahasiaMfa rahasia,
			SessionTerminator sessions, OrganisasiProperties properties, SatuDataProperties satuData,
			CurrentUser currentUser, Audit audit, Clock clock) {
		this.repository = repository;
		this.kodePemulihan = kodePemulihan;
		this.rahasia = rahasia;
		this.sessions = sessions;
		this.properties = properties;
		this.satuData = satuData;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new secret (160 bits, Base32) for an enrolment; nothing is stored until it is confirmed. */
	public String rahasiaBaru() {
		return secrets.generate();
	}

	/** The {@code otpauth://} URI an authenticator app reads from the QR code. */
	public String uriOtpauth(String username, String secret) {
		String issuer = properties.mfaPenerbit() == null ? satuData.siteTitle() : properties.mfaPenerbit();
		return new QrData.Builder().label(username).secret(secret).issuer(issuer)
			.algorithm(HashingAlgorithm.SHA1).digits(DIGIT).period(PERIODE).build().getUri();
	}

	/**
	 * Confirms the current user's enrolment with a code from the app: the second factor is active
	 * from now on. Returns the recovery codes, shown once (only their hashes are kept).
	 */
	@Transactional
	public List<String> aktifkan(String secret, String kode) {
		Pengguna p = repository.findById(currentUser.require().getId()).orElseThrow();
		if (p.isMfaAktif()) {
			throw new UserFacingException("mfa.galat.sudahAktif");
		}
		if (secret == null || langkahCocok(secret, kode).isEmpty()) {
			throw new InvalidFieldException("kode", "mfa.galat.kode");
		}
		p.aktifkanMfa(rahasia.simpan(secret), clock.instant());
		p.pakaiLangkahMfa(langkahCocok(secret, kode).orElseThrow());
		List<String> baru = kodePemulihanBaru(p.getId());
		audit.record("mfa.diaktifkan", "Pengguna", p.getId(), p.getUsername());
		return baru;
	}

	/** New recovery codes for the current user (the old ones stop working); needs a current code. */
	@Transactional
	public List<String> kodePemulihanBaru(String kode) {
		Pengguna p = repository.findById(currentUser.require().getId()).orElseThrow();
		if (!p.isMfaAktif() || !totpBenar(p, kode)) {
			throw new InvalidFieldException("kode", "mfa.galat.kode");
		}
		List<String> baru = kodePemulihanBaru(p.getId());
		audit.record("mfa.kodePemulihanDibuat", "Pengguna", p.getId(), p.getUsername());
		return baru;
	}

	/** Turns off the current user's second factor (needs a current code; not for roles that require it). */
	@Transactional
	public void nonaktifkanSendiri(String kode) {
		Pengguna p = repository.findById(currentUser.require().getId()).orElseThrow();
		if (!p.isMfaAktif()) {
			return;
		}
		if (!p.isDemo() && p.getPenugasan().stream().anyMatch(r -> properties.mfaPeranWajib().contains(r.getPeran()))) {
			throw new UserFacingException("mfa.galat.wajib");
		}
		if (!totpBenar(p, kode)) {
			throw new InvalidFieldException("kode", "mfa.galat.kode");
		}
		p.hapusMfa(clock.instant());
		kodePemulihan.hapusMilik(p.getId());
		audit.record("mfa.dinonaktifkan", "Pengguna", p.getId(), p.getUsername());
	}

	/** An administrator removes a user's second factor (lost phone): the user enrols again. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void reset(long id) {
		Pengguna p = repository.findById(id).orElseThrow(() -> new NotFoundException("pengguna.galat.tidakAda"));
		if (!p.isMfaAktif()) {
			throw new UserFacingException("mfa.galat.belumAktif");
		}
		p.hapusMfa(clock.instant());
		kodePemulihan.hapusMilik(p.getId());
		audit.record("mfa.direset", "Pengguna", p.getId(), p.getUsername());
		sessions.endSessionsOf(p.getUsername());
	}

	/**
	 * The login's second step: a code from the app or an unused recovery code (which is then spent).
	 * False for a wrong, reused or expired code, or a user without a second factor.
	 */
	@Transactional
	public boolean periksaLogin(long penggunaId, String kode) {
		Pengguna p = repository.findById(penggunaId).orElse(null);
		if (p == null || !p.isMfaAktif() || kode == null) {
			return false;
		}
		String k = kode.strip();
		if (k.matches("\\d{6}")) {
			return totpBenar(p, k);
		}
		Optional<KodePemulihan> pemulihan = kodePemulihan
			.findByPenggunaIdAndKodeHashAndDipakaiPadaIsNull(p.getId(), hashKode(k));
		pemulihan.ifPresent(r -> {
			r.pakai(clock.instant());
			kodePemulihan.saveAndFlush(r);
			audit.recordAs(p.getUsername(), "mfa.kodePemulihanDipakai", "Pengguna", p.getId(),
					kodePemulihan.countByPenggunaIdAndDipakaiPadaIsNull(p.getId()) + " tersisa");
		});
		return pemulihan.isPresent();
	}

	public long sisaKodePemulihan(long penggunaId) {
		return kodePemulihan.countByPenggunaIdAndDipakaiPadaIsNull(penggunaId);
	}

	private boolean totpBenar(Pengguna p, String kode) {
		Optional<Long> langkah = langkahCocok(rahasia.baca(p.getMfaRahasia()), kode);
		return langkah.isPresent() && p.pakaiLangkahMfa(langkah.get());
	}

	/** The time step (now ± 1) whose code is {@code kode}, compared in constant time. */
	Optional<Long> langkahCocok(String secret, String kode) {
		if (kode == null || !kode.strip().matches("\\d{" + DIGIT + "}")) {
			return Optional.empty();
		}
		byte[] given = kode.strip().getBytes(StandardCharsets.US_ASCII);
		long now = clock.instant().getEpochSecond() / PERIODE;
		Long found = null;
		for (long step = now - 1; step <= now + 1; step++) {
			try {
				if (MessageDigest.isEqual(codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII), given)) {
					found = found == null ? step : found;
				}
			}
			catch (CodeGenerationException e) {
				return Optional.empty();
			}
		}
		return Optional.ofNullable(found);
	}

	private List<String> kodePemulihanBaru(long penggunaId) {
		kodePemulihan.hapusMilik(penggunaId);
		List<String> baru = List.of(recoveryCodes.generateCodes(JUMLAH_KODE_PEMULIHAN));
		baru.forEach(k -> kodePemulihan.save(new KodePemulihan(penggunaId, hashKode(k))));
		return baru;
	}

	static String hashKode(String kode) {
		String normal = kode.strip().toLowerCase(Locale.ROOT).replace(" ", "");
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
