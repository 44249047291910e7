package id.satudata.layanan.permintaan;

import static id.satudata.layanan.LayananUji.dari;
import static id.satudata.layanan.LayananUji.ipAcak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.perencanaan.RencanaUji;
import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Minta data": a request for data the catalog lacks, offered by an empty search and every dataset
 * page, filed anonymously (with an e-mail address) or signed in, checked field by field and limited
 * per address; a service request of its own type (the usual disposition and SLA), answered by its
 * handler with a public dataset the requester then sees, or turned by the Walidata into an entry of
 * next year's Daftar Data, linked both ways, whose approval and publication the requester follows.
 * Only the handling staff see the requester; another organization's staff and the public see nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermintaanDataIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrganisasiDirectory organisasi;

	static final String CSV = """
			nama_kecamatan,tahun,jumlah
			Bukit Intan,2023,12
			Gerunggang,2023,9
			""";

	String run;
	String slugD;
	String judulD;
	String slugA;
	long unitDinkes;
	String wilayahProvinsi;

	@BeforeAll
	void setUp() throws Exception {
		CkanApi api = new CkanApi(mvc, json);
		run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		slugD = "minta-" + run + "-terbuka";
		judulD = "Jumlah Puskesmas Minta " + run;
		slugA = "minta-" + run + "-terbatas";
		String walidata = CkanApi.token(Demo.WALIDATA);
		api.createDataset(walidata, dataset(slugD, judulD, "TERBUKA"));
		api.uploadRelease(walidata, slugD, CSV, "2023", true);
		api.createDataset(walidata, dataset(slugA, "Data Terbatas Minta " + run, "TERBATAS"));
		api.uploadRelease(walidata, slugA, CSV, "2023", true);
		unitDinkes = jdbc.queryForObject("SELECT produsen_unit_id FROM dataset WHERE slug = ?", Long.class, slugD);
		wilayahProvinsi = organisasi.organisasiDenganKodeWilayah("19").orElseThrow().kodeWilayah();
	}

	static Map<String, Object> dataset(String name, String title, String akses) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", name);
		d.put("title", title);
		d.put("notes", "Uji permintaan data: " + title);
		d.put("owner_org", "dinkes-19");
		d.put("extras", List.of(Map.of("key", "akses", "value", akses), Map.of("key", "frekuensi", "value", "TAHUNAN"),
				Map.of("key", "tingkat_penyajian", "value", "KABUPATEN_KOTA"),
				Map.of("key", "jenis_data", "value", "STATISTIK")));
		return d;
	}

	MockHttpServletRequestBuilder minta(String ip, String... ganti) {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("perihal", "Jumlah posyandu aktif per desa " + run);
		p.put("uraian", "Jumlah posyandu aktif per desa, dipisah menurut strata (pratama, madya, purnama, mandiri).");
		p.put("wilayah", wilayahProvinsi);
		p.put("wilayahLain", "");
		p.put("tahunAwal", "2021");
		p.put("tahunAkhir", "2024");
		p.put("tujuan", "Penelitian skripsi tentang cakupan layanan kesehatan ibu dan anak.");
		p.put("kataKunci", "posyandu");
		p.put("nama", "Dewi Peminta");
		p.put("surel", "dewi+" + run + "@contoh.id");
		p.put("situs", "");
		for (int i = 0; i + 1 < ganti.length; i += 2) {
			p.put(ganti[i], ganti[i + 1]);
		}
		MockHttpServletRequestBuilder b = post("/layanan/permintaan-data").with(csrf()).with(dari(ip));
		p.forEach(b::param);
		return b;
	}

	LayananUji.Tiket ajukan(MockHttpServletRequestBuilder b) throws Exception {
		MvcResult r = mvc.perform(b).andReturn();
		assertThat(r.getResponse().getRedirectedUrl()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo("/layanan/terkirim");
		return new LayananUji.Tiket((String) r.getFlashMap().get("nomorBaru"), (String) r.getFlashMap().get("kodeBaru"));
	}

	Document halaman(String url, String user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(accounts.as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	Document publik(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	Document lacak(LayananUji.Tiket t) throws Exception {
		LayananUji.Sesi sesi = new LayananUji.Sesi();
		LayananUji.lacak(mvc, sesi, t.nomor(), t.kode(), ipAcak());
		return Jsoup.parse(sesi.perform(mvc, get("/layanan/lacak/" + t.nomor())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	long versi(String nomor) {
		return jdbc.queryForObject("SELECT version FROM layanan_permintaan WHERE nomor = ?", Long.class, nomor);
	}

	String statusTiket(String nomor) {
		return jdbc.queryForObject("SELECT status FROM layanan_permintaan WHERE nomor = ?", String.class, nomor);
	}

	@Test
	void theEmptySearchAndEveryDatasetPageOfferTheFormPrefilledWithTheSearchWords() throws Exception {
		String kata = "zzqx" + run;
		Document cari = publik("/dataset?q=" + kata);
		assertThat(cari.select("#tautan-minta-data").attr("href")).isEqualTo("/layanan/permintaan-data?q=" + kata);
		Document dataset = publik("/dataset/" + slugD);
		assertThat(dataset.select("#tautan-minta-data").attr("href")).startsWith("/layanan/permintaan-data?q=");
		Document form = publik("/layanan/permintaan-data?q=" + kata);
		assertThat(form.select("#form-permintaan-data input[name=perihal]").val()).isEqualTo(kata);
		assertThat(form.select("#form-permintaan-data input[name=kataKunci]").val()).isEqualTo(kata);
		// the region picker holds the node's coverage only (the organizations it hosts: the national level of the
		// demo, the province and its kabupaten/kota), plus "another area"
		List<String> wilayah = form.select("#wilayah option").eachAttr("value");
		assertThat(wilayah).contains("", wilayahProvinsi, "19.71");
		assertThat(wilayah).containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
				organisasi.semuaOrganisasi().stream().filter(o -> o.aktif()).map(o -> o.kodeWilayah())).toList());
		assertThat(wilayah).doesNotContain("32", "34.04");
	}

	@Test
	void anAnonymousRequestBecomesAServiceRequestOfItsOwnTypeAtTheRegionsDesk() throws Exception {
		LayananUji.Tiket t = ajukan(minta(ipAcak()));
		Map<String, Object> p = jdbc.queryForMap("SELECT jenis, status, tingkat, kanal, pengguna_id, organisasi_id, "
				+ "tenggat_langkah FROM layanan_permintaan WHERE nomor = ?", t.nomor());
		assertThat(p.get("jenis")).isEqualTo("PERMINTAAN_DATA");
		assertThat(p.get("status")).isEqualTo("DI_KEPALA_DINAS");
		assertThat(p.get("kanal")).isEqualTo("PORTAL");
		assertThat(p.get("pengguna_id")).isNull();
		assertThat(p.get("tenggat_langkah")).isNotNull();
		assertThat(((Number) p.get("organisasi_id")).longValue())
			.isEqualTo(organisasi.organisasiDenganKodeWilayah("19").orElseThrow().id());
		Map<String, Object> d = jdbc.queryForMap("SELECT wilayah_kode, wilayah_nama, tahun_awal, tahun_akhir, tujuan, kata_kunci "
				+ "FROM layanan_permintaan_data WHERE nomor = ?", t.nomor());
		assertThat(d.get("wilayah_kode")).isEqualTo(wilayahProvinsi);
		assertThat((String) d.get("wilayah_nama")).contains("Bangka Belitung");
		assertThat(((Number) d.get("tahun_awal")).intValue()).isEqualTo(2021);
		assertThat(((Number) d.get("tahun_akhir")).intValue()).isEqualTo(2024);
		assertThat((String) d.get("tujuan")).startsWith("Penelitian skripsi");
		assertThat(d.get("kata_kunci")).isEqualTo("posyandu");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'layanan.diajukan' AND ringkasan LIKE ?",
				Integer.class, t.nomor() + "%")).isEqualTo(1);

		// the requester follows it with the tracking code: what, where, which years, why
		Document lacak = lacak(t);
		assertThat(lacak.select("#permintaan-data-tiket").text()).contains("2021–2024").contains("Penelitian skripsi");
		// the desk's Kepala Dinas has it in the inbox and sees the requester; a free-text area is kept as written
		assertThat(halaman("/kelola/layanan", Demo.KADIS).text()).contains(t.nomor());
		Document rincian = halaman("/kelola/permintaan-data/" + t.nomor(), Demo.KADIS);
		assertThat(rincian.select("#pemohon-surel").text()).isEqualTo("dewi+" + run + "@contoh.id");
		LayananUji.Tiket lain = ajukan(minta(ipAcak(), "wilayah", "", "wilayahLain", "Kabupaten Sleman", "tahunAkhir", "")
			.with(accounts.as(Demo.PENGGUNA)));
		Map<String, Object> d2 = jdbc.queryForMap("SELECT wilayah_kode, wilayah_nama, tahun_awal, tahun_akhir FROM "
				+ "layanan_permintaan_data WHERE nomor = ?", lain.nomor());
		assertThat(d2.get("wilayah_kode")).isNull();
		assertThat(d2.get("wilayah_nama")).isEqualTo("Kabupaten Sleman");
		assertThat(((Number) d2.get("tahun_akhir")).intValue()).isEqualTo(2021);
		assertThat(jdbc.queryForObject("SELECT pengguna_id FROM layanan_permintaan WHERE nomor = ?", Long.class, lain.nomor()))
			.isEqualTo(jdbc.queryForObject("SELECT id FROM pengguna WHERE username = ?", Long.class, Demo.PENGGUNA));
	}

	@Test
	void invalidInputIsRefusedNamingTheFieldAndFilesNothing() throws Exception {
		long sebelum = jdbc.queryForObject("SELECT COUNT(*) FROM layanan_permintaan", Long.class);
		long sebelumData = jdbc.queryForObject("SELECT COUNT(*) FROM layanan_permintaan_data", Long.class);
		String[][] kasus = { { "tujuan", "", "tujuan" }, { "wilayah", "99", "wilayah" },
				{ "wilayah", "", "wilayah" }, { "tahunAwal", "", "tahunAwal" }, { "tahunAwal", "1800", "tahunAwal" },
				{ "tahunAkhir", "2019", "tahunAkhir" }, { "tahunAwal", "dua ribu", "tahunAwal" }, { "surel", "", "surel" },
				{ "perihal", "", "perihal" } };
		for (String[] k : kasus) {
			Document d = Jsoup.parse(mvc.perform(minta(ipAcak(), k[0], k[1])).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8));
			assertThat(d.select("#" + k[2] + "-info .invalid-feedback, #" + k[2] + "-info.invalid-feedback").text())
				.as("%s=%s", k[0], k[1]).isNotBlank();
		}
		// a bot filling the honeypot is refused
		Document bot = Jsoup.parse(mvc.perform(minta(ipAcak(), "situs", "http://spam.example")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(bot.select(".alert-danger").text()).isNotBlank();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM layanan_permintaan", Long.class)).isEqualTo(sebelum);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM layanan_permintaan_data", Long.class)).isEqualTo(sebelumData);
		// the general request form does not take this type (it would miss the area, years and purpose)
		MvcResult umum = mvc.perform(LayananUji.permintaan("Umum" + run, "jenis", "PERMINTAAN_DATA").with(dari(ipAcak())))
			.andReturn();
		assertThat(umum.getResponse().getRedirectedUrl()).isNull();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM layanan_permintaan", Long.class)).isEqualTo(sebelum);
	}

	@Test
	void anonymousRequestsAreLimitedPerAddress() throws Exception {
		String ip = ipAcak();
		for (int i = 0; i < 10; i++) {
			ajukan(minta(ip, "perihal", "Data batas " + i + " " + run));
		}
		Document d = Jsoup.parse(mvc.perform(minta(ip, "perihal", "Data batas ke-11 " + run)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(d.select(".alert-danger").text()).isNotBlank();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM layanan_permintaan WHERE perihal = ?", Long.class,
				"Data batas ke-11 " + run)).isZero();
	}

	@Test
	void theHandlerAnswersWithAPublicDatasetWhichTheRequesterSees() throws Exception {
		LayananUji.Tiket t = ajukan(minta(ipAcak(), "perihal", "Jumlah puskesmas " + run));
		String n = t.nomor();
		// nobody answers before the work starts (the handler does, after the disposition)
		mvc.perform(post("/kelola/permintaan-data/" + n + "/jawab").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("dataset", slugD).param("hasil", "Sudah ada.").param("version", String.valueOf(versi(n))));
		assertThat(statusTiket(n)).isEqualTo("DI_KEPALA_DINAS");
		mvc.perform(post("/kelola/layanan/" + n + "/aksi").with(csrf()).with(accounts.as(Demo.KADIS)).param("aksi", "TANGANI")
			.param("version", String.valueOf(versi(n)))).andExpect(status().is3xxRedirection());
		assertThat(statusTiket(n)).isEqualTo("DIPROSES");
		// a restricted or unknown dataset is refused by name, and nothing changes
		for (String salah : new String[] { slugA, "tidak-ada-" + run, "" }) {
			MvcResult r = mvc.perform(post("/kelola/permintaan-data/" + n + "/jawab").with(csrf()).with(accounts.as(Demo.KADIS))
				.param("dataset", salah).param("hasil", "Lihat dataset ini.").param("version", String.valueOf(versi(n))))
				.andExpect(status().is3xxRedirection()).andReturn();
			assertThat(RencanaUji.flashGalat(r)).as(salah).isNotBlank();
		}
		assertThat(statusTiket(n)).isEqualTo("DIPROSES");
		assertThat(jdbc.queryForObject("SELECT dataset_id FROM layanan_permintaan_data WHERE nomor = ?", Long.class, n)).isNull();
		// the handler answers with the public dataset and resolves it
		MvcResult ok = mvc.perform(post("/kelola/permintaan-data/" + n + "/jawab").with(csrf()).with(accounts.as(Demo.KADIS))
			.param("dataset", slugD).param("hasil", "Data yang Anda minta sudah tersedia di katalog.")
			.param("version", String.valueOf(versi(n)))).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(RencanaUji.flashGalat(ok)).isNull();
		assertThat(statusTiket(n)).isEqualTo("SELESAI");
		assertThat(jdbc.queryForObject("SELECT dataset_slug FROM layanan_permintaan_data WHERE nomor = ?", String.class, n))
			.isEqualTo(slugD);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'permintaanData.dijawabDataset' "
				+ "AND ringkasan LIKE ?", Integer.class, n + "%")).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi WHERE surel = ? AND judul_key = ?", Integer.class,
				"dewi+" + run + "@contoh.id", "layanan.notif.selesai")).isGreaterThanOrEqualTo(1);
		Document lacak = lacak(t);
		assertThat(lacak.select("#dataset-jawaban").attr("href")).isEqualTo("/dataset/" + slugD);
		assertThat(lacak.select("#dataset-jawaban").text()).isEqualTo(judulD);
		assertThat(lacak.select("#hasil-tiket").text()).contains("sudah tersedia");
	}

	@Test
	void theWalidataTurnsItIntoNextYearsDaftarDataProposalLinkedBothWays() throws Exception {
		LayananUji.Tiket t = ajukan(minta(ipAcak(), "perihal", "Cakupan imunisasi dasar lengkap " + run));
		String n = t.nomor();
		int tahun = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() + 1;
		// only the organization's Walidata proposes: not the desk's staff, not another organization's Walidata
		for (String bukan : new String[] { Demo.KADIS, Demo.WALIDATA_PANGKALPINANG, Demo.PRODUSEN_DINKES }) {
			mvc.perform(post("/kelola/permintaan-data/" + n + "/usulkan").with(csrf()).with(accounts.as(bukan))
				.param("produsenUnitId", String.valueOf(unitDinkes)));
		}
		assertThat(jdbc.queryForObject("SELECT entri_id FROM layanan_permintaan_data WHERE nomor = ?", Long.class, n)).isNull();
		// a unit that is not a producer of the organization is refused by name
		long unitLain = organisasi.semuaOrganisasi().stream().filter(o -> !"19".equals(o.kodeWilayah()))
			.flatMap(o -> organisasi.unitBerjenis(o.id(), JenisUnit.PRODUSEN_DATA).stream()).findFirst().orElseThrow().id();
		MvcResult salah = mvc.perform(post("/kelola/permintaan-data/" + n + "/usulkan").with(csrf())
			.with(accounts.as(Demo.WALIDATA)).param("produsenUnitId", String.valueOf(unitLain))).andReturn();
		assertThat(RencanaUji.flashGalat(salah)).isNotBlank();
		assertThat(jdbc.queryForObject("SELECT entri_id FROM layanan_permintaan_data WHERE nomor = ?", Long.class, n)).isNull();

		Document rincian = halaman("/kelola/permintaan-data/" + n, Demo.WALIDATA);
		assertThat(rincian.select("#form-usulkan select[name=produsenUnitId] option").eachAttr("value"))
			.contains(String.valueOf(unitDinkes));
		MvcResult ok = mvc.perform(post("/kelola/permintaan-data/" + n + "/usulkan").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("produsenUnitId", String.valueOf(unitDinkes))).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(RencanaUji.flashGalat(ok)).isNull();
		long entri = jdbc.queryForObject("SELECT entri_id FROM layanan_permintaan_data WHERE nomor = ?", Long.class, n);
		Map<String, Object> e = jdbc.queryForMap("SELECT tahun, status, judul, produsen_unit_id, asal_label, asal_tautan "
				+ "FROM daftar_data_entri WHERE id = ?", entri);
		assertThat(((Number) e.get("tahun")).intValue()).isEqualTo(tahun);
		assertThat(e.get("status")).isEqualTo("DRAFT");
		assertThat(e.get("judul")).isEqualTo("Cakupan imunisasi dasar lengkap " + run);
		assertThat(((Number) e.get("produsen_unit_id")).longValue()).isEqualTo(unitDinkes);
		assertThat(e.get("asal_label")).isEqualTo(n);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'layanan.diusulkanDaftarData' "
				+ "AND ringkasan LIKE ?", Integer.class, n + "%")).isEqualTo(1);
		// a second proposal is refused
		MvcResult lagi = mvc.perform(post("/kelola/permintaan-data/" + n + "/usulkan").with(csrf())
			.with(accounts.as(Demo.WALIDATA)).param("produsenUnitId", String.valueOf(unitDinkes))).andReturn();
		assertThat(RencanaUji.flashGalat(lagi)).isNotBlank();

		// both ways: the entry names its origin request, the request shows the entry and its status
		Document halamanEntri = halaman("/kelola/daftar-data/entri/" + entri, Demo.WALIDATA);
		assertThat(halamanEntri.select("#asal-entri a").attr("href")).isEqualTo("/kelola/permintaan-data/" + n);
		assertThat(halamanEntri.select("#asal-entri").text()).contains(n);
		rincian = halaman("/kelola/permintaan-data/" + n, Demo.WALIDATA);
		assertThat(rincian.select("#usulan-permintaan-data a").attr("href")).isEqualTo("/kelola/daftar-data/entri/" + entri);
		assertThat(rincian.select("#form-usulkan")).isEmpty();
		// the producer following the entry to its origin sees the request but not the requester
		Document produsen = halaman("/kelola/permintaan-data/" + n, Demo.PRODUSEN_DINKES);
		assertThat(produsen.select("#perihal-permintaan-data").text()).contains("imunisasi");
		assertThat(produsen.select("#pemohon-surel")).isEmpty();
		assertThat(produsen.text()).doesNotContain("dewi+" + run);
		// the requester sees that it is proposed
		assertThat(lacak(t).select("#usulan-tiket").text()).contains("Daftar Data " + tahun).contains("diusulkan");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi WHERE surel = ? AND judul_key = ?", Integer.class,
				"dewi+" + run + "@contoh.id", "layanan.notif.permintaanDataDiusulkan")).isEqualTo(1);

		// the Forum approves it: the requester sees it planned, and once its dataset is published, the dataset
		RencanaUji rencana = new RencanaUji(mvc, accounts, organisasi);
		assertThat(RencanaUji.flashGalat(rencana.aksi(Demo.WALIDATA, entri, "AJUKAN", null))).isNull();
		long sesi = rencana.sesi("Forum uji permintaan " + run, LocalDate.of(tahun - 1, 11, 10), "000.5/" + entri + "/MINTA");
		assertThat(RencanaUji.flashGalat(rencana.keputusan(sesi, entri, "SETUJUI", "TETAP", null))).isNull();
		assertThat(RencanaUji.flashGalat(rencana.tetapkan(sesi))).isNull();
		assertThat(lacak(t).select("#status-usulan").text()).isEqualTo("direncanakan");
		String slugBaru = jdbc.queryForObject("SELECT d.slug FROM dataset d JOIN daftar_data_entri e ON e.dataset_id = d.id "
				+ "WHERE e.id = ?", String.class, entri);
		new CkanApi(mvc, json).uploadRelease(CkanApi.token(Demo.WALIDATA), slugBaru, CSV, "2023", true);
		Document terbit = lacak(t);
		assertThat(terbit.select("#status-usulan").text()).startsWith("direncanakan dan sudah terbit");
		assertThat(terbit.select("#dataset-terbit").attr("href")).isEqualTo("/dataset/" + slugBaru);
	}

	@Test
	void onlyTheOrganizationsHandlersSeeARequestAndTheRequesterData() throws Exception {
		LayananUji.Tiket t = ajukan(minta(ipAcak(), "perihal", "Data rahasia pemohon " + run));
		String n = t.nomor();
		// anonymous: sent to the login page, and the page shows nothing of it
		MvcResult anon = mvc.perform(get("/kelola/permintaan-data/" + n)).andReturn();
		assertThat(anon.getResponse().getStatus()).isIn(302, 401, 403);
		assertThat(anon.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("dewi+");
		// another organization's producer and Walidata, a registered member of the public: refused
		for (String bukan : new String[] { Demo.PRODUSEN_PANGKALPINANG, Demo.WALIDATA_PANGKALPINANG, Demo.PENGGUNA }) {
			mvc.perform(get("/kelola/permintaan-data/" + n).with(accounts.as(bukan))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/kelola/permintaan-data").with(accounts.as(Demo.PRODUSEN_PANGKALPINANG)))
			.andExpect(status().isForbidden());
		assertThat(halaman("/kelola/permintaan-data", Demo.WALIDATA_PANGKALPINANG).text()).doesNotContain(n);
		// the organization's Walidata and the desk list it and see the requester
		assertThat(halaman("/kelola/permintaan-data", Demo.WALIDATA).select("#tabel-permintaan-data").text()).contains(n);
		assertThat(halaman("/kelola/permintaan-data", Demo.PETUGAS).select("#tabel-permintaan-data").text()).contains(n);
		assertThat(halaman("/kelola/permintaan-data/" + n, Demo.WALIDATA).select("#pemohon-nama").text())
			.isEqualTo("Dewi Peminta");
		// the tracking page needs the code: the number alone opens nothing
		MvcResult tanpaKode = mvc.perform(get("/layanan/lacak/" + n)).andReturn();
		assertThat(tanpaKode.getResponse().getRedirectedUrl()).startsWith("/layanan/lacak");
	}

}
