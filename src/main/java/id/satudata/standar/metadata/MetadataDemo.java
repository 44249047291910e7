package id.satudata.standar.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.StartupOrder;
import id.satudata.shared.security.SystemActor;
import id.satudata.standar.JenisMetadata;
import id.satudata.standar.PemilikRef;

/**
 * Demo content of the embedded installation, through the real service: a final MS-Keg for the demo
 * population dataset. Skipped when the dataset already has a metadata form.
 */
@Component
@Order(StartupOrder.LAINNYA)
class MetadataDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MetadataDemo.class);
	static final String DATASET_PENDUDUK = "jumlah-penduduk-kabupaten-kota-jenis-kelamin-babel";

	private final SatuDataProperties properties;
	private final DokumenMetadataRepository repository;
	private final MetadataStatistikService metadata;
	private final Katalog katalog;
	private final OrganisasiDirectory organisasi;
	private final SystemActor system;

	MetadataDemo(SatuDataProperties properties, DokumenMetadataRepository repository, MetadataStatistikService metadata,
			Katalog katalog, OrganisasiDirectory organisasi, SystemActor system) {
		this.properties = properties;
		this.repository = repository;
		this.metadata = metadata;
		this.katalog = katalog;
		this.organisasi = organisasi;
		this.system = system;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo().enabled() || organisasi.organisasiDenganKodeWilayah("0").isEmpty()) {
			return;
		}
		if (system.run(this::msKegiatanPenduduk)) {
			log.info("Demo MS-Keg seeded");
		}
	}

	/** The population dataset's activity metadata, filled and final (false: nothing to seed). */
	private boolean msKegiatanPenduduk() {
		DatasetDetail d = katalog.dataset(DATASET_PENDUDUK).orElse(null);
		if (d == null || repository.existsByPemilikJenisAndPemilikId(PemilikRef.DATASET, String.valueOf(d.ringkas().id()))) {
			return false;
		}
		var ms = metadata.buat(JenisMetadata.MS_KEGIATAN, PemilikRef.of(PemilikRef.DATASET, d.ringkas().id()), 2025,
				"Kompilasi Data Kependudukan Provinsi Kepulauan Bangka Belitung");
		Map<String, Map<String, String>> blok = new LinkedHashMap<>();
		blok.put("KEPALA", Map.of("f.judulKegiatan", "Kompilasi Data Kependudukan Provinsi Kepulauan Bangka Belitung",
				"f.tahun", "2025", "f.jenisStatistik", "SEKTORAL", "f.caraPengumpulan", "KOMPILASI_ADMINISTRASI",
				"f.sektorKegiatan", "Kependudukan"));
		blok.put("I", Map.of("f.instansi", "Dinas Kependudukan dan Pencatatan Sipil Provinsi Kepulauan Bangka Belitung",
				"f.alamat", "Kompleks Perkantoran Gubernur, Air Itam, Pangkal Pinang", "f.telepon", "(0717) 000000",
				"f.email", "disdukcapil@contoh.babelprov.go.id"));
		blok.put("II", Map.of("f.unitEselon1", "Dinas Kependudukan dan Pencatatan Sipil", "f.unitEselon2",
				"Bidang Pengelolaan Informasi Administrasi Kependudukan", "f.pjNama", "Contoh Nama Pejabat", "f.pjJabatan",
				"Kepala Bidang PIAK", "f.pjAlamat", "Kompleks Perkantoran Gubernur, Air Itam", "f.pjTelepon", "(0717) 000001",
				"f.pjEmail", "piak@contoh.babelprov.go.id"));
		Map<String, String> iii = new LinkedHashMap<>(Map.of("f.latarBelakang",
				"Data jumlah penduduk menurut kabupaten/kota dan jenis kelamin diperlukan untuk perencanaan pembangunan daerah.",
				"f.tujuan", "Menyajikan jumlah penduduk menurut kabupaten/kota dan jenis kelamin dari data administrasi kependudukan.",
				"f.variabel.0.nama", "Jumlah Penduduk", "f.variabel.0.konsep", "Penduduk", "f.variabel.0.definisi",
				"Banyaknya penduduk yang tercatat di suatu wilayah administrasi (VAR-00001)", "f.variabel.0.referensiWaktu",
				"Semester I 2025"));
		iii.putAll(Map.of("f.variabel.1.nama", "Jenis Kelamin", "f.variabel.1.konsep", "Penduduk", "f.variabel.1.definisi",
				"Jenis kelamin penduduk (VAR-00004, klasifikasi KLS-00001)", "f.variabel.1.referensiWaktu", "Semester I 2025"));
		String[] tahap = { "Perencanaan", "Desain", "Pengumpulan", "Pengolahan", "Analisis", "Diseminasi", "Evaluasi" };
		for (int i = 0; i < tahap.length; i++) {
			iii.put("f.jadwal" + tahap[i] + ".mulai", String.format("2025-%02d-01", i + 1));
			iii.put("f.jadwal" + tahap[i] + ".selesai", String.format("2025-%02d-28", i + 1));
		}
		blok.put("III", iii);
		blok.put("IV", Map.of("f.sekaliBerulang", "BERULANG", "f.frekuensi", "SEMESTERAN", "f.tipePengumpulan",
				"CROSS_SECTIONAL", "f.cakupanWilayah", "SEBAGIAN_WILAYAH", "f.wilayahKegiatan", "19", "f.metodePengumpulan",
				"DATA_SEKUNDER", "f.saranaPengumpulan", "LAINNYA", "f.saranaPengumpulanLainnya", "Basis data SIAK",
				"f.unitPengumpulan", "INDIVIDU"));
		blok.put("VI", Map.of("f.ujiCoba", "TIDAK", "f.pemeriksaanKualitas", "SUPERVISI", "f.penyesuaianNonrespon", "TIDAK_ADA",
				"f.petugasPengumpulan", "STAF_INSTANSI", "f.pendidikanPetugas", "D4_S1", "f.jumlahSupervisor", "1",
				"f.jumlahEnumerator", "3", "f.pelatihan", "YA"));
		blok.put("VII", Map.of("f.tahapanPengolahan", "VALIDASI", "f.metodeAnalisis", "DESKRIPTIF", "f.unitAnalisis",
				"Kabupaten/kota", "f.tingkatPenyajian", "KABUPATEN_KOTA"));
		blok.put("VIII", Map.of("f.produkTercetak", "TIDAK", "f.produkDigital", "YA", "f.rilisDigital", "2025-09-30",
				"f.produkMikrodata", "TIDAK"));
		for (Map.Entry<String, Map<String, String>> b : blok.entrySet()) {
			Map<String, List<String>> params = new LinkedHashMap<>();
			b.getValue().forEach((k, v) -> params.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
			metadata.simpanBlok(ms.id(), b.getKey(), params, null);
		}
		metadata.finalkan(ms.id());
		return true;
	}

}
