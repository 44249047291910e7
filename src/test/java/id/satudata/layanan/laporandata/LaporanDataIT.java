package id.satudata.layanan.laporandata;

import static id.satudata.layanan.LayananUji.dari;
import static id.satudata.layanan.LayananUji.ipAcak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.layanan.LayananUji;
import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Laporkan masalah pada data": a report on a public dataset's own page, filed anonymously or signed
 * in, becomes a ticket of the dataset's organization seen by its Walidata and the producer unit (not
 * by another organization's Walidata nor another unit's producer), answered and closed, and read by
 * the reporter through the tracking code and by e-mail; restricted datasets have no form.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaporanDataIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	static final String CSV = """
			nama_kecamatan,tahun,jumlah
			Bukit Intan,2023,1200
			Gerunggang,2023,90
			""";

	String slugD;
	String judulD;
	String slugA;

	@BeforeAll
	void setUp() throws Exception {
		CkanApi api = new CkanApi(mvc, json);
		String run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		slugD = "lapor-" + run + "-terbuka";
		judulD = "Angka Imunisasi Lapor " + run;
		slugA = "lapor-" + run + "-terbatas";
		String walidata = CkanApi.token(Demo.WALIDATA);
		api.createDataset(walidata, dataset(slugD, judulD, "dinkes-19", "TERBUKA"));
		api.uploadRelease(walidata, slugD, CSV, "2023", true);
		api.createDataset(walidata, dataset(slugA, "Angka Terbatas Lapor " + run, "dlh-19", "TERBATAS"));
		api.uploadRelease(walidata, slugA, CSV, "2023", true);
	}

	static Map<String, Object> dataset(String name, String title, String org, String akses) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", name);
		d.put("title", title);
		d.put("notes", "Uji laporan masalah data: " + title);
		d.put("owner_org", org);
		d.put("extras", List.of(Map.of("key", "akses", "value", akses), Map.of("key", "frekuensi", "value", "TAHUNAN"),
				Map.of("key", "tingkat_penyajian", "value", "KABUPATEN_KOTA"),
				Map.of("key", "jenis_data", "value", "STATISTIK")));
		return d;
	}

	MockHttpServletRequestBuilder laporan(String slug, String... ganti) {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("masalah", "NILAI_SALAH");
		p.put("uraian", "Jumlah imunisasi Kecamatan Bukit Intan tahun 2023 tertulis 1200, seharusnya 120.");
		p.put("nama", "Rina Pelapor");
		p.put("surel", "rina+" + slug + "@contoh.id");
		p.put("situs", "");
		for (int i = 0; i + 1 < ganti.length; i += 2) {
			p.put(ganti[i], ganti[i + 1]);
		}
		MockHttpServletRequestBuilder b = post("/dataset/" + slug + "/laporkan").with(csrf()).with(dari(ipAcak()));
		p.forEach(b::param);
		return b;
	}

	LayananUji.Tiket ajukan(MockHttpServletRequestBuilder b) throws Exception {
		MvcResult r = mvc.perform(b).andReturn();
		assertThat(r.getResponse().getRedirectedUrl()).as(r.getResponse().getContentAsString()).isEqualTo("/layanan/terkirim");
		return new LayananUji.Tiket((String) r.getFlashMap().get("nomorBaru"), (String) r.getFlashMap().get("kodeBaru"));
	}

	Document halaman(String url, String user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(accounts.as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void anAnonymousReportGoesToTheOrganizationsWalidataAndTheProducerAndIsAnsweredToTheReporter() throws Exception {
		// the dataset page links to the form on a page of its own
		Document dataset = Jsoup.parse(mvc.perform(get("/dataset/" + slugD)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(dataset.select("#tautan-laporkan").attr("href")).isEqualTo("/dataset/" + slugD + "/laporkan");
		Document form = Jsoup.parse(mvc.perform(get("/dataset/" + slugD + "/laporkan")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(form.select("#form-laporan-data select[name=masalah] option").eachAttr("value"))
			.contains("NILAI_SALAH", "BERKAS_RUSAK", "METADATA_TIDAK_JELAS", "LAINNYA");

		LayananUji.Tiket t = ajukan(laporan(slugD));
		String nomor = t.nomor();
		assertThat(nomor).startsWith("LDT-");
		long org = jdbc.queryForObject("SELECT organisasi_id FROM dataset WHERE slug = ?", Long.class, slugD);
		long unit = jdbc.queryForObject("SELECT produsen_unit_id FROM dataset WHERE slug = ?", Long.class, slugD);
		Map<String, Object> row = jdbc.queryForMap(
				"SELECT organisasi_id, unit_id, masalah, status, pengguna_id, tenggat FROM layanan_laporan_data WHERE nomor = ?",
				nomor);
		assertThat(((Number) row.get("organisasi_id")).longValue()).isEqualTo(org);
		assertThat(((Number) row.get("unit_id")).longValue()).isEqualTo(unit);
		assertThat(row.get("masalah")).isEqualTo("NILAI_SALAH");
		assertThat(row.get("status")).isEqualTo("DITERIMA");
		assertThat(row.get("pengguna_id")).isNull();
		assertThat(row.get("tenggat")).isNotNull();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'laporanData.diajukan' AND ringkasan LIKE ?",
				Integer.class, nomor + "%")).isEqualTo(1);

		// the organization's Walidata and the producer unit's Produsen Data see it; others do not
		assertThat(halaman("/kelola/laporan-data", Demo.WALIDATA).select("#tabel-laporan-data").text()).contains(nomor);
		assertThat(halaman("/kelola/laporan-data", Demo.PRODUSEN_DINKES).select("#tabel-laporan-data").text()).contains(nomor);
		assertThat(halaman("/kelola/laporan-data", Demo.WALIDATA_PANGKALPINANG).text()).doesNotContain(nomor);
		assertThat(halaman("/kelola/laporan-data", Demo.PRODUSEN).text()).doesNotContain(nomor);
		mvc.perform(get("/kelola/laporan-data/" + nomor).with(accounts.as(Demo.WALIDATA_PANGKALPINANG)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/kelola/laporan-data/" + nomor).with(accounts.as(Demo.PRODUSEN))).andExpect(status().isForbidden());
		mvc.perform(get("/kelola/laporan-data/" + nomor).with(accounts.as(Demo.PETUGAS))).andExpect(status().isForbidden());
		Document rincian = halaman("/kelola/laporan-data/" + nomor, Demo.PRODUSEN_DINKES);
		assertThat(rincian.select("#masalah-laporan").text()).isEqualTo("Nilai salah");
		assertThat(rincian.select("#dataset-laporan").text()).isEqualTo(judulD);

		// another organization's Walidata cannot answer it
		mvc.perform(post("/kelola/laporan-data/" + nomor + "/jawab").with(csrf()).with(accounts.as(Demo.WALIDATA_PANGKALPINANG))
			.param("jawaban", "Bukan urusan kami.")).andExpect(status().isForbidden());
		// an empty answer is refused, naming the field
		MvcResult kosong = mvc.perform(post("/kelola/laporan-data/" + nomor + "/jawab").with(csrf())
			.with(accounts.as(Demo.WALIDATA)).param("jawaban", " ")).andExpect(status().is3xxRedirection()).andReturn();
		assertThat((String) kosong.getFlashMap().get("galat")).isNotBlank();
		assertThat(jdbc.queryForObject("SELECT status FROM layanan_laporan_data WHERE nomor = ?", String.class, nomor))
			.isEqualTo("DITERIMA");
		// the Walidata answers and closes it
		mvc.perform(post("/kelola/laporan-data/" + nomor + "/jawab").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("jawaban", "Terima kasih, angka Bukit Intan telah diperbaiki menjadi 120 pada rilis versi 2."))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT status FROM layanan_laporan_data WHERE nomor = ?", String.class, nomor))
			.isEqualTo("SELESAI");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'laporanData.dijawab' AND ringkasan LIKE ?",
				Integer.class, nomor + "%")).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi WHERE surel = ? AND judul_key = ?", Integer.class,
				"rina+" + slugD + "@contoh.id", "layanan.notif.laporanDataDijawab")).isEqualTo(1);
		assertThat(halaman("/kelola/laporan-data", Demo.WALIDATA).select("#tabel-laporan-data").text()).doesNotContain(nomor);

		// the reporter reads the answer with the tracking code
		LayananUji.Sesi sesi = new LayananUji.Sesi();
		LayananUji.lacak(mvc, sesi, nomor, t.kode(), ipAcak());
		Document page = Jsoup.parse(sesi.perform(mvc, get("/layanan/lacak/" + nomor)).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("#status-tiket").text()).isEqualTo("Dijawab dan ditutup");
		assertThat(page.select("#hasil-tiket").text()).contains("diperbaiki menjadi 120");
		assertThat(page.text()).contains("Laporan masalah data").contains("Nilai salah");
	}

	@Test
	void aSignedInUsersReportIsLinkedToTheirAccount() throws Exception {
		LayananUji.Tiket t = ajukan(laporan(slugD, "masalah", "METADATA_TIDAK_JELAS", "surel", "").with(accounts.as(Demo.PENGGUNA)));
		Long pengguna = jdbc.queryForObject("SELECT pengguna_id FROM layanan_laporan_data WHERE nomor = ?", Long.class,
				t.nomor());
		assertThat(pengguna).isEqualTo(jdbc.queryForObject("SELECT id FROM pengguna WHERE username = ?", Long.class,
				Demo.PENGGUNA));
		assertThat(jdbc.queryForObject("SELECT masalah FROM layanan_laporan_data WHERE nomor = ?", String.class, t.nomor()))
			.isEqualTo("METADATA_TIDAK_JELAS");
	}

	@Test
	void invalidInputIsRefusedWithMessagesNamingTheFieldAndFilesNothing() throws Exception {
		long sebelum = jdbc.queryForObject("SELECT COUNT(*) FROM layanan_laporan_data", Long.class);
		Document d = Jsoup.parse(mvc.perform(laporan(slugD, "masalah", "", "uraian", "")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(d.select("#masalah-info").text()).isNotBlank();
		Document d2 = Jsoup.parse(mvc.perform(laporan(slugD, "uraian", "")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(d2.select("#uraian-info").text()).isNotBlank();
		Document d3 = Jsoup.parse(mvc.perform(laporan(slugD, "surel", "bukan-surel")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(d3.select("#surel-info .invalid-feedback").text()).isNotBlank();
		// a bot filling the honeypot is refused
		Document bot = Jsoup.parse(mvc.perform(laporan(slugD, "situs", "http://spam.example")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(bot.select(".alert-danger").text()).isNotBlank();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM layanan_laporan_data", Long.class)).isEqualTo(sebelum);
	}

	@Test
	void aRestrictedDatasetOffersNoReportForm() throws Exception {
		mvc.perform(get("/dataset/" + slugA + "/laporkan")).andExpect(status().isNotFound());
		mvc.perform(laporan(slugA)).andExpect(status().isNotFound());
		mvc.perform(get("/dataset/tidak-ada-" + slugA + "/laporkan")).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM layanan_laporan_data l JOIN dataset d ON d.id = l.dataset_id "
				+ "WHERE d.slug = ?", Long.class, slugA)).isZero();
	}

}
