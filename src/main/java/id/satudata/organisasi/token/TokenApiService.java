package id.satudata.organisasi.token;

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
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.organisasi.TokenApiDirectory;
import id.satudata.organisasi.pengguna.Pengguna;
import id.satudata.organisasi.pengguna.PenggunaRepository;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;

/**
 * API tokens: created by their user (profile page, {@code api_token_create}) or by an operator
 * command, shown once, stored as a SHA-256 hash (tokens are 256 random bits, so a fast hash is
 * enough), revocable, optionally expiring. Demo tokens have fixed documented values and are
 * refused under the production profile.
 */
@Service
@Transactional(readOnly = true)
public class TokenApiService implements TokenApiDirectory {

	static final String AWALAN = "sd_";
	static final String AWALAN_DEMO = "sd_demo_";
	static final int MAKS_AKTIF = 20;
	static final int MAKS_HARI = 3650;

	private final TokenApiRepository tokens;
	private final PenggunaRepository pengguna;
	private final CurrentUser currentUser;
	private final Audit audit;
	private final Clock clock;
	private final boolean produksi;
	private final SecureRandom random = new SecureRandom();

	TokenApiService(TokenApiRepository tokens, PenggunaRepository pengguna, CurrentUser currentUser, Audit audit,
			Clock clock, Environment environment) {
		this.tokens = tokens;
		this.pengguna = pengguna;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
		this.produksi = environment.acceptsProfiles(Profiles.of("prod"));
	}

	@Override
	@Transactional
	public String buat(String username, String nama, Integer berlakuHari) {
		SatuDataUser me = currentUser.require();
		Pengguna p = pengguna.findByUsernameIgnoreCase(username == null ? "" : username.strip())
			.orElseThrow(() -> new InvalidFieldException("user", "token.galat.penggunaTidakAda", username));
		if (p.getId() != me.getId() && !me.has(Peran.ADMIN)) {
			throw new AccessDeniedException("Tokens of another user");
		}
		return buatToken(p, nama, berlakuHari, me.getUsername());
	}

	/** Creates a token for the signed-in user (profile page). */
	@Transactional
	String buatUntukSaya(String nama, Integer berlakuHari) {
		SatuDataUser me = currentUser.require();
		return buatToken(pengguna.findById(me.getId()).orElseThrow(), nama, berlakuHari, me.getUsername());
	}

	/** Creates a token as the operator (command line), for any user. */
	@Transactional
	public String buatOlehOperator(String username, String nama, Integer berlakuHari) {
		Pengguna p = pengguna.findByUsernameIgnoreCase(username == null ? "" : username.strip())
			.orElseThrow(() -> new IllegalArgumentException("unknown user " + username));
		return buatToken(p, nama, berlakuHari, "sistem");
	}

	/**
	 * Gives a demo account its documented token {@code sd_demo_<username>} unless it has it already;
	 * whether it was created.
	 */
	@Transactional
	public boolean buatDemo(Pengguna p) {
		String token = AWALAN_DEMO + p.getUsername();
		if (tokens.findByHash(hash(token)).isPresent()) {
			return false;
		}
		tokens.save(new TokenApi(p.getId(), "Token demo", hash(token), token.substring(0, Math.min(16, token.length())),
				true, clock.instant(), null));
		return true;
	}

	private String buatToken(Pengguna p, String nama, Integer berlakuHari, String pelaku) {
		String name = nama == null ? "" : nama.strip();
		if (name.isEmpty() || name.length() > 100) {
			throw new InvalidFieldException("nama", name.isEmpty() ? "validasi.wajib" : "token.galat.nama");
		}
		if (berlakuHari != null && (berlakuHari < 1 || berlakuHari > MAKS_HARI)) {
			throw new InvalidFieldException("berlakuHari", "token.galat.berlaku", MAKS_HARI);
		}
		if (!p.isAktif()) {
			throw new InvalidFieldException("user", "token.galat.penggunaNonaktif", p.getUsername());
		}
		if (tokens.countByPenggunaIdAndDicabutPadaIsNull(p.getId()) >= MAKS_AKTIF) {
			throw new InvalidFieldException("nama", "token.galat.terlaluBanyak", MAKS_AKTIF);
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = AWALAN + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		TokenApi t = tokens.save(new TokenApi(p.getId(), name, hash(token), token.substring(0, 10), false, now,
				berlakuHari == null ? null : now.plus(Duration.ofDays(berlakuHari))));
		audit.recordAs(pelaku, "token.dibuat", "Pengguna", p.getId(), p.getUsername() + ": " + name + " ("
				+ t.getAwalan() + "…" + (berlakuHari == null ? ", tanpa kedaluwarsa" : ", " + berlakuHari + " hari") + ")");
		return token;
	}

	@Transactional
	void cabut(String uuid) {
		SatuDataUser me = currentUser.require();
		TokenApi t = tokens.findByUuid(uuid).orElseThrow(NotFoundException::new);
		if (t.getPenggunaId() != me.getId() && !me.has(Peran.ADMIN)) {
			throw new NotFoundException();
		}
		t.cabut(clock.instant());
		audit.record("token.dicabut", "Pengguna", t.getPenggunaId(), t.getNama() + " (" + t.getAwalan() + "…)");
	}

	public List<TokenApi> milikSaya() {
		return tokens.findByPenggunaIdOrderByDibuatPadaDesc(currentUser.require().getId());
	}

	/** The user a token belongs to, if the token is valid, unrevoked, unexpired and its user may sign in. */
	@Transactional
	Optional<SatuDataUser> autentikasi(String token) {
		if (token == null || token.length() < 8 || token.length() > 200) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<TokenApi> found = tokens.findByHash(hash(token)).filter(t -> t.berlaku(now))
			.filter(t -> !(t.isDemo() && produksi));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		TokenApi t = found.get();
		Optional<SatuDataUser> user = pengguna.findById(t.getPenggunaId()).map(p -> p.toPrincipal(now))
			.filter(u -> u.isEnabled() && u.isAccountNonLocked());
		if (user.isPresent()) {
			t.dipakai(now);
		}
		return user;
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
