package id.satudata.pengumpulan.unggahan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;

/** The upload side's pure rules: file names, template headers. */
class UnggahanRulesTest {

	@Test
	void fileNamesKeepOnlyTheirLastSegmentWithoutControlCharacters() {
		assertThat(NamaBerkas.aman("../../etc/passwd.csv")).isEqualTo("passwd.csv");
		assertThat(NamaBerkas.aman("C:\\Users\\budi\\Desktop\\penduduk 2024.xlsx")).isEqualTo("penduduk 2024.xlsx");
		assertThat(NamaBerkas.aman("a\"b\r\nc.csv")).isEqualTo("abc.csv");
		assertThat(NamaBerkas.aman("..")).isEqualTo("berkas");
		assertThat(NamaBerkas.aman(null)).isEqualTo("berkas");
		assertThat(NamaBerkas.aman("x".repeat(300) + ".csv")).hasSize(200).endsWith(".csv");
	}

	@Test
	void templateHeadersAreLabelsUnlessTwoWouldReadTheSame() {
		List<ColumnSpec> cols = List.of(ColumnSpec.of("kode_wilayah", "Kode Wilayah", ColumnType.KODE),
				ColumnSpec.of("jumlah", "Jumlah (jiwa)", ColumnType.BILANGAN_BULAT),
				ColumnSpec.of("jumlah_jiwa", "Jumlah jiwa", ColumnType.BILANGAN_BULAT));
		assertThat(TemplatXlsx.headers(cols)).containsExactly("Kode Wilayah", "jumlah", "jumlah_jiwa");
	}

}
