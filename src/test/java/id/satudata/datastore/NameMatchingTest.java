package id.satudata.datastore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which file header of names stands for which code column of the schema. */
class NameMatchingTest {

	static ColumnSpec kode(String name, String label, String list) {
		return new ColumnSpec(name, label, ColumnType.KODE, null, list, true, null, null, null, NumberFormat.STANDAR, true);
	}

	static final List<ColumnSpec> SCHEMA = List.of(kode("kode_wilayah", "Kode Wilayah", "wilayah"),
			ColumnSpec.of("tahun", "Tahun", ColumnType.BILANGAN_BULAT), kode("kode_kbli", "Kode KBLI", "kbli"));

	@Test
	void aHeaderNamingALevelStandsForTheRegionColumn() {
		assertThat(NameMatching.codeColumnFor("Kecamatan", SCHEMA)).map(ColumnSpec::name).contains("kode_wilayah");
		assertThat(NameMatching.codeColumnFor("Nama Wilayah", SCHEMA)).map(ColumnSpec::name).contains("kode_wilayah");
		assertThat(NameMatching.codeColumnFor("KBLI", SCHEMA)).map(ColumnSpec::name).contains("kode_kbli");
		assertThat(NameMatching.codeColumnFor("Tahun", SCHEMA)).isEmpty();
		// a column of codes is not one of names
		assertThat(NameMatching.codeColumnFor("Kode Kecamatan", SCHEMA)).isEmpty();
		assertThat(NameMatching.codeColumnFor("kode_wilayah", SCHEMA)).isEmpty();
	}

	@Test
	void aRegionColumnOfAnotherLevelIsNotMeant() {
		List<ColumnSpec> schema = List.of(kode("kode_kabupaten", "Kode Kabupaten/Kota", "wilayah"));
		assertThat(NameMatching.codeColumnFor("Kabupaten", schema)).isPresent();
		assertThat(NameMatching.codeColumnFor("Kab/Kota", schema)).isPresent();
		assertThat(NameMatching.codeColumnFor("Kecamatan", schema)).isEmpty();
		assertThat(NameMatching.regionLevel("Desa/Kelurahan")).isEqualTo("desa_kelurahan");
		assertThat(NameMatching.regionLevel("kode_kecamatan")).isEqualTo("kecamatan");
	}

	@Test
	void decisionsPerHeader() {
		NameMatching m = new NameMatching(" 19 ", java.util.Map.of("Kecamatan", java.util.Map.of("Muntok", "19.05.01")));
		assertThat(m.coverage()).isEqualTo("19");
		assertThat(m.decision("Kecamatan", "Muntok")).isEqualTo("19.05.01");
		assertThat(m.decision("Kecamatan", "Mentok")).isNull();
		assertThat(m.decision("Desa", "Muntok")).isNull();
	}

}
