package id.satudata.referensi.kode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.StartupOrder;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.storage.TempFiles;

/**
 * On first start: loads the Kemendagri region list shipped with the platform (91,599 codes, MIT
 * licensed, see {@code referensi/LICENSE-wilayah.txt}) through the same checked import as any
 * other list. On the demo installation it also adds the BPS kab/kota codes of Bangka Belitung (and
 * {@code PadananDemo} their crosswalk to the Kemendagri codes).
 */
@Component
@Order(StartupOrder.REFERENSI)
public class ReferensiStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferensiStartup.class);

	static final String WILAYAH_RESOURCE = "referensi/wilayah.csv";
	public static final String BPS_BABEL = "wilayah-bps-babel";
	static final String TOPIK = "topik-data";

	private final DaftarKodeRepository daftarRepository;
	private final ImporEksporKode imporEkspor;
	private final TempFiles tempFiles;
	private final TransactionTemplate transaction;
	private final SatuDataProperties properties;
	private final Audit audit;
	private final Clock clock;

	ReferensiStartup(DaftarKodeRepository daftarRepository, ImporEksporKode imporEkspor, TempFiles tempFiles,
			TransactionTemplate transaction, SatuDataProperties properties, Audit audit, Clock clock) {
		this.daftarRepository = daftarRepository;
		this.imporEkspor = imporEkspor;
		this.tempFiles = tempFiles;
		this.transaction = transaction;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!daftarRepository.existsBySlug("wilayah")) {
			loadWilayah();
		}
		if (!daftarRepository.existsBySlug(TOPIK)) {
			seedTopik();
		}
		if (properties.demo().enabled() && !daftarRepository.existsBySlug(BPS_BABEL)) {
			seedBpsBabel();
		}
	}

	void loadWilayah() {
		long start = System.nanoTime();
		Path file = copy(new ClassPathResource(WILAYAH_RESOURCE));
		try {
			ImportOutcome outcome = transaction.execute(status -> {
				DaftarKode daftar = new DaftarKode("wilayah", "Kode Wilayah Administrasi Pemerintahan", null,
						clock.instant());
				daftar.ubah("Kode Wilayah Administrasi Pemerintahan",
						"Kode dan nama wilayah administrasi pemerintahan (provinsi, kabupaten/kota, kecamatan, "
								+ "desa/kelurahan) menurut Kementerian Dalam Negeri. Sumber data: cahyadsn/wilayah (lisensi MIT).",
						"Kementerian Dalam Negeri", true, true, clock.instant());
				daftar = daftarRepository.save(daftar);
				audit.recordAs("sistem", "kodeReferensi.dibuat", "KodeReferensi", "wilayah", daftar.getNama());
				ImportOutcome result = imporEkspor.imporOlehSistem(daftar, file, "Muatan awal kode wilayah Kemendagri");
				if (!result.applied()) {
					throw new IllegalStateException("Shipped region list failed its checks: " + result.errors());
				}
				return result;
			});
			log.info("Region list (Kode Wilayah Kemendagri) loaded: {} codes in {} ms", outcome.tambah(),
					(System.nanoTime() - start) / 1_000_000);
		}
		finally {
			tempFiles.delete(file);
		}
	}

	/** The topics (sectors) datasets are grouped by: a managed list the Walidata keeps. */
	private void seedTopik() {
		String csv = """
				kode,nama
				kependudukan,Kependudukan
				kesehatan,Kesehatan
				pendidikan,Pendidikan
				ekonomi,Ekonomi
				keuangan-daerah,Keuangan Daerah
				pertanian,Pertanian dan Pangan
				kelautan-perikanan,Kelautan dan Perikanan
				pariwisata,Pariwisata dan Kebudayaan
				sosial,Sosial dan Kesejahteraan Rakyat
				ketenagakerjaan,Ketenagakerjaan
				infrastruktur,Infrastruktur dan Tata Ruang
				perhubungan,Perhubungan
				lingkungan-hidup,Lingkungan Hidup
				pemerintahan,Pemerintahan
				geografi,Geografi dan Wilayah
				energi,Energi dan Sumber Daya Mineral
				industri-perdagangan,Industri dan Perdagangan
				komunikasi-informatika,Komunikasi dan Informatika
				""";
		Path file = tempFiles.save(new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
		try {
			transaction.executeWithoutResult(status -> {
				DaftarKode daftar = new DaftarKode(TOPIK, "Topik Data", null, clock.instant());
				daftar.ubah("Topik Data", "Topik (sektor) pengelompokan dataset di katalog Satu Data.",
						"Walidata", false, true, clock.instant());
				daftar = daftarRepository.save(daftar);
				audit.recordAs("sistem", "kodeReferensi.dibuat", "KodeReferensi", TOPIK, daftar.getNama());
				imporEkspor.imporOlehSistem(daftar, file, "Daftar topik awal");
			});
		}
		finally {
			tempFiles.delete(file);
		}
	}

	private void seedBpsBabel() {
		String csv = """
				kode,nama,tingkat,kode_induk
				19,KEPULAUAN BANGKA BELITUNG,provinsi,
				1901,BANGKA,kabupaten_kota,19
				1902,BELITUNG,kabupaten_kota,19
				1903,BANGKA BARAT,kabupaten_kota,19
				1904,BANGKA TENGAH,kabupaten_kota,19
				1905,BANGKA SELATAN,kabupaten_kota,19
				1906,BELITUNG TIMUR,kabupaten_kota,19
				1971,PANGKAL PINANG,kabupaten_kota,19
				""";
		Path file = tempFiles.save(new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
		try {
			transaction.executeWithoutResult(status -> {
				DaftarKode daftar = new DaftarKode(BPS_BABEL, "Kode Wilayah BPS Provinsi Kepulauan Bangka Belitung", null,
						clock.instant());
				daftar.ubah(daftar.getNama(), "Kode wilayah Badan Pusat Statistik (Master File Desa) untuk provinsi "
						+ "dan kabupaten/kota di Kepulauan Bangka Belitung.", "Badan Pusat Statistik", true, true,
						clock.instant());
				daftar = daftarRepository.save(daftar);
				imporEkspor.imporOlehSistem(daftar, file, "Data demo");
			});
		}
		finally {
			tempFiles.delete(file);
		}
	}

	private Path copy(ClassPathResource resource) {
		try (InputStream in = resource.getInputStream()) {
			return tempFiles.save(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}


}
