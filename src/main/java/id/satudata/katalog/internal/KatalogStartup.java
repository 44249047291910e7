package id.satudata.katalog.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.NumberFormat;
import id.satudata.katalog.Akses;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.JenisData;
import id.satudata.katalog.JenisLampiran;
import id.satudata.katalog.TingkatPenyajian;
import id.satudata.katalog.dataset.Dataset;
import id.satudata.katalog.dataset.DatasetForm;
import id.satudata.katalog.dataset.DatasetRepository;
import id.satudata.katalog.dataset.DatasetService;
import id.satudata.katalog.dataset.SkemaService;
import id.satudata.katalog.lampiran.LampiranService;
import id.satudata.katalog.rilis.RilisService;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.StartupOrder;
import id.satudata.shared.security.SystemActor;
import id.satudata.shared.storage.TempFiles;

/**
 * At start: rebuilds the search index if it does not match the database (a new node, a lost index
 * folder); on the demo installation, publishes real datasets from the reference files (population
 * and area of Bangka Belitung's kabupaten/kota, population by province) through the same services
 * a Walidata uses.
 */
@Component
@Order(StartupOrder.KONTEN)
class KatalogStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(KatalogStartup.class);

	private final SatuDataProperties properties;
	private final DatasetRepository datasets;
	private final DatasetService datasetService;
	private final SkemaService skemaService;
	private final RilisService rilisService;
	private final LampiranService lampiranService;
	private final OrganisasiDirectory organisasi;
	private final SystemActor system;
	private final TempFiles tempFiles;
	private final EntityManager entityManager;
	private final TransactionTemplate transaction;

	KatalogStartup(SatuDataProperties properties, DatasetRepository datasets, DatasetService datasetService,
			SkemaService skemaService, RilisService rilisService, LampiranService lampiranService,
			OrganisasiDirectory organisasi, SystemActor system, TempFiles tempFiles, EntityManager entityManager,
			TransactionTemplate transaction) {
		this.properties = properties;
		this.datasets = datasets;
		this.datasetService = datasetService;
		this.skemaService = skemaService;
		this.rilisService = rilisService;
		this.lampiranService = lampiranService;
		this.organisasi = organisasi;
		this.system = system;
		this.tempFiles = tempFiles;
		this.entityManager = entityManager;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		reindexIfNeeded(Instant.now());
		if (properties.demo().enabled() && datasets.count() == 0 && organisasi.organisasiDenganKodeWilayah("19").isPresent()) {
			system.run(this::seedDemo);
		}
	}

	/**
	 * Rebuilds the index when it does not hold every dataset, or when the newest change in the database
	 * is missing from it: equal counts alone miss an index that is older than the database (a database
	 * restored from a backup without the index, a crash between a commit and its index write). A change
	 * of the last minute is allowed to be still on its way (outbox polling on several nodes).
	 */
	void reindexIfNeeded(Instant now) throws InterruptedException {
		long rows = datasets.count();
		Instant recent = now.minus(Duration.ofMinutes(1));
		String reason = transaction.execute(status -> {
			SearchSession search = Search.session(entityManager);
			// documents indexed before a field was added to the mapping lack it: counting those that have the
			// newest field (the public uuid) finds an index written by an older version too
			long indexed = search.search(Dataset.class).where(f -> f.exists().field("uuid")).fetchTotalHitCount();
			if (indexed != rows) {
				return "holds " + indexed + " of " + rows + " datasets";
			}
			Instant newest = entityManager.createQuery("select max(d.diubahPada) from Dataset d", Instant.class)
				.getSingleResult();
			if (newest == null || newest.isAfter(recent)) {
				return null;
			}
			// the index keeps milliseconds: a millisecond of slack for the database's rounding
			Instant from = newest.truncatedTo(ChronoUnit.MILLIS).minusMillis(1);
			long current = search.search(Dataset.class).where(f -> f.range().field("diubahPada").atLeast(from))
				.fetchTotalHitCount();
			return current > 0 ? null : "lacks the newest change (" + newest + ")";
		});
		if (reason != null) {
			log.info("Search index {}: rebuilding", reason);
			Search.session(entityManager.getEntityManagerFactory().createEntityManager()).massIndexer(Dataset.class)
				.threadsToLoadObjects(1).startAndWait();
		}
	}

	private void seedDemo() {
		long provinsi = organisasi.organisasiDenganKodeWilayah("19").orElseThrow().id();
		long nasional = organisasi.organisasiDenganKodeWilayah("0").orElseThrow().id();
		List<String[]> penduduk = rows("penduduk.csv");
		List<String[]> luas = rows("luas.csv");
		Predicate<String> kabKotaBabel = k -> k.startsWith("19.") && k.length() == 5;
		Predicate<String> provinces = k -> k.matches("\\d{2}");

		seed(new Spec("jumlah-penduduk-kabupaten-kota-jenis-kelamin-babel",
				"Jumlah Penduduk menurut Kabupaten/Kota dan Jenis Kelamin di Provinsi Kepulauan Bangka Belitung",
				"Jumlah penduduk laki-laki dan perempuan di setiap kabupaten/kota Provinsi Kepulauan Bangka Belitung, "
						+ "menurut data kependudukan yang diterbitkan bersama Keputusan Menteri Dalam Negeri "
						+ "Nomor 300.2.2-2138 Tahun 2025 tentang Pemberian dan Pemutakhiran Kode, Data Wilayah Administrasi "
						+ "Pemerintahan, dan Pulau.",
				unit(provinsi, "Disdukcapil"), "kependudukan", "19", "jiwa", true, true, "2025",
				"penduduk, kependudukan, jenis kelamin, kabupaten, kota"),
				populationSchema(),
				csv("kode_wilayah,nama_wilayah,laki_laki,perempuan,jumlah", penduduk, kabKotaBabel));

		seed(new Spec("luas-wilayah-kabupaten-kota-babel",
				"Luas Wilayah menurut Kabupaten/Kota di Provinsi Kepulauan Bangka Belitung",
				"Luas daratan setiap kabupaten/kota di Provinsi Kepulauan Bangka Belitung dalam kilometer persegi, "
						+ "hasil penghitungan Badan Informasi Geospasial (Desember 2024) yang dimuat dalam lampiran "
						+ "Kepmendagri Nomor 300.2.2-2138 Tahun 2025.",
				unit(provinsi, "Biro Pemerintahan"), "geografi", "19", "km²", false, true, "2024",
				"luas wilayah, geografi, kabupaten, kota"),
				List.of(new ColumnSpec("kode_wilayah", "Kode Wilayah", ColumnType.KODE, null, "wilayah", true, null, null,
						null, null, true), new ColumnSpec("nama_wilayah", "Nama Wilayah", ColumnType.TEKS, null, null, true,
								null, null, null, null, false),
						new ColumnSpec("luas_km2", "Luas (km²)", ColumnType.DESIMAL, "km²", null, true,
								java.math.BigDecimal.ZERO, null, null, NumberFormat.STANDAR, false)),
				csv("kode_wilayah,nama_wilayah,luas_km2", luas, kabKotaBabel));

		seed(new Spec("jumlah-penduduk-provinsi-jenis-kelamin",
				"Jumlah Penduduk menurut Provinsi dan Jenis Kelamin di Indonesia",
				"Jumlah penduduk laki-laki dan perempuan di setiap provinsi di Indonesia (38 provinsi), menurut data "
						+ "kependudukan yang diterbitkan bersama Kepmendagri Nomor 300.2.2-2138 Tahun 2025.",
				unit(nasional, "Ditjen Dukcapil"), "kependudukan", "0", "jiwa", true, false, "2025",
				"penduduk, kependudukan, provinsi, nasional"),
				populationSchema(),
				csv("kode_wilayah,nama_wilayah,laki_laki,perempuan,jumlah", penduduk, provinces));
		log.info("Demo catalog: 3 datasets published");
	}

	private record Spec(String slug, String judul, String deskripsi, long produsenUnitId, String topik, String cakupan,
			String satuan, boolean prioritas, boolean induk, String periode, String kataKunci) {
	}

	private void seed(Spec spec, List<ColumnSpec> schema, String csv) {
		DatasetForm form = new DatasetForm();
		form.setSlug(spec.slug());
		form.setJudul(spec.judul());
		form.setDeskripsi(spec.deskripsi());
		form.setProdusenUnitId(spec.produsenUnitId());
		form.setTopik(spec.topik());
		form.setJenisData(JenisData.STATISTIK);
		form.setTingkatPenyajian("0".equals(spec.cakupan()) ? TingkatPenyajian.PROVINSI : TingkatPenyajian.KABUPATEN_KOTA);
		form.setCakupanWilayah(spec.cakupan());
		form.setFrekuensi(Frekuensi.TAHUNAN);
		form.setSatuan(spec.satuan());
		form.setAkses(Akses.TERBUKA);
		form.setDataPrioritas(spec.prioritas());
		form.setDataInduk(spec.induk());
		form.setKontakNama("Walidata Satu Data");
		form.setKontakEmail("walidata@demo.satudata.invalid");
		form.setKataKunci(spec.kataKunci());
		datasetService.buat(form);
		skemaService.ubah(spec.slug(), schema);
		Path file = tempFiles.save(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
		try {
			RilisService.Unggahan upload = rilisService.unggah(spec.slug(), file, spec.slug() + ".csv", spec.periode(),
					"Data demo dari Kepmendagri 300.2.2-2138/2025", ImportOptions.defaults());
			if (upload.rilis() == null) {
				throw new IllegalStateException("Demo data failed its checks: " + upload.impor().issues());
			}
			lampiranService.lampirkan(upload.rilis().getUuid(), "Sumber: repositori cahyadsn/wilayah (lisensi MIT)", null,
					JenisLampiran.TAUTAN, "https://github.com/cahyadsn/wilayah", null, null, null);
			rilisService.terbitkan(upload.rilis().getUuid());
		}
		finally {
			tempFiles.delete(file);
		}
	}

	private static List<ColumnSpec> populationSchema() {
		return List.of(
				new ColumnSpec("kode_wilayah", "Kode Wilayah", ColumnType.KODE, null, "wilayah", true, null, null, null,
						null, true),
				new ColumnSpec("nama_wilayah", "Nama Wilayah", ColumnType.TEKS, null, null, true, null, null, null, null,
						false),
				new ColumnSpec("laki_laki", "Laki-laki", ColumnType.BILANGAN_BULAT, "jiwa", null, true,
						java.math.BigDecimal.ZERO, null, null, NumberFormat.STANDAR, false),
				new ColumnSpec("perempuan", "Perempuan", ColumnType.BILANGAN_BULAT, "jiwa", null, true,
						java.math.BigDecimal.ZERO, null, null, NumberFormat.STANDAR, false),
				new ColumnSpec("jumlah", "Jumlah", ColumnType.BILANGAN_BULAT, "jiwa", null, true, java.math.BigDecimal.ZERO,
						null, null, NumberFormat.STANDAR, false));
	}

	private long unit(long organisasiId, String singkatan) {
		return organisasi.unitBerjenis(organisasiId, JenisUnit.PRODUSEN_DATA).stream()
			.filter(u -> singkatan.equals(u.singkatan())).map(UnitRef::id).findFirst()
			.orElseThrow(() -> new IllegalStateException("Demo unit missing: " + singkatan));
	}

	private static List<String[]> rows(String resource) {
		try (InputStream in = new ClassPathResource("katalog/demo/" + resource).getInputStream()) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			return java.util.Arrays.stream(lines).skip(1).filter(l -> !l.isBlank()).map(l -> l.strip().split(",")).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String csv(String header, List<String[]> rows, Predicate<String> code) {
		StringBuilder sb = new StringBuilder(header).append('\n');
		rows.stream().filter(r -> code.test(r[0])).forEach(r -> sb.append(String.join(",", r)).append('\n'));
		return sb.toString();
	}

}
