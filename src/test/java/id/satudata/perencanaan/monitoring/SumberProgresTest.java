package id.satudata.perencanaan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.katalog.Akses;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.JenisData;
import id.satudata.katalog.TingkatPenyajian;
import id.satudata.perencanaan.KunciRilis;
import id.satudata.perencanaan.ProgresPengumpulan;
import id.satudata.perencanaan.ProgresRilis;
import id.satudata.perencanaan.TahapRilis;

/**
 * The collection-progress SPI: the collection module's bean is used as soon as it exists, without
 * a change here; until then the catalog is the measure, with a compliance score from metadata.
 */
class SumberProgresTest {

	@Test
	void theCollectionModulesBeanIsPickedUpWhenThereIsOne() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		SumberProgres sumber = new SumberProgres(beans.getBeanProvider(ProgresPengumpulan.class), null);
		assertThat(sumber.dariKatalog()).isTrue();
		assertThat(sumber.aktif()).isInstanceOf(ProgresDariKatalog.class);

		Instant t = Instant.parse("2026-03-02T03:00:00Z");
		ProgresPengumpulan pengumpulan = keys -> Map.of(new KunciRilis(7, "2025"), new ProgresRilis(t, t.plusSeconds(3600),
				null, 88, Map.of("DIPERIKSA_WALIDATA", Duration.ofHours(5))));
		beans.registerSingleton("progresPengumpulan", pengumpulan);
		assertThat(sumber.dariKatalog()).isFalse();
		ProgresRilis p = sumber.aktif().progres(Set.of(new KunciRilis(7, "2025"))).get(new KunciRilis(7, "2025"));
		assertThat(p.tahap()).isEqualTo(TahapRilis.TERPERIKSA);
		assertThat(p.skorKepatuhan()).isEqualTo(88);
	}

	@Test
	void progressStagesFollowTheLatestStepReached() {
		Instant t = Instant.parse("2026-03-02T03:00:00Z");
		assertThat(new ProgresRilis(null, null, null, null, null).tahap()).isEqualTo(TahapRilis.DIRENCANAKAN);
		assertThat(new ProgresRilis(t, null, null, null, null).tahap()).isEqualTo(TahapRilis.TERKUMPUL);
		assertThat(new ProgresRilis(t, t, null, null, null).tahap()).isEqualTo(TahapRilis.TERPERIKSA);
		assertThat(new ProgresRilis(null, null, t, null, null).tahap()).isEqualTo(TahapRilis.TERBIT);
		assertThat(new ProgresRilis(null, null, t, null, null).waktuPerTahap()).isEmpty();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ProgresRilis(t, t, t, 101, Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void complianceFromCatalogMetadataScoresTheFourPrinciples() {
		ColumnSpec wilayah = new ColumnSpec("kode_wilayah", "Kode Wilayah", ColumnType.KODE, null, "wilayah", true, null, null,
				null, null, true);
		ColumnSpec jumlah = new ColumnSpec("jumlah", "Jumlah", ColumnType.BILANGAN_BULAT, "jiwa", null, true, null, null, null,
				null, false);
		assertThat(ProgresDariKatalog.skor(detail("Deskripsi", "kependudukan", Set.of("penduduk"), "jiwa", "Walidata",
				"Konsep Penduduk (BPS)", List.of(wilayah, jumlah)))).isEqualTo(100);
		// no standard, no reference code column, two of five metadata fields
		assertThat(ProgresDariKatalog.skor(detail("Deskripsi", null, Set.of(), "jiwa", null, null, List.of(jumlah))))
			.isEqualTo(35);
		assertThat(ProgresDariKatalog.skor(detail(null, null, Set.of(), null, null, null, List.of()))).isZero();
	}

	static DatasetDetail detail(String deskripsi, String topik, Set<String> kataKunci, String satuan, String kontak,
			String standar, List<ColumnSpec> kolom) {
		DatasetRingkas r = new DatasetRingkas(1, "00000000-0000-4000-8000-000000000001", "uji", "Uji", deskripsi, 1, "disdukcapil-19", "Disdukcapil", topik,
				JenisData.STATISTIK, TingkatPenyajian.KABUPATEN_KOTA, Frekuensi.TAHUNAN, Akses.TERBUKA, false, false, true, false,
				Set.of("2025"), Set.of("CSV"), kataKunci, "CC-BY-4.0", null, Instant.now(), Instant.now());
		return new DatasetDetail(r, "19", satuan, kontak, null, standar, null, null, 1, kolom, List.of(), false, java.util.Map.of());
	}

}
