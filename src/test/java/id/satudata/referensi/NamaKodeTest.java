package id.satudata.referensi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.satudata.referensi.NamaKode.Kandidat;
import id.satudata.referensi.NamaKode.Status;

/** Names as agencies write them, matched to the codes of a coverage (here Bangka Belitung's kecamatan, some). */
class NamaKodeTest {

	static final List<Kandidat> KECAMATAN = List.of(
			new Kandidat("19.01.01", "Sungailiat", "Kabupaten Bangka"),
			new Kandidat("19.02.01", "Tanjungpandan", "Kabupaten Belitung"),
			new Kandidat("19.04.02", "Pangkalan Baru", "Kabupaten Bangka Tengah"),
			new Kandidat("19.05.01", "Mentok", "Kabupaten Bangka Barat"),
			new Kandidat("19.05.04", "Kelapa", "Kabupaten Bangka Barat"),
			new Kandidat("19.06.04", "Kelapa Kampit", "Kabupaten Belitung Timur"),
			new Kandidat("19.71.01", "Bukit Intan", "Kota Pangkal Pinang"),
			new Kandidat("19.71.02", "Taman Sari", "Kota Pangkal Pinang"),
			// a namesake in another kabupaten of the area (as in many provinces)
			new Kandidat("19.03.09", "Taman Sari", "Kabupaten Bangka Selatan"));

	final NamaKode matcher = new NamaKode(KECAMATAN);

	@Test
	void prefixesCaseSpacingAndPunctuationMatchExactly() {
		assertThat(matcher.cocokkan("Kec. Bukit Intan")).extracting(NamaKode.Cocok::status, NamaKode.Cocok::kode)
			.containsExactly(Status.TEPAT, "19.71.01");
		assertThat(matcher.cocokkan("KECAMATAN  bukit-intan ").kode()).isEqualTo("19.71.01");
		assertThat(matcher.cocokkan("pangkalan baru").kode()).isEqualTo("19.04.02");
		assertThat(matcher.cocokkan("Kec Sungailiat.").kode()).isEqualTo("19.01.01");
		// the space people put in a name written as one word
		assertThat(matcher.cocokkan("Tanjung Pandan").kode()).isEqualTo("19.02.01");
		// an exact name wins over a longer one that contains it
		assertThat(matcher.cocokkan("Kelapa").kode()).isEqualTo("19.05.04");
	}

	@Test
	void kabupatenAndKotaPrefixes() {
		NamaKode kab = new NamaKode(List.of(new Kandidat("19.01", "Kabupaten Bangka", "Kepulauan Bangka Belitung"),
				new Kandidat("19.04", "Kabupaten Bangka Tengah", "Kepulauan Bangka Belitung"),
				new Kandidat("19.71", "Kota Pangkal Pinang", "Kepulauan Bangka Belitung")));
		assertThat(kab.cocokkan("Kab. Bangka").kode()).isEqualTo("19.01");
		assertThat(kab.cocokkan("BANGKA").kode()).isEqualTo("19.01");
		assertThat(kab.cocokkan("kab bangka tengah").kode()).isEqualTo("19.04");
		assertThat(kab.cocokkan("Pangkal Pinang").kode()).isEqualTo("19.71");
		assertThat(kab.cocokkan("Kota Pangkalpinang").kode()).isEqualTo("19.71");
	}

	@Test
	void aSpellingVariantIsANearMatchToConfirm() {
		NamaKode.Cocok muntok = matcher.cocokkan("Muntok");
		assertThat(muntok.status()).isEqualTo(Status.MIRIP);
		assertThat(muntok.kode()).isNull();
		assertThat(muntok.kandidat()).extracting(Kandidat::kode).first().isEqualTo("19.05.01");
		assertThat(matcher.cocokkan("Sungai Liat Kec").status()).isEqualTo(Status.MIRIP);
	}

	@Test
	void aNameOfTwoRegionsIsAmbiguousWithBothAsCandidates() {
		NamaKode.Cocok c = matcher.cocokkan("Kec. Taman Sari");
		assertThat(c.status()).isEqualTo(Status.GANDA);
		assertThat(c.kode()).isNull();
		assertThat(c.kandidat()).extracting(Kandidat::label).containsExactlyInAnyOrder(
				"19.71.02 Taman Sari (Kota Pangkal Pinang)", "19.03.09 Taman Sari (Kabupaten Bangka Selatan)");
	}

	@Test
	void aNameOutsideTheCoverageOrUnknownIsUnmatched() {
		// Menteng is a kecamatan of Jakarta Pusat, not of the area
		assertThat(matcher.cocokkan("Menteng").status()).isEqualTo(Status.TIDAK_ADA);
		assertThat(matcher.cocokkan("Kecamatan").status()).isEqualTo(Status.TIDAK_ADA);
		assertThat(matcher.cocokkan("").status()).isEqualTo(Status.TIDAK_ADA);
		assertThat(new NamaKode(List.of()).cocokkan("Bukit Intan").status()).isEqualTo(Status.TIDAK_ADA);
	}

	@Test
	void codesAreKnown() {
		assertThat(matcher.adaKode("19.71.01")).isTrue();
		assertThat(matcher.adaKode("31.71.01")).isFalse();
	}

	@Test
	void levelsNamedInHeaders() {
		assertThat(PencocokanNama.tingkatWilayah("Kec.")).isEqualTo("kecamatan");
		assertThat(PencocokanNama.tingkatWilayah("Kabupaten/Kota")).isEqualTo("kabupaten_kota");
		assertThat(PencocokanNama.tingkatWilayah("Desa/Kelurahan")).isEqualTo("desa_kelurahan");
		assertThat(PencocokanNama.tingkatWilayah("Tahun")).isNull();
	}

}
