package id.satudata.pengumpulan.kepatuhan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.ImportResult;
import id.satudata.katalog.Akses;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.JenisData;
import id.satudata.katalog.TingkatPenyajian;
import id.satudata.pemeriksaan.KepatuhanSdi;
import id.satudata.pemeriksaan.UsulanMetadata;

/** The SDI compliance score. */
class PenilaiKepatuhanTest {

	@Test
	void theComplianceScoreCountsWhatIsMetPerPrinciple() {
		List<ColumnSpec> cols = List.of(
				new ColumnSpec("kode_wilayah", "Kode Wilayah", ColumnType.KODE, null, "wilayah", true, null, null, null, null, true),
				new ColumnSpec("jumlah", "Jumlah", ColumnType.BILANGAN_BULAT, null, null, true, null, null, null, null, false));
		DatasetRingkas r = new DatasetRingkas(1, "00000000-0000-4000-8000-000000000001", "d", "Judul", "pendek", 1, "p", "Produsen", "kependudukan",
				JenisData.STATISTIK, TingkatPenyajian.KABUPATEN_KOTA, Frekuensi.TAHUNAN, Akses.TERBUKA, false, false, true, false,
				Set.of(), Set.of(), Set.of(), "CC-BY-4.0", null, Instant.EPOCH, Instant.EPOCH);
		DatasetDetail d = new DatasetDetail(r, "19", null, null, null, null, null, null, 5, cols, List.of(), true, Map.of());
		ImportResult clean = new ImportResult(null, List.of(), Map.of(), 0, 0, 7, null);
		KepatuhanSdi before = new PenilaiKepatuhan().nilai(d, UsulanMetadata.KOSONG, clean, false);
		// the number column has no unit, no standard, a short description, no contact, no keywords, no MS
		assertThat(prinsip(before, "STANDAR_DATA").skor()).isEqualTo(33);
		assertThat(prinsip(before, "METADATA").skor()).isZero();
		assertThat(prinsip(before, "INTEROPERABILITAS").skor()).isEqualTo(100);
		assertThat(prinsip(before, "KODE_REFERENSI").skor()).isEqualTo(100);
		assertThat(prinsip(before, "STANDAR_DATA").kriteria().get(1).argumen()).containsExactly("(jumlah)");

		// what the producer proposes counts: a unit, a description, a contact, keywords
		UsulanMetadata usulan = new UsulanMetadata("Jumlah penduduk menurut kabupaten/kota hasil registrasi.", "jiwa",
				"Budi", "budi@contoh.go.id", List.of("penduduk"), null);
		ImportResult typeErrors = new ImportResult(null, List.of(), Map.of("tipe/GALAT", 2L), 2, 0, 7, null);
		KepatuhanSdi after = new PenilaiKepatuhan().nilai(d, usulan, typeErrors, false);
		assertThat(prinsip(after, "STANDAR_DATA").skor()).isEqualTo(67);
		assertThat(prinsip(after, "METADATA").skor()).isEqualTo(75);
		assertThat(prinsip(after, "INTEROPERABILITAS").skor()).as("type errors: not machine-readable").isEqualTo(67);
		assertThat(after.skor()).isGreaterThan(before.skor());
	}

	private static KepatuhanSdi.Prinsip prinsip(KepatuhanSdi k, String kode) {
		return k.prinsip().stream().filter(p -> p.kode().equals(kode)).findFirst().orElseThrow();
	}

}
