package id.satudata.pengumpulan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consistency rules in the Walidata's rule editor and at validation: "jumlah = laki_laki +
 * perempuan" with a tolerance (a row 1,000 off is an error naming the row, the column and both
 * numbers; a difference within the tolerance passes), "the total row equals the sum of its rows"
 * with a tolerance and a severity per column, the form refusing parts that are not numeric columns
 * of the schema, and the template's instructions listing the rules.
 */
@IntegrationTest
class AturanKonsistensiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	/** Posts a rule; returns the flash message (success or error). */
	String tambah(long dataset, String... params) throws Exception {
		var request = post("/kelola/pengumpulan/aturan/" + dataset).with(csrf()).with(accounts.as(Demo.WALIDATA));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MvcResult r = mvc.perform(request).andReturn();
		Object bad = r.getFlashMap().get("galat");
		return bad != null ? "GALAT: " + bad : String.valueOf(r.getFlashMap().get("sukses"));
	}

	Document aturan(Pengumpulan journey, long dataset) throws Exception {
		return journey.page(get("/kelola/pengumpulan/aturan/" + dataset), Demo.WALIDATA);
	}

	/** Replaces the mother's JUMLAH rule (tolerance 0) with one of the given tolerance. */
	void jumlahDenganToleransi(Pengumpulan journey, long dataset, String toleransi) throws Exception {
		Element row = aturan(journey, dataset).select("#tabel-aturan tbody tr").stream()
			.filter(tr -> tr.text().startsWith("Jumlah sama dengan rinciannya")).findFirst().orElseThrow();
		mvc.perform(post(row.selectFirst("form").attr("action")).with(csrf()).with(accounts.as(Demo.WALIDATA)));
		assertThat(tambah(dataset, "jenis", "JUMLAH", "kolom", "jumlah", "tingkat", "GALAT", "bagian",
				"laki_laki, perempuan", "toleransi", toleransi)).doesNotStartWith("GALAT");
	}

	@Test
	void theRuleEditorSavesBothRuleKindsAndRefusesPartsThatAreNotNumericColumns() throws Exception {
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		long dataset = journey.datasetPenduduk("konsistensi-" + UUID.randomUUID().toString().substring(0, 8));
		assertThat(tambah(dataset, "jenis", "JUMLAH", "kolom", "jumlah", "tingkat", "PERINGATAN", "bagian",
				"laki_laki, lakilaki")).startsWith("GALAT: ").contains("Kolom “lakilaki” tidak ada dalam struktur data.");
		assertThat(tambah(dataset, "jenis", "JUMLAH", "kolom", "jumlah", "tingkat", "PERINGATAN", "bagian",
				"laki_laki, kode_wilayah")).startsWith("GALAT: ").contains("Kolom kode_wilayah bukan kolom angka.");
		assertThat(tambah(dataset, "jenis", "BARIS_JUMLAH", "kolom", "kode_wilayah", "tingkat", "GALAT"))
			.startsWith("GALAT: ").contains("Kolom kode_wilayah bukan kolom angka.");
		assertThat(tambah(dataset, "jenis", "BARIS_JUMLAH", "kolom", "jumlah", "tingkat", "GALAT", "toleransi", "-1"))
			.startsWith("GALAT: ").contains("Toleransi tidak boleh negatif.");
		assertThat(tambah(dataset, "jenis", "BARIS_JUMLAH", "kolom", "jumlah", "tingkat", "GALAT", "toleransi", "10,5"))
			.isEqualTo("Aturan ditambahkan.");
		jumlahDenganToleransi(journey, dataset, "2");

		List<String> rules = aturan(journey, dataset).select("#tabel-aturan tbody tr").eachText();
		assertThat(rules).anyMatch(r -> r.contains("Baris jumlah sama dengan jumlah barisnya jumlah Baris jumlah berkas "
				+ "(Jumlah, Total) pada kolom jumlah harus sama dengan jumlah baris-baris yang dijumlahkannya (toleransi 10.5). Galat"));
		assertThat(rules).anyMatch(r -> r.contains("Kolom jumlah harus sama dengan laki_laki + perempuan (toleransi 2)."));
		assertThat(rules).noneMatch(r -> r.contains("lakilaki") || r.contains("toleransi 0)"));

		// the template's instructions list them
		byte[] xlsx = mvc.perform(get("/kelola/pengumpulan/dataset/" + dataset + "/templat.xlsx").param("periode", "2024")
			.with(accounts.as(Demo.PRODUSEN))).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet petunjuk = wb.getSheet("Petunjuk");
			StringBuilder text = new StringBuilder();
			for (Row row : petunjuk) {
				if (row.getCell(0) != null) {
					text.append(row.getCell(0).getStringCellValue()).append('\n');
				}
			}
			assertThat(text.toString()).contains("Aturan konsistensi yang diperiksa saat unggah")
				.contains("Kolom jumlah harus sama dengan laki_laki + perempuan (toleransi 2). (Galat)")
				.contains("pada kolom jumlah harus sama dengan jumlah baris-baris yang dijumlahkannya (toleransi 10.5). (Galat)")
				.contains("Simbol BPS di kolom angka");
		}
	}

	@Test
	void aJumlahAThousandOffIsReportedWithRowColumnAndBothNumbersAndWithinToleranceItPasses() throws Exception {
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		long dataset = journey.datasetPenduduk("konsistensi-" + UUID.randomUUID().toString().substring(0, 8));
		jumlahDenganToleransi(journey, dataset, "3");
		long id = journey.buka(dataset, "2024");

		journey.unggah(id, Pengumpulan.BENAR.replace("19.03,2024,106517,100208,206725", "19.03,2024,106517,100208,207725"));
		Document report = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(report.select("#hasil-validasi").text()).contains("1 galat");
		assertThat(report.select("#tabel-temuan tbody tr").eachText()).containsExactly("4 jumlah 207725 "
				+ "Jumlah dan rinciannya Jumlah tidak sama dengan Laki-laki + Perempuan: tertulis 207.725, seharusnya 206.725 (selisih 1.000).");

		// 3 off with a tolerance of 3: no finding
		journey.unggah(id, Pengumpulan.BENAR.replace("19.03,2024,106517,100208,206725", "19.03,2024,106517,100208,206728"));
		Document ok = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(ok.select("#hasil-validasi").text()).doesNotContain("galat");
		assertThat(ok.select("#ringkasan-aturan").text()).doesNotContain("Jumlah");
	}

	@Test
	void aTotalRowBeyondItsToleranceIsAnErrorWhenTheWalidataSaysSo() throws Exception {
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		long dataset = journey.datasetPenduduk("konsistensi-" + UUID.randomUUID().toString().substring(0, 8));
		assertThat(tambah(dataset, "jenis", "BARIS_JUMLAH", "kolom", "jumlah", "tingkat", "GALAT", "toleransi", "5"))
			.isEqualTo("Aturan ditambahkan.");
		long id = journey.buka(dataset, "2024");
		// the seven kab/kota sum to 1498018; the total row is 1,000 off in jumlah, right in the others
		String total = "Jumlah,,765041,732977,%s\n";
		journey.unggah(id, Pengumpulan.BENAR + total.formatted("1499018"));
		Document report = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(report.select("#hasil-validasi").text()).contains("1 galat");
		assertThat(report.select("#tabel-temuan tbody tr").eachText()).containsExactly("9 jumlah 1499018 "
				+ "Baris jumlah tidak sama dengan jumlah barisnya Kolom Jumlah: baris “Jumlah” tertulis 1.499.018, seharusnya 1.498.018 (jumlah 7 baris).");

		// 4 off, within the tolerance of 5: nothing to report
		journey.unggah(id, Pengumpulan.BENAR + total.formatted("1498022"));
		Document ok = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(ok.select("#hasil-validasi").text()).doesNotContain("galat");
		assertThat(ok.select("#tabel-temuan tbody").text()).doesNotContain("Jumlah:");
	}

}
