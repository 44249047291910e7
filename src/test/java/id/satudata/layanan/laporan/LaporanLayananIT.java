package id.satudata.layanan.laporan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.time.ZoneId;
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
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.layanan.LayananUji;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * The monthly report and evaluation over HTTP (the availability behind it: {@code KetersediaanIT};
 * the breach warnings: {@code PengingatLayananIT}).
 */
@IntegrationTest
class LaporanLayananIT {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

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

}
