package id.satudata.perencanaan.daftardata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.satudata.perencanaan.daftardata.KemiripanJudul.Judul;
import id.satudata.perencanaan.daftardata.KemiripanJudul.Pasangan;

/** Likely duplicates among Daftar Data titles, by shared Indonesian word stems. */
class KemiripanJudulTest {

	final KemiripanJudul kemiripan = new KemiripanJudul(0.6);

	@Test
	void theSameDatumNamedTwoWaysByTwoOfficesIsFlagged() {
		List<Pasangan> pairs = kemiripan.mirip(List.of(
				new Judul(1, "Jumlah Peserta Didik menurut Jenjang Pendidikan", 10),
				new Judul(2, "Data Jumlah Peserta Didik per Jenjang Pendidikan Kabupaten/Kota", 20),
				new Judul(3, "Jumlah Tenaga Kesehatan menurut Jenis", 30),
				new Judul(4, "Luas Panen Padi", 40)));
		assertThat(pairs).extracting(Pasangan::a, Pasangan::b).containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 2L));
		assertThat(pairs.get(0).skor()).isGreaterThanOrEqualTo(0.6);
	}

	@Test
	void stemsMatchDifferentFormsOfAWord() {
		// "pendidikan" and "didik" share the stem "didik"
		assertThat(kemiripan.kata("Pendidikan")).containsExactly("didik");
		assertThat(kemiripan.skor("Angka Partisipasi Pendidikan", "partisipasi didik")).isEqualTo(1.0);
	}

	@Test
	void wordsEveryTitleHasDoNotMakeTitlesAlike() {
		assertThat(kemiripan.skor("Jumlah Penduduk menurut Kabupaten/Kota", "Jumlah Kunjungan Wisatawan menurut Kabupaten/Kota"))
			.isLessThan(0.6);
		assertThat(kemiripan.skor("Jumlah Data", "Data Jumlah")).isZero();
	}

}
