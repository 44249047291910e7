package id.satudata.datastore.impor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import id.satudata.datastore.NumberFormat;

class TotalChecksTest {

	@Test
	void readsNumbersAsTheColumnWritesThemAndANihilDashAsZero() {
		assertThat(TotalChecks.parse("12.400", NumberFormat.INDONESIA)).isEqualByComparingTo("12400");
		assertThat(TotalChecks.parse(" 1.234,5 ", NumberFormat.INDONESIA)).isEqualByComparingTo("1234.5");
		assertThat(TotalChecks.parse("1,234.5", NumberFormat.INGGRIS)).isEqualByComparingTo("1234.5");
		assertThat(TotalChecks.parse("12.4", NumberFormat.STANDAR)).isEqualByComparingTo("12.4");
		assertThat(TotalChecks.parse("-", NumberFormat.INDONESIA)).isEqualByComparingTo("0");
		assertThat(TotalChecks.parse("–", NumberFormat.STANDAR)).isEqualByComparingTo("0");
		assertThat(TotalChecks.parse("", NumberFormat.STANDAR)).isNull();
		assertThat(TotalChecks.parse("banyak", NumberFormat.STANDAR)).isNull();
	}

	@Test
	void showsNumbersInTheIndonesianWay() {
		assertThat(TotalChecks.indonesian(new BigDecimal("12400"))).isEqualTo("12.400");
		assertThat(TotalChecks.indonesian(new BigDecimal("1234567.5"))).isEqualTo("1.234.567,5");
		assertThat(TotalChecks.indonesian(new BigDecimal("0"))).isEqualTo("0");
	}

}
