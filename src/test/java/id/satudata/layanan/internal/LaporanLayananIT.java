package id.satudata.layanan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.layanan.LayananUji;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * The monthly report and evaluation over HTTP, the health samples behind the availability, and the
 * breach warnings of the scheduled job (called directly, scheduling is off in tests).
 */
@IntegrationTest
class LaporanLayananIT {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KesehatanLayanan kesehatan;

	@Autowired
	PengingatLayanan pengingat;

	static Instant wib(int y, int m, int d, int h, int min) {
		return LocalDateTime.of(y, m, d, h, min).atZone(WIB).toInstant();
	}

	/** The cells of the report row whose first cell is {@code label}. */
	static List<String> baris(Document d, String tabel, String label) {
		for (Element tr : d.select("#" + tabel + " tr")) {
			if (!tr.select("td").isEmpty() && tr.select("td").get(0).text().equals(label)) {
				return tr.select("td").eachText();
			}
		}
		throw new AssertionError("no row " + label + " in " + d.select("#" + tabel).text());
	}

	Document laporan(String bulan) throws Exception {
		return Jsoup.parse(mvc.perform(get("/kelola/laporan-layanan").param("bulan", bulan).with(accounts.as(Demo.KADIS)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	String aksi(String user, String nomor, String aksi, String catatan) throws Exception {
		return mvc.perform(post("/kelola/layanan/" + nomor + "/aksi").with(csrf()).with(accounts.as(user)).param("aksi", aksi)
			.param("catatan", catatan)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void theReportCountsWhatWasReceivedAndResolvedWithinTarget() throws Exception {
		String bulan = YearMonth.now(WIB).toString();
		List<String> sebelum = baris(laporan(bulan), "tabel-laporan-permintaan", "Lainnya");
		LayananUji.Tiket a = LayananUji.ajukan(mvc, LayananUji.permintaan(LayananUji.penanda(), "jenis", "LAINNYA"));
		LayananUji.Tiket b = LayananUji.ajukan(mvc, LayananUji.permintaan(LayananUji.penanda(), "jenis", "LAINNYA"));
		aksi(Demo.KADIS, a.nomor(), "TANGANI", "langsung");
		aksi(Demo.KADIS, a.nomor(), "SELESAIKAN", "Sudah dijawab.");
		aksi(Demo.KADIS, b.nomor(), "TUTUP", "Duplikat.");
		Document d = laporan(bulan);
		List<String> sesudah = baris(d, "tabel-laporan-permintaan", "Lainnya");
		assertThat(sesudah.get(1)).isEqualTo("5 hari kerja");
		assertThat(Integer.parseInt(sesudah.get(2))).isEqualTo(Integer.parseInt(sebelum.get(2)) + 2);
		assertThat(Integer.parseInt(sesudah.get(3))).isEqualTo(Integer.parseInt(sebelum.get(3)) + 1);
		assertThat(Integer.parseInt(sesudah.get(5))).isEqualTo(Integer.parseInt(sebelum.get(5)) + 1);
		assertThat(sesudah.get(4)).contains("%");
		assertThat(sesudah.get(7)).as("median").isNotEqualTo("—");
		assertThat(baris(d, "tabel-laporan-permintaan", "Perencanaan data").get(1)).isEqualTo("1–3 bulan");
		assertThat(baris(d, "tabel-laporan-pengaduan", "Pengaduan ringan").get(1)).isEqualTo("3 jam");
		assertThat(baris(d, "tabel-disposisi", "Kepala Dinas").get(1)).isEqualTo("30 menit");

		// the monthly evaluation, as PDF and XLSX
		byte[] pdf = mvc.perform(get("/kelola/evaluasi-layanan/pdf").param("bulan", bulan).with(accounts.as(Demo.KABID)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String teks = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(teks).contains("LAPORAN EVALUASI KINERJA PELAKSANA LAYANAN").contains("Kepala Dinas Kominfo")
				.contains("Petugas Service Desk").contains("Ketersediaan layanan pada jam kerja").contains("Lainnya")
				.contains("Mengetahui,");
		}
		byte[] xlsx = mvc.perform(get("/kelola/evaluasi-layanan/xlsx").param("bulan", bulan).with(accounts.as(Demo.SUBKOOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
				.containsExactly("Ringkasan", "Pelaksana", "Permintaan", "Pengaduan");
			Sheet pelaksana = wb.getSheet("Pelaksana");
			Row kadis = null;
			for (Row row : pelaksana) {
				if ("Kepala Dinas Kominfo".equals(row.getCell(0).getStringCellValue())) {
					kadis = row;
				}
			}
			assertThat(kadis).isNotNull();
			assertThat(kadis.getCell(1).getStringCellValue()).isEqualTo("Kepala Dinas");
			assertThat(kadis.getCell(2).getNumericCellValue()).as("dispositions").isGreaterThanOrEqualTo(2);
			assertThat(kadis.getCell(4).getNumericCellValue()).as("requests resolved").isGreaterThanOrEqualTo(1);
			List<String> nomor = new ArrayList<>();
			wb.getSheet("Permintaan").forEach(row -> nomor.add(row.getCell(0).getStringCellValue()));
			assertThat(nomor).contains(a.nomor(), b.nomor());
		}
		// a month that is not one
		mvc.perform(get("/kelola/laporan-layanan").param("bulan", "2026-13").with(accounts.as(Demo.KADIS)))
			.andExpect(status().isBadRequest());
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

	@Test
	void breachWarningsGoToTheHolderAndTheSuperiorOnce() throws Exception {
		LayananUji.Tiket t = LayananUji.ajukan(mvc, LayananUji.permintaan(LayananUji.penanda()));
		aksi(Demo.KADIS, t.nomor(), "DISPOSISI", "ke Kabid");
		Instant besok = Instant.now().plus(3, ChronoUnit.DAYS);
		assertThat(pengingat.periksa(besok)).isPositive();
		String kunci = "%" + t.nomor() + "%";
		assertThat(jdbc.queryForList("SELECT p.username FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id"
				+ " WHERE n.judul_key = 'layanan.notif.terlambatLangkah' AND n.argumen LIKE ?", String.class, kunci))
			.containsExactlyInAnyOrder(Demo.KABID, Demo.KADIS);
		pengingat.periksa(besok.plus(1, ChronoUnit.HOURS));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi WHERE judul_key = 'layanan.notif.terlambatLangkah'"
				+ " AND argumen LIKE ?", Integer.class, kunci)).as("once per step").isEqualTo(2);
		// the next step warns again, its own holder and superior
		aksi(Demo.KABID, t.nomor(), "DISPOSISI", "ke Subkoor");
		aksi(Demo.SUBKOOR, t.nomor(), "DISPOSISI", "ke Petugas");
		pengingat.periksa(besok.plus(400, ChronoUnit.DAYS));
		assertThat(jdbc.queryForList("SELECT p.username FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id"
				+ " WHERE n.judul_key = 'layanan.notif.terlambatKerja' AND n.argumen LIKE ?", String.class, kunci))
			.containsExactlyInAnyOrder(Demo.PETUGAS, Demo.SUBKOOR);
		// complaints past their tier's limit
		LayananUji.Tiket a = LayananUji.ajukan(mvc, LayananUji.pengaduan(LayananUji.penanda()));
		pengingat.periksa(besok);
		assertThat(jdbc.queryForList("SELECT p.username FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id"
				+ " WHERE n.judul_key = 'layanan.notif.terlambatAduan' AND n.argumen LIKE ?", String.class, "%" + a.nomor() + "%"))
			.containsExactlyInAnyOrder(Demo.PETUGAS, Demo.SUBKOOR);
	}

}
