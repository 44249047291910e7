package id.satudata.pengumpulan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reviewers' difference view names the numbers: a revision of a published period shows the old and
 * the new value of every changed cell, marks the rows that are gone, and lists the largest relative
 * changes.
 */
@IntegrationTest
class PerbedaanNilaiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	@Test
	void theReviewShowsOldAndNewValuesOfEveryChangedCell() throws Exception {
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		String slug = "beda-uji-" + UUID.randomUUID().toString().substring(0, 8);
		long dataset = journey.datasetPenduduk(slug);
		// the published release of 2024, uploaded and published by the Walidata
		String page = mvc.perform(multipart("/kelola/dataset/{s}/rilis", slug)
			.file(new MockMultipartFile("berkas", "2024.csv", "text/csv", Pengumpulan.BENAR.getBytes(StandardCharsets.UTF_8)))
			.param("periode", "2024").with(csrf()).with(accounts.as(Demo.WALIDATA))).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(page).contains("/rilis/");
		mvc.perform(post(page + "/terbitkan").with(csrf()).with(accounts.as(Demo.WALIDATA)));

		// the producer revises 2024: two kab/kota changed, Belitung Timur left out (justified)
		long id = journey.buka(dataset, "2024");
		String revisi = Pengumpulan.BENAR.replace("19.01,2024,171245,165009,336254", "19.01,2024,181245,165009,346254")
			.replace("19.02,2024,97313,93120,190433", "19.02,2024,97313,139680,236993")
			.replace("19.06,2024,69041,66217,135258\n", "");
		journey.unggah(id, revisi);
		long version = journey.versi(id, Demo.PRODUSEN);
		mvc.perform(post("/kelola/pengumpulan/pengajuan/" + id + "/metadata").with(csrf()).with(accounts.as(Demo.PRODUSEN))
			.param("version", String.valueOf(version)).param("justifikasi[kelengkapan]", "Belitung Timur menyusul."));
		assertThat(journey.ajukan(id, "revisi 2024")).isEqualTo("Pengajuan terkirim ke pemeriksa.");

		Document review = journey.page(get("/kelola/pemeriksaan/" + id), Demo.WALIDATA);
		assertThat(review.select("#perbedaan").text()).contains("Dibanding rilis terbit periode 2024");
		assertThat(review.select("#ringkasan-perbedaan").text()).contains("0 baris baru").contains("1 baris hilang")
			.contains("2 baris berubah").contains("4 baris sama");
		Element changed = review.select("#tabel-perbedaan tr.sd-beda-changed").stream()
			.filter(tr -> tr.text().contains("19.01")).findFirst().orElseThrow();
		assertThat(changed.text()).contains("laki_laki: 171245 → 181245").contains("jumlah: 336254 → 346254")
			.doesNotContain("perempuan");
		assertThat(changed.select("del").eachText()).containsExactly("171245", "336254");
		assertThat(changed.select("ins").eachText()).containsExactly("181245", "346254");
		Element gone = review.selectFirst("#tabel-perbedaan tr.sd-beda-removed");
		assertThat(gone.hasClass("table-danger")).isTrue();
		assertThat(gone.text()).contains("19.06").contains("laki_laki: 69041").contains("jumlah: 135258");
		// largest relative change first: perempuan of 19.02 up by half
		assertThat(review.select("#perubahan-terbesar li").first().text())
			.contains("19.02").contains("perempuan: 93120 → 139680").contains("(+50,0 %)");
		assertThat(review.select("#perubahan-terbesar li").eachText()).hasSize(4);
	}

	/**
	 * The public dataset page shows what changed between two published periods: old and new values per
	 * changed cell, rows matched on the region alone; a draft release is no choice.
	 */
	@Test
	void thePublicSeesWhatChangedBetweenTwoPublishedPeriods() throws Exception {
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		String slug = "perubahan-" + UUID.randomUUID().toString().substring(0, 8);
		journey.datasetPenduduk(slug);
		String tahun2025 = Pengumpulan.BENAR.replace(",2024,", ",2025,")
			.replace("19.01,2025,171245,165009,336254", "19.01,2025,181245,165009,346254");
		for (String[] p : new String[][] { { "2024", Pengumpulan.BENAR }, { "2025", tahun2025 } }) {
			String rilis = mvc.perform(multipart("/kelola/dataset/{s}/rilis", slug)
				.file(new MockMultipartFile("berkas", p[0] + ".csv", "text/csv", p[1].getBytes(StandardCharsets.UTF_8)))
				.param("periode", p[0]).with(csrf()).with(accounts.as(Demo.WALIDATA))).andReturn().getResponse()
				.getRedirectedUrl();
			mvc.perform(post(rilis + "/terbitkan").with(csrf()).with(accounts.as(Demo.WALIDATA)));
		}
		// a draft of 2026 is never offered nor accepted
		String draf = mvc.perform(multipart("/kelola/dataset/{s}/rilis", slug)
			.file(new MockMultipartFile("berkas", "2026.csv", "text/csv",
					Pengumpulan.BENAR.replace(",2024,", ",2026,").getBytes(StandardCharsets.UTF_8)))
			.param("periode", "2026").with(csrf()).with(accounts.as(Demo.WALIDATA))).andReturn().getResponse()
			.getRedirectedUrl();
		String drafUuid = draf.substring(draf.lastIndexOf('/') + 1);

		Document dataset = org.jsoup.Jsoup.parse(mvc.perform(get("/dataset/" + slug)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(dataset.select("#tautan-perubahan").attr("href")).isEqualTo("/dataset/" + slug + "/perubahan");
		String html = mvc.perform(get("/dataset/" + slug + "/perubahan")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// kept for looking at the page (target/halaman/)
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/halaman"));
		java.nio.file.Files.writeString(java.nio.file.Path.of("target/halaman/perubahan.html"), html);
		Document page = org.jsoup.Jsoup.parse(html);
		assertThat(page.select("#perubahan-dari option").eachText()).containsExactly("Periode 2025 · versi 1",
				"Periode 2024 · versi 1");
		assertThat(page.select("#hasil-perubahan p").first().text()).contains("Dari Periode 2024 · versi 1 ke Periode 2025 · versi 1")
			.contains("kode_wilayah");
		// across periods the period column differs on every row: it is not compared, the figures are
		assertThat(page.select("#ringkasan-perbedaan").text()).contains("1 baris berubah").contains("6 baris sama")
			.contains("0 baris baru").contains("0 baris hilang");
		Element changed = page.selectFirst("#tabel-perbedaan tr.sd-beda-changed");
		assertThat(changed.text()).contains("19.01").contains("laki_laki: 171245 → 181245")
			.contains("jumlah: 336254 → 346254").doesNotContain("tahun:");
		assertThat(page.select("#tabel-perbedaan tr.sd-beda-changed")).hasSize(1);
		assertThat(mvc.perform(get("/dataset/" + slug + "/perubahan").param("ke", drafUuid)).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

}
