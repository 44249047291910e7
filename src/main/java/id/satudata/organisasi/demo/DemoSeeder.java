package id.satudata.organisasi.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.TingkatOrganisasi;
import id.satudata.organisasi.WilayahResolver;
import id.satudata.organisasi.pengguna.Pengguna;
import id.satudata.organisasi.pengguna.PenggunaRepository;
import id.satudata.organisasi.pengguna.PenugasanPeran;
import id.satudata.organisasi.struktur.Organisasi;
import id.satudata.organisasi.struktur.OrganisasiRepository;
import id.satudata.organisasi.struktur.OrganisasiService;
import id.satudata.organisasi.struktur.Unit;
import id.satudata.organisasi.struktur.UnitRepository;
import id.satudata.organisasi.token.TokenApiService;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.StartupOrder;
import id.satudata.shared.audit.Audit;

/** Seeds the demo organization tree and accounts on an empty embedded installation. */
@Component
@Order(StartupOrder.ORGANISASI)
class DemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

	private final SatuDataProperties properties;
	private final OrganisasiRepository organisasiRepository;
	private final UnitRepository unitRepository;
	private final PenggunaRepository penggunaRepository;
	private final WilayahResolver wilayahResolver;
	private final PasswordEncoder passwordEncoder;
	private final TransactionTemplate transaction;
	private final Audit audit;
	private final Clock clock;
	private final TokenApiService tokens;

	DemoSeeder(SatuDataProperties properties, OrganisasiRepository organisasiRepository, UnitRepository unitRepository,
			PenggunaRepository penggunaRepository, WilayahResolver wilayahResolver, PasswordEncoder passwordEncoder,
			TransactionTemplate transaction, Audit audit, Clock clock, TokenApiService tokens) {
		this.tokens = tokens;
		this.properties = properties;
		this.organisasiRepository = organisasiRepository;
		this.unitRepository = unitRepository;
		this.penggunaRepository = penggunaRepository;
		this.wilayahResolver = wilayahResolver;
		this.passwordEncoder = passwordEncoder;
		this.transaction = transaction;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo().enabled()) {
			return;
		}
		if (organisasiRepository.count() == 0) {
			transaction.executeWithoutResult(status -> seed());
			log.info("Demo organization tree and {} demo accounts seeded (password in README)", DemoAccounts.AKUN.size());
		}
		transaction.executeWithoutResult(status -> seedTokens());
	}

	/** Each active demo account has its documented API token {@code sd_demo_<username>} (README). */
	private void seedTokens() {
		int created = 0;
		for (DemoAccounts.AccountSeed a : DemoAccounts.AKUN) {
			Pengguna p = penggunaRepository.findByUsernameIgnoreCase(a.username()).orElse(null);
			if (p != null && p.isDemo() && p.isAktif() && tokens.buatDemo(p)) {
				created++;
			}
		}
		if (created > 0) {
			audit.recordAs("sistem", "demo.tokenDisemai", "Pengguna", null, created + " token API demo");
		}
	}

	private void seed() {
		Instant now = clock.instant();
		Map<String, Organisasi> orgs = new HashMap<>();
		Map<String, Unit> units = new HashMap<>();
		for (DemoAccounts.OrgSeed seed : DemoAccounts.ORGANISASI) {
			TingkatOrganisasi tingkat = "0".equals(seed.kodeWilayah()) ? TingkatOrganisasi.NASIONAL
					: seed.kodeWilayah().contains(".") ? TingkatOrganisasi.KABUPATEN_KOTA : TingkatOrganisasi.PROVINSI;
			String wilayah = tingkat == TingkatOrganisasi.NASIONAL ? "Indonesia"
					: wilayahResolver.wilayah(seed.kodeWilayah()).map(WilayahResolver.Wilayah::nama)
						.orElseThrow(() -> new IllegalStateException("Region list not loaded: " + seed.kodeWilayah()));
			Organisasi induk = tingkat == TingkatOrganisasi.NASIONAL ? null
					: orgs.get(tingkat == TingkatOrganisasi.PROVINSI ? "0" : seed.kodeWilayah().substring(0, 2));
			Organisasi org = organisasiRepository.save(new Organisasi(seed.kodeWilayah(),
					OrganisasiService.defaultName(tingkat, wilayah), tingkat, induk == null ? null : induk.getId(), now));
			orgs.put(seed.kodeWilayah(), org);
			for (DemoAccounts.UnitSeed u : seed.units()) {
				String nama = tingkat == TingkatOrganisasi.KABUPATEN_KOTA && u.jenis() != JenisUnit.PEMBINA_DATA_STATISTIK
						? u.nama() + " " + wilayah : u.nama();
				Unit unit = unitRepository.save(new Unit(org.getId(), nama, u.singkatan(), u.jenis(), now));
				units.put(seed.kodeWilayah() + "/" + u.singkatan(), unit);
			}
		}
		String hash = passwordEncoder.encode(DemoAccounts.PASSWORD);
		for (DemoAccounts.AccountSeed a : DemoAccounts.AKUN) {
			Pengguna p = new Pengguna(a.username(), a.namaLengkap(), a.username() + "@demo.satudata.invalid", hash,
					false, true, now);
			Organisasi org = orgs.get(a.kodeWilayah());
			Long unitId = a.unit() == null ? null : units.get(a.kodeWilayah() + "/" + a.unit()).getId();
			p.tambahPeran(new PenugasanPeran(a.peran(), org.getId(), unitId), now);
			penggunaRepository.save(p);
		}
		audit.recordAs("sistem", "demo.disemai", "Organisasi", null,
				orgs.size() + " organisasi, " + units.size() + " unit, " + DemoAccounts.AKUN.size() + " akun demo");
	}

}
