package id.satudata.pengumpulan.kewajiban;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.satudata.katalog.Frekuensi;

/** What is usually due: the newest period that has ended. */
class KewajibanRulesTest {

	@Test
	void theNewestEndedPeriodIsWhatIsUsuallyDue() {
		LocalDate jan = LocalDate.of(2026, 1, 15);
		LocalDate aug = LocalDate.of(2026, 8, 3);
		assertThat(KewajibanService.periodeTerakhirSelesai(Frekuensi.TAHUNAN, aug)).isEqualTo("2025");
		assertThat(KewajibanService.periodeTerakhirSelesai(Frekuensi.SEMESTERAN, jan)).isEqualTo("2025-S2");
		assertThat(KewajibanService.periodeTerakhirSelesai(Frekuensi.SEMESTERAN, aug)).isEqualTo("2026-S1");
		assertThat(KewajibanService.periodeTerakhirSelesai(Frekuensi.TRIWULANAN, jan)).isEqualTo("2025-T4");
		assertThat(KewajibanService.periodeTerakhirSelesai(Frekuensi.TRIWULANAN, aug)).isEqualTo("2026-T2");
		assertThat(KewajibanService.periodeTerakhirSelesai(Frekuensi.BULANAN, jan)).isEqualTo("2025-12");
		assertThat(KewajibanService.periodeTerakhirSelesai(Frekuensi.AD_HOC, jan)).isNull();
	}

}
