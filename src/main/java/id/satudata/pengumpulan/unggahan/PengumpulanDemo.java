package id.satudata.pengumpulan.unggahan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import id.satudata.datastore.Severity;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.pemeriksaan.AksiPemeriksaan;
import id.satudata.pemeriksaan.Pemeriksaan;
import id.satudata.pemeriksaan.PengajuanView;
import id.satudata.pemeriksaan.UsulanMetadata;
import id.satudata.pengumpulan.aturan.AturanService;
import id.satudata.pengumpulan.aturan.JenisAturan;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.StartupOrder;

/**
 * On the demo installation: the Walidata attaches a totals rule to the demo population dataset, and
 * its producer submits an update of the 2025 figures (the same figures of Kepmendagri
 * 300.2.2-2138/2025, so nothing shown is invented), which the OPD's Walidata Pendukung passes on:
 * it waits in the Walidata's inbox. Each step is taken by the demo account whose step it is,
 * through the same services as on the pages.
 */
@Component
@Order(StartupOrder.LAINNYA + 10)
class PengumpulanDemo implements ApplicationRunner {

	static final String DATASET = "jumlah-penduduk-kabupaten-kota-jenis-kelamin-babel";
	private static final Logger log = LoggerFactory.getLogger(PengumpulanDemo.class);

	private final SatuDataProperties properties;
	private final Katalog katalog;
	private final Pemeriksaan pemeriksaan;
	private final AturanService aturan;
	private final UnggahanService unggahan;
	private final UserDetailsService users;

	PengumpulanDemo(SatuDataProperties properties, Katalog katalog, Pemeriksaan pemeriksaan, AturanService aturan,
			UnggahanService unggahan, UserDetailsService users) {
		this.properties = properties;
		this.katalog = katalog;
		this.pemeriksaan = pemeriksaan;
		this.aturan = aturan;
		this.unggahan = unggahan;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo().enabled()) {
			return;
		}
		DatasetDetail d = as("walidata", () -> katalog.dataset(DATASET).orElse(null));
		if (d == null || !as("walidata", () -> pemeriksaan.untukDataset(d.ringkas().id()).isEmpty())) {
			return;
		}
		long id = d.ringkas().id();
		as("walidata", () -> aturan.tambah(id, new AturanService.AturanBaru(JenisAturan.JUMLAH, "jumlah", Severity.GALAT,
				null, List.of(), List.of("laki_laki", "perempuan"), null, null, List.of())));
		PengajuanView p = as("produsen", () -> {
			PengajuanView opened = pemeriksaan.bukaAtauBuat(id, "2025");
			unggahan.sinkron(opened.id(), opened.version(), "penduduk-kabkota-2025.csv",
					new ByteArrayInputStream(csv().getBytes(StandardCharsets.UTF_8)), new UnggahanService.OpsiImpor(null, Map.of()));
			PengajuanView checked = pemeriksaan.pengajuan(opened.id()).orElseThrow();
			checked = pemeriksaan.simpanUsulan(checked.id(), checked.version(), new UsulanMetadata(null, null,
					"Bidang Pengelolaan Informasi Administrasi Kependudukan", null, null,
					"Pemutakhiran data 2025 sesuai Kepmendagri 300.2.2-2138/2025"), Map.of());
			return pemeriksaan.jalankan(checked.id(), checked.version(), AksiPemeriksaan.AJUKAN,
					"Mohon diperiksa: data kependudukan per kabupaten/kota 2025.", null);
		});
		as("pendukung", () -> pemeriksaan.jalankan(p.id(), p.version(), AksiPemeriksaan.LOLOS_PRAPERIKSA,
				"Sudah dicek di OPD.", null));
		log.info("Demo collection: one submission waits for the Walidata");
	}

	/** The kab/kota of Bangka Belitung from the reference file, in the dataset's schema. */
	private static String csv() {
		StringBuilder out = new StringBuilder("kode_wilayah,nama_wilayah,laki_laki,perempuan,jumlah\n");
		try (InputStream in = PengumpulanDemo.class.getClassLoader().getResourceAsStream("katalog/demo/penduduk.csv")) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
			for (String line : lines) {
				String code = line.substring(0, line.indexOf(','));
				if (code.startsWith("19.") && code.length() == 5) {
					out.append(line).append('\n');
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	/** Runs as a demo account (audited under its name), as that user would on the pages. */
	private <T> T as(String username, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		UserDetails user = users.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
