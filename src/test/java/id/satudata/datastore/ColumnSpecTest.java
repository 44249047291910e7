package id.satudata.datastore;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Bounds read back from a NUMERIC(…, 10) column print as people wrote them. */
class ColumnSpecTest {

	static ColumnSpec bounded(String min, String max) {
		return new ColumnSpec("jumlah", "Jumlah", ColumnType.DESIMAL, null, null, false,
				min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), null, null, false);
	}

	@Test
	void boundsHaveNoTrailingZerosAndNoExponent() {
		ColumnSpec c = bounded("0.0000000000", "100.0000000000");
		assertThat(new BigDecimal("0.0000000000").toString()).as("what the page used to show").isEqualTo("0E-10");
		assertThat(c.min()).hasToString("0");
		assertThat(c.max()).hasToString("100");
		assertThat(ColumnSpec.plainText(c.max())).isEqualTo("100");
		assertThat(bounded("-2.5000000000", "1E+3").min()).hasToString("-2.5");
		assertThat(bounded("-2.5000000000", "1E+3").max()).hasToString("1000");
		assertThat(bounded("0.0010000000", null).min()).hasToString("0.001");
		assertThat(bounded(null, null).min()).isNull();
		assertThat(ColumnSpec.plainText(null)).isEmpty();
		assertThat(ColumnSpec.plainText(new BigDecimal("0E-10"))).isEqualTo("0");
	}

}
