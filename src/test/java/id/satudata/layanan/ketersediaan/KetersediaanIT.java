package id.satudata.layanan.ketersediaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/** The health samples behind the availability, and the availability as the monthly report shows it. */
@IntegrationTest
class KetersediaanIT {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KesehatanLayanan kesehatan;

	static Instant wib(int y, int m, int d, int h, int min) {
		return LocalDateTime.of(y, m, d, h, min).atZone(WIB).toInstant();
	}

	Document laporan(String bulan) throws Exception {
		return Jsoup.parse(mvc.perform(get("/kelola/laporan-layanan").param("bulan", bulan).with(accounts.as(Demo.KADIS)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void availabilityCountsWorkingMinutesAndGapsAsUnavailable() throws Exception {
		// outside working time nothing is sampled
		assertThat(kesehatan.catat(wib(2025, 3, 1, 10, 0))).as("a Saturday").isFalse();
		assertThat(kesehatan.catat(wib(2025, 3, 3, 7, 59))).as("before opening").isFalse();
		// Monday 3 – Friday 7 March 2025, every working minute UP except Tuesday 09:00–11:00 (the app was down)
		for (int d = 3; d <= 7; d++) {
			for (Instant t = wib(2025, 3, d, 8, 0); t.isBefore(wib(2025, 3, d, 16, 0)); t = t.plus(1, ChronoUnit.MINUTES)) {
				if (d == 4 && !t.isBefore(wib(2025, 3, 4, 9, 0)) && t.isBefore(wib(2025, 3, 4, 11, 0))) {
					continue;
				}
				kesehatan.simpan(t, "UP", 3);
			}
		}
		// a second node's sample of the same minute is ignored; a DOWN sample counts as unavailable
		assertThat(kesehatan.simpan(wib(2025, 3, 3, 8, 0), "UP", 3)).isFalse();
		jdbc.update("UPDATE layanan_kesehatan SET status = 'DOWN' WHERE menit = ?",
				wib(2025, 3, 7, 15, 59).atOffset(java.time.ZoneOffset.UTC));
		Ketersediaan minggu = kesehatan.ketersediaan(wib(2025, 3, 3, 0, 0), wib(2025, 3, 8, 0, 0));
		assertThat(minggu.menitKerja()).isEqualTo(5 * 480);
		assertThat(minggu.menitTersedia()).isEqualTo(5 * 480 - 120 - 1);
		// the whole month: the three weeks after (no samples) count as unavailable
		Ketersediaan bulan = kesehatan.ketersediaan(wib(2025, 3, 1, 0, 0), wib(2025, 4, 1, 0, 0));
		assertThat(bulan.menitKerja()).isEqualTo(21 * 480);
		assertThat(bulan.memenuhi(0.90)).isFalse();
		Document d = laporan("2025-03");
		assertThat(d.select("#ketersediaan").text()).isEqualTo(String.format(java.util.Locale.forLanguageTag("id"), "%.2f%%",
				bulan.persen()));
		assertThat(d.text()).contains("(2.279 dari 10.080 menit kerja; target 90%)");
	}

}
