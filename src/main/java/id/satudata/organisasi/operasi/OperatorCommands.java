package id.satudata.organisasi.operasi;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.organisasi.TingkatOrganisasi;
import id.satudata.organisasi.WilayahResolver;
import id.satudata.organisasi.pengguna.Pengguna;
import id.satudata.organisasi.pengguna.PenggunaRepository;
import id.satudata.organisasi.pengguna.PenugasanPeran;
import id.satudata.organisasi.struktur.Organisasi;
import id.satudata.organisasi.struktur.OrganisasiRepository;
import id.satudata.organisasi.struktur.OrganisasiService;
import id.satudata.organisasi.token.TokenApiService;
import id.satudata.shared.StartupOrder;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.Peran;

/**
 * Operator commands, run from the command line against the configured database, then exit (like
 * CKAN's {@code ckan sysadmin add}):
 *
 * <pre>
 * java -jar satudata.jar --satudata.perintah=buat-admin --username=admin --kode-wilayah=19
 * </pre>
 *
 * The command runs in a context of its own ({@code id.satudata.OperatorMode}, profile {@code operator}):
 * no web server, jobs, start-up work or search index, so it works beside a running server as well as
 * with none.
 *
 * {@code buat-admin} creates an administrator (and the organization of that region code if it does
 * not exist yet) with a generated temporary password, printed once, to be changed at first login.
 * {@code buat-token --username=walidata --nama="Harvester BPS" [--berlaku-hari=90]} creates an API
 * token for a user (like CKAN's {@code ckan user token add}) and prints it once.
 */
@Component
@Order(StartupOrder.LAINNYA)
class OperatorCommands implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OperatorCommands.class);
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final ConfigurableApplicationContext context;
	private final PenggunaRepository pengguna;
	private final OrganisasiRepository organisasi;
	private final WilayahResolver wilayah;
	private final PasswordEncoder passwordEncoder;
	private final TransactionTemplate transaction;
	private final Audit audit;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();
	private final TokenApiService tokens;

	OperatorCommands(ConfigurableApplicationContext context, PenggunaRepository pengguna,
			OrganisasiRepository organisasi, WilayahResolver wilayah, PasswordEncoder passwordEncoder,
			TransactionTemplate transaction, Audit audit, Clock clock, TokenApiService tokens) {
		this.tokens = tokens;
		this.context = context;
		this.pengguna = pengguna;
		this.organisasi = organisasi;
		this.wilayah = wilayah;
		this.passwordEncoder = passwordEncoder;
		this.transaction = transaction;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		String command = context.getEnvironment().getProperty("satudata.perintah");
		if (command == null || command.isBlank()
				|| !context.getEnvironment().acceptsProfiles(org.springframework.core.env.Profiles.of("operator"))) {
			return;
		}
		int code;
		try {
			code = switch (command) {
				case "buat-admin" -> {
					String password = buatAdmin(single(args, "username"), single(args, "kode-wilayah"));
					System.out.println("Administrator dibuat. Password sementara (ganti saat masuk pertama): " + password);
					yield 0;
				}
				case "buat-token" -> {
					List<String> days = args.getOptionValues("berlaku-hari");
					String token = tokens.buatOlehOperator(single(args, "username"), single(args, "nama"),
							days == null || days.isEmpty() ? null : Integer.valueOf(days.get(0).strip()));
					System.out.println("Token API dibuat (simpan sekarang, tidak ditampilkan lagi): " + token);
					yield 0;
				}
				default -> {
					System.err.println("Perintah tidak dikenal: " + command + " (yang tersedia: buat-admin, buat-token)");
					yield 2;
				}
			};
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			System.err.println("Gagal: " + e.getMessage());
			code = 1;
		}
		catch (id.satudata.shared.web.UserFacingException e) {
			System.err.println("Gagal: " + e.getMessageKey() + " " + java.util.Arrays.toString(e.getArgs()));
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> exit));
	}

	/** Creates an administrator of the organization with that region code; returns the temporary password. */
	String buatAdmin(String username, String kodeWilayah) {
		String name = username.strip().toLowerCase(Locale.ROOT);
		if (!name.matches("[a-z0-9._-]{3,60}")) {
			throw new IllegalArgumentException("username must be 3-60 of a-z 0-9 . _ -");
		}
		String password = generatePassword();
		transaction.executeWithoutResult(status -> {
			if (pengguna.existsByUsernameIgnoreCase(name)) {
				throw new IllegalStateException("username " + name + " already exists");
			}
			Instant now = clock.instant();
			Organisasi org = organisasi.findByKodeWilayah(kodeWilayah).orElseGet(() -> buatOrganisasi(kodeWilayah, now));
			Pengguna p = new Pengguna(name, "Administrator", null, passwordEncoder.encode(password), true, false, now);
			p.tambahPeran(new PenugasanPeran(Peran.ADMIN, org.getId(), null), now);
			p = pengguna.save(p);
			audit.recordAs("sistem", "pengguna.dibuat", "Pengguna", p.getId(), name + " (ADMIN, perintah operator)");
		});
		log.info("Administrator {} created by operator command", name);
		return password;
	}

	private Organisasi buatOrganisasi(String kode, Instant now) {
		TingkatOrganisasi tingkat = OrganisasiService.KODE_NASIONAL.equals(kode) ? TingkatOrganisasi.NASIONAL
				: kode.contains(".") ? TingkatOrganisasi.KABUPATEN_KOTA : TingkatOrganisasi.PROVINSI;
		String nama = tingkat == TingkatOrganisasi.NASIONAL ? "Indonesia"
				: wilayah.wilayah(kode).filter(w -> tingkat.tingkatWilayah().equals(w.tingkat()))
					.orElseThrow(() -> new IllegalArgumentException("unknown province or kab/kota code " + kode)).nama();
		Organisasi org = organisasi.save(new Organisasi(kode, OrganisasiService.defaultName(tingkat, nama), tingkat,
				null, now));
		audit.recordAs("sistem", "organisasi.dibuat", "Organisasi", org.getId(), tingkat + " " + kode);
		return org;
	}

	private String generatePassword() {
		StringBuilder sb = new StringBuilder();
		while (sb.length() < 16) {
			sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return sb.append(random.nextInt(10)).toString();
	}

	private static String single(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		if (values == null || values.size() != 1 || values.get(0).isBlank()) {
			throw new IllegalArgumentException("--" + name + "=... is required");
		}
		return values.get(0).strip();
	}

}
