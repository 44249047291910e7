package id.satudata.standar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * The SDS catalogue and proposals over HTTP: public search and JSON, reuse first, the naming rules
 * as the user types, a proposal climbing every level with a return for revision and the checks of
 * each step, who may act where, handling times, audit and notifications; import (all or nothing,
 * with row and column errors) and export.
 */
@IntegrationTest
class StandarDataIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KodeReferensiLookup kodeReferensi;

	@Autowired
	StandarDataLookup lookup;

	static String namaUnik(String awal) {
		Random r = new Random();
		StringBuilder b = new StringBuilder(awal).append(' ');
		b.append((char) ('A' + r.nextInt(26)));
		for (int i = 0; i < 7; i++) {
			b.append((char) ('a' + r.nextInt(26)));
		}
		return b.toString();
	}

	@Test
	void thePublicSearchesTheCatalogueWhateverTheCaseOrderOrAbbreviation() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/standar-data").param("q", "angka partisipasi kasar (APK)"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#daftar-standar a").first().text()).contains("Angka Partisipasi Kasar");
		String json = mvc.perform(get("/api/v1/standar-data").param("q", "APK")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"nama\":\"Angka Partisipasi Kasar\"");
		assertThat(mvc.perform(get("/api/v1/standar-data/VAR-00004")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("\"valueDomain\":\"KLS-00001\"");
		Document detail = Jsoup.parse(mvc.perform(get("/standar-data/KLS-00001")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(detail.select("#kategori-standar").text()).contains("Laki-laki").contains("Perempuan");
		// an approved classification is also a Kode Referensi list uploads are checked against
		assertThat(kodeReferensi.kodeBerlaku("sds-kls-00001")).containsExactlyInAnyOrder("1", "2");
		mvc.perform(get("/standar-data/TIDAK-ADA")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/standar-data").param("limit", "0")).andExpect(status().isBadRequest());
	}

	@Test
	void theNamingRulesAndSimilarStandardsShowAsTheUserTypes() throws Exception {
		Document f = Jsoup.parse(mvc.perform(get("/kelola/standar-data/periksa-nama").param("jenis", "VARIABEL")
			.param("nama", "angka partisipasi kasar 2024").header("HX-Request", "true").with(accounts.as(Demo.PRODUSEN_PANGKALPINANG)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(f.select("#temuan-kaidah").text()).contains("huruf kapital").contains("periode waktu");
		assertThat(f.select("#standar-mirip").text()).contains("VAR-00002");
		Document ok = Jsoup.parse(mvc.perform(get("/kelola/standar-data/periksa-nama").param("jenis", "VARIABEL")
			.param("nama", namaUnik("Guru Honorer")).with(accounts.as(Demo.PRODUSEN_PANGKALPINANG))).andReturn().getResponse()
			.getContentAsString());
		assertThat(ok.select("#kaidah-ok")).isNotEmpty();
		assertThat(ok.select("#tanpa-mirip")).isNotEmpty();
	}

	@Test
	void reuseFirstASimilarNameNeedsAReasonAndBadContentIsRefusedWithNothingSaved() throws Exception {
		long before = count();
		Document page = Jsoup.parse(mvc.perform(post("/kelola/standar-data/usulan/baru").with(csrf())
			.with(accounts.as(Demo.PRODUSEN_PANGKALPINANG)).param("jenis", "VARIABEL").param("nama", "Angka Partisipasi Kasr")
			.param("definisi", "x").param("tipeData", "DESIMAL").param("jenisValueDomain", "KLASIFIKASI").param("valueDomain", "KLS-99999"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#alasanBaru + .invalid-feedback, #alasanBaru ~ .invalid-feedback").text()).contains("VAR-00002");
		assertThat(page.select("#valueDomain ~ .invalid-feedback").text()).contains("KLS-99999");
		assertThat(count()).isEqualTo(before);
		// only a Produsen Data proposes; a registered member of the public does not even see the pages
		mvc.perform(get("/kelola/standar-data").with(accounts.as(Demo.PENGGUNA))).andExpect(status().isForbidden());
		mvc.perform(post("/kelola/standar-data/usulan/baru").with(csrf()).with(accounts.as(Demo.PENGGUNA))
			.param("nama", "X")).andExpect(status().isForbidden());
		mvc.perform(get("/kelola/standar-data")).andExpect(status().is3xxRedirection());
	}

	long count() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM usulan_sds", Long.class);
	}

	long create(String user, String nama) throws Exception {
		MvcResult r = mvc.perform(post("/kelola/standar-data/usulan/baru").with(csrf()).with(accounts.as(user))
			.param("jenis", "VARIABEL").param("nama", nama).param("definisi", "Definisi uji untuk " + nama)
			.param("konsepKode", "KON-00002").param("satuan", "persen").param("tipeData", "DESIMAL")
			.param("jenisValueDomain", "RENTANG").param("nilaiMin", "0").param("nilaiMax", "100"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String url = r.getResponse().getRedirectedUrl();
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

	MockHttpServletRequestBuilder aksi(long id, String user, String aksi) {
		return post("/kelola/standar-data/usulan/" + id + "/aksi").with(csrf()).with(accounts.as(user)).param("aksi", aksi);
	}

	MockHttpServletRequestBuilder checklistLengkap(MockHttpServletRequestBuilder b) {
		for (String c : new String[] { "NAMA_KAIDAH", "DEFINISI_JELAS", "TIDAK_DUPLIKAT", "REFERENSI", "UKURAN_SATUAN", "VALUE_DOMAIN" }) {
			b.param("checklist", c);
		}
		return b;
	}

	String statusUsulan(long id) {
		return jdbc.queryForObject("SELECT status FROM usulan_sds WHERE id = ?", String.class, id);
	}

	@Test
	void aKabupatenProposalClimbsEveryLevelWithOneReturnAndIsApproved() throws Exception {
		String nama = namaUnik("Partisipasi Kursus");
		long id = create(Demo.PRODUSEN_PANGKALPINANG, nama);
		assertThat(statusUsulan(id)).isEqualTo("DRAFT");
		mvc.perform(aksi(id, Demo.PRODUSEN_PANGKALPINANG, "AJUKAN")).andExpect(status().is3xxRedirection());
		assertThat(statusUsulan(id)).isEqualTo("DI_WALIDATA_KABUPATEN");
		// the next actor is told
		long walidataKota = jdbc.queryForObject("SELECT id FROM pengguna WHERE username = ?", Long.class, Demo.WALIDATA_PANGKALPINANG);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi WHERE pengguna_id = ? AND argumen LIKE ?", Integer.class,
				walidataKota, "%" + nama + "%")).isOne();
		Document inbox = Jsoup.parse(mvc.perform(get("/kelola/standar-data").with(accounts.as(Demo.WALIDATA_PANGKALPINANG)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(inbox.select("#tabel-menunggu").text()).contains(nama);
		Document mine = Jsoup.parse(mvc.perform(get("/kelola/standar-data").with(accounts.as(Demo.PRODUSEN_PANGKALPINANG)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(mine.select("#tabel-milik").text()).contains(nama);
		assertThat(mine.select("#tabel-menunggu").text()).doesNotContain(nama);
		// a higher level cannot act before its turn; the province's producers do not see the proposal
		mvc.perform(checklistLengkap(aksi(id, Demo.WALIDATA_PUSAT, "TERUSKAN")));
		assertThat(statusUsulan(id)).isEqualTo("DI_WALIDATA_KABUPATEN");
		mvc.perform(get("/kelola/standar-data/usulan/" + id).with(accounts.as(Demo.PRODUSEN))).andExpect(status().isNotFound());
		// forwarding needs the whole checklist
		mvc.perform(aksi(id, Demo.WALIDATA_PANGKALPINANG, "TERUSKAN").param("checklist", "NAMA_KAIDAH"));
		assertThat(statusUsulan(id)).isEqualTo("DI_WALIDATA_KABUPATEN");
		mvc.perform(checklistLengkap(aksi(id, Demo.WALIDATA_PANGKALPINANG, "TERUSKAN"))).andExpect(status().is3xxRedirection());
		assertThat(statusUsulan(id)).isEqualTo("DI_WALIDATA_PROVINSI");
		// a return needs a note
		mvc.perform(aksi(id, Demo.WALIDATA, "KEMBALIKAN"));
		assertThat(statusUsulan(id)).isEqualTo("DI_WALIDATA_PROVINSI");
		mvc.perform(aksi(id, Demo.WALIDATA, "KEMBALIKAN").param("catatan", "Lengkapi referensi definisi."));
		assertThat(statusUsulan(id)).isEqualTo("DIKEMBALIKAN");
		// the producer revises and submits again: it starts at the first level
		mvc.perform(post("/kelola/standar-data/usulan/" + id + "/ubah").with(csrf()).with(accounts.as(Demo.PRODUSEN_PANGKALPINANG))
			.param("nama", nama).param("definisi", "Definisi uji yang diperbaiki").param("referensi", "Peraturan BPS 4/2020")
			.param("konsepKode", "KON-00002").param("satuan", "persen").param("tipeData", "DESIMAL")
			.param("jenisValueDomain", "RENTANG").param("nilaiMin", "0").param("nilaiMax", "100"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(aksi(id, Demo.PRODUSEN_PANGKALPINANG, "AJUKAN"));
		assertThat(statusUsulan(id)).isEqualTo("DI_WALIDATA_KABUPATEN");
		mvc.perform(checklistLengkap(aksi(id, Demo.WALIDATA_PANGKALPINANG, "TERUSKAN")));
		mvc.perform(checklistLengkap(aksi(id, Demo.WALIDATA, "TERUSKAN")));
		assertThat(statusUsulan(id)).isEqualTo("DI_WALIDATA_PUSAT");
		mvc.perform(checklistLengkap(aksi(id, Demo.WALIDATA_PUSAT, "TERUSKAN")));
		assertThat(statusUsulan(id)).isEqualTo("DI_PEMBINA_PUSAT");
		// only the national Pembina approves (not the province's BPS)
		mvc.perform(checklistLengkap(aksi(id, Demo.PEMBINA, "SETUJUI")));
		assertThat(statusUsulan(id)).isEqualTo("DI_PEMBINA_PUSAT");
		mvc.perform(checklistLengkap(aksi(id, Demo.PEMBINA_PUSAT, "SETUJUI")));
		assertThat(statusUsulan(id)).isEqualTo("DISETUJUI");

		String kode = jdbc.queryForObject("SELECT standar_kode FROM usulan_sds WHERE id = ?", String.class, id);
		assertThat(kode).matches("VAR-\\d{5}");
		assertThat(lookup.berlaku(kode).orElseThrow().nama()).isEqualTo(nama);
		assertThat(lookup.berlaku(kode).orElseThrow().pemilik()).isEqualTo("Badan Pusat Statistik");
		// the history: every step with its working time, one return, audited
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM usulan_sds_langkah WHERE usulan_id = ?", Integer.class, id)).isEqualTo(8);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM usulan_sds_langkah WHERE usulan_id = ? AND aksi = 'KEMBALIKAN' AND catatan IS NOT NULL",
				Integer.class, id)).isOne();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE objek_tipe = 'UsulanSds' AND objek_id = ? AND aksi LIKE 'sds.%'",
				Integer.class, String.valueOf(id))).isGreaterThanOrEqualTo(10);
		Document page = Jsoup.parse(mvc.perform(get("/kelola/standar-data/usulan/" + id).with(accounts.as(Demo.PRODUSEN_PANGKALPINANG)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#status-usulan").text()).isEqualTo("Disetujui");
		assertThat(page.select("#riwayat-usulan > li")).hasSize(8);
		assertThat(page.select("#total-waktu").text()).contains("dari target 150 menit kerja");
		assertThat(page.select("#riwayat-usulan").text()).contains("Lengkapi referensi definisi.");
		long produsen = jdbc.queryForObject("SELECT id FROM pengguna WHERE username = ?", Long.class, Demo.PRODUSEN_PANGKALPINANG);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi WHERE pengguna_id = ? AND argumen LIKE ?", Integer.class,
				produsen, "%" + kode + "%")).isOne();
		Document publik = Jsoup.parse(mvc.perform(get("/standar-data/" + kode)).andReturn().getResponse().getContentAsString());
		assertThat(publik.select("#nama-standar").text()).isEqualTo(nama);
	}

	@Test
	void aProvinceProducersProposalStartsAtTheWalidataProvinsiAndThePembinaMayReject() throws Exception {
		long id = create(Demo.PRODUSEN, namaUnik("Akta Kelahiran Terbit"));
		mvc.perform(aksi(id, Demo.PRODUSEN, "AJUKAN"));
		assertThat(statusUsulan(id)).isEqualTo("DI_WALIDATA_PROVINSI");
		assertThat(jdbc.queryForObject("SELECT tingkat_aktif FROM usulan_sds WHERE id = ?", String.class, id))
			.isEqualTo("WALIDATA_PROVINSI,WALIDATA_PUSAT");
		mvc.perform(checklistLengkap(aksi(id, Demo.WALIDATA, "TERUSKAN")));
		mvc.perform(checklistLengkap(aksi(id, Demo.WALIDATA_PUSAT, "TERUSKAN")));
		mvc.perform(aksi(id, Demo.PEMBINA_PUSAT, "TOLAK"));
		assertThat(statusUsulan(id)).isEqualTo("DI_PEMBINA_PUSAT");
		mvc.perform(aksi(id, Demo.PEMBINA_PUSAT, "TOLAK").param("catatan", "Sudah tercakup standar lain."));
		assertThat(statusUsulan(id)).isEqualTo("DITOLAK");
		// final: nothing more can be done
		mvc.perform(aksi(id, Demo.PRODUSEN, "AJUKAN"));
		assertThat(statusUsulan(id)).isEqualTo("DITOLAK");
	}

	@Test
	void anImportIsAllOrNothingWithRowAndColumnErrorsAndTheExportRoundTrips() throws Exception {
		String bad = "jenis,kode,nama,definisi,konsep,tipe_data,jenis_value_domain,value_domain,kategori\n"
				+ "KONSEP,KON-UJI-1,Konsep Uji,Definisi,,,,,\n"
				+ "RAHASIA,X-1,Apa,Definisi,,,,,\n"
				+ "VARIABEL,VAR-UJI-1,Variabel Uji,,KON-TIDAK-ADA,DESIMAL,RENTANG,,\n"
				+ "KLASIFIKASI,KLS-UJI-1,Klasifikasi Uji,Definisi,,,,,1=Satu\n";
		Document report = Jsoup.parse(mvc.perform(multipart("/kelola/standar-data/impor")
			.file(new MockMultipartFile("berkas", "sds.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(accounts.as(Demo.PEMBINA_PUSAT))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		String text = report.select("#galat-impor").text();
		assertThat(text).contains("3 jenis").contains("4 definisi").contains("4 konsep").contains("4 nilai_min").contains("5 kategori");
		assertThat(lookup.berlaku("KON-UJI-1")).isEmpty();

		String suffix = String.valueOf(System.nanoTime() % 100000);
		String good = "{\"format\":\"satudata-sds\",\"standar\":["
				+ "{\"jenis\":\"KLASIFIKASI\",\"kode\":\"KLS-U" + suffix + "\",\"nama\":\"Status Perkawinan Uji\",\"definisi\":\"Status perkawinan\","
				+ "\"kategori\":[{\"kode\":\"1\",\"label\":\"Belum kawin\"},{\"kode\":\"2\",\"label\":\"Kawin\"}]},"
				+ "{\"jenis\":\"VARIABEL\",\"kode\":\"VAR-U" + suffix + "\",\"nama\":\"Status Perkawinan Uji\",\"definisi\":\"Status perkawinan penduduk\","
				+ "\"konsep\":\"KON-00001\",\"tipeData\":\"KODE\",\"jenisValueDomain\":\"KLASIFIKASI\",\"valueDomain\":\"KLS-U" + suffix + "\"}]}";
		mvc.perform(multipart("/kelola/standar-data/impor")
			.file(new MockMultipartFile("berkas", "sds.json", "application/json", good.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(accounts.as(Demo.PEMBINA_PUSAT))).andExpect(status().is3xxRedirection());
		assertThat(lookup.berlaku("VAR-U" + suffix).orElseThrow().valueDomain()).isEqualTo("KLS-U" + suffix);
		assertThat(kodeReferensi.kodeBerlaku("sds-kls-u" + suffix)).containsExactlyInAnyOrder("1", "2");
		// the same file again changes nothing; a changed definition makes version 2
		mvc.perform(multipart("/kelola/standar-data/impor")
			.file(new MockMultipartFile("berkas", "sds.json", "application/json",
					good.replace("Status perkawinan penduduk", "Status perkawinan penduduk berumur 10 tahun ke atas").getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(accounts.as(Demo.PEMBINA_PUSAT))).andExpect(status().is3xxRedirection());
		assertThat(lookup.berlaku("VAR-U" + suffix).orElseThrow().versi()).isEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT status FROM standar_data WHERE kode = ? AND versi = 1", String.class, "VAR-U" + suffix))
			.isEqualTo("DIGANTIKAN");

		String json = mvc.perform(get("/standar-data/ekspor.json")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"format\" : \"satudata-sds\"").contains("\"kode\" : \"VAR-U" + suffix + "\"");
		String csv = mvc.perform(get("/standar-data/ekspor.csv")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("jenis,kode,nama,definisi").contains("KLS-00001,Jenis Kelamin").contains("1=Laki-laki|2=Perempuan");
		// only the Pembina Data and administrators import
		mvc.perform(multipart("/kelola/standar-data/impor")
			.file(new MockMultipartFile("berkas", "sds.json", "application/json", good.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(accounts.as(Demo.WALIDATA))).andExpect(status().isForbidden());
	}

}
