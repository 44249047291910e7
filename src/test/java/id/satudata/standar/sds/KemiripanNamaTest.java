package id.satudata.standar.sds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.satudata.standar.JenisStandar;

/** Similar names for "reuse first", and the national naming rules. */
class KemiripanNamaTest {

	@Test
	void findsTheStandardWhateverTheCaseWordOrderPrefixOrAbbreviation() {
		assertThat(KemiripanNama.skor("angka partisipasi kasar (APK)", "Angka Partisipasi Kasar")).isEqualTo(1.0);
		assertThat(KemiripanNama.skor("ANGKA PARTISIPASI KASAR", "Angka Partisipasi Kasar")).isEqualTo(1.0);
		assertThat(KemiripanNama.skor("Partisipasi Kasar, Angka", "Angka Partisipasi Kasar")).isEqualTo(1.0);
		assertThat(KemiripanNama.skor("APK", "Angka Partisipasi Kasar")).isGreaterThanOrEqualTo(0.9);
		assertThat(KemiripanNama.skor("Jumlah Penduduk", "Penduduk")).isEqualTo(1.0);
		assertThat(KemiripanNama.skor("Banyaknya Penduduk", "Jumlah Penduduk")).isEqualTo(1.0);
		assertThat(KemiripanNama.skor("Angka Partisipasi Kasr", "Angka Partisipasi Kasar")).isEqualTo(1.0);
		assertThat(KemiripanNama.skor("Luas Wilayah menurut Kecamatan", "Luas Wilayah")).isGreaterThanOrEqualTo(KemiripanNama.MIRIP);
	}

	@Test
	void differentNamesAreNotSimilar() {
		assertThat(KemiripanNama.skor("Luas Wilayah", "Jumlah Penduduk")).isZero();
		assertThat(KemiripanNama.skor("Angka Partisipasi Murni", "Angka Partisipasi Kasar")).isLessThan(0.6);
		assertThat(KemiripanNama.skor("Jumlah Guru Bersertifikat Pendidik", "Jenis Kelamin")).isLessThan(KemiripanNama.MIRIP);
		// short words need to be exact
		assertThat(KemiripanNama.sama("umur", "ukur")).isFalse();
		assertThat(KemiripanNama.sama("penduduk", "pendudukan")).isFalse();
	}

	@Test
	void namingRules() {
		List<String> ok = kode(JenisStandar.VARIABEL, "Angka Partisipasi Kasar");
		assertThat(ok).isEmpty();
		assertThat(kode(JenisStandar.VARIABEL, "Jumlah Penduduk menurut Jenis Kelamin")).containsExactly("ukuran:PERINGATAN");
		assertThat(kode(JenisStandar.KONSEP, "Rata-rata Lama Sekolah")).contains("ukuran:GALAT");
		assertThat(kode(JenisStandar.VARIABEL, "angka partisipasi kasar")).contains("kapital:GALAT");
		assertThat(kode(JenisStandar.VARIABEL, "Angka Partisipasi Kasar (APK)")).contains("singkatan:GALAT");
		assertThat(kode(JenisStandar.VARIABEL, "Jumlah Siswa SMP")).doesNotContain("singkatan:GALAT");
		assertThat(kode(JenisStandar.VARIABEL, "Produksi Padi Tahun 2024")).contains("periode:GALAT");
		assertThat(kode(JenisStandar.VARIABEL, "Produksi Padi Triwulan II")).contains("periode:GALAT");
		assertThat(kode(JenisStandar.VARIABEL, "Penduduk Miskin Kabupaten")).contains("wilayah:PERINGATAN");
		assertThat(KaidahNama.periksa(JenisStandar.VARIABEL, "Produksi Timah Bangka", n -> false,
				t -> t.contains("Bangka") ? "Bangka" : null)).extracting(KaidahNama.Temuan::kode).contains("wilayah");
		assertThat(KaidahNama.periksa(JenisStandar.VARIABEL, "Luas Wilayah", n -> n.equals("luas wilayah"), t -> null))
			.extracting(KaidahNama.Temuan::kode).containsExactly("unik");
		assertThat(kode(JenisStandar.VARIABEL, "  ")).containsExactly("kosong:GALAT");
	}

	static List<String> kode(JenisStandar j, String nama) {
		return KaidahNama.periksa(j, nama, n -> false, t -> null).stream().map(t -> t.kode() + ":" + t.tingkat()).toList();
	}

}
