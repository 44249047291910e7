package id.satudata.standar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * The metadata statistik forms end to end over HTTP: a dataset's MS-Keg filled block by block as a
 * draft, refused values, completeness, final, PDF and JSON, copy to the next year, the public
 * dataset page showing only public fields, and who may do what; and the API another module (here a
 * test owner kind behaving like a recommendation request) uses.
 */
@IntegrationTest
class MetadataStatistikIT {

	static final String DATASET_PENDUDUK = "jumlah-penduduk-kabupaten-kota-jenis-kelamin-babel";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MetadataStatistik metadata;

	@Autowired
	UserDetailsService users;

	long datasetId() {
		return jdbc.queryForObject("SELECT id FROM dataset WHERE slug = ?", Long.class, DATASET_PENDUDUK);
	}

	long create(String user, long datasetId, String judul, int tahun) throws Exception {
		MvcResult r = mvc.perform(post("/kelola/metadata/pemilik/DATASET/" + datasetId).with(csrf()).with(accounts.as(user))
			.param("formulir", "MS_KEGIATAN").param("tahun", String.valueOf(tahun)).param("judul", judul))
			.andExpect(status().is3xxRedirection()).andReturn();
		String url = r.getResponse().getRedirectedUrl();
		assertThat(url).matches("/kelola/metadata/\\d+");
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

	long version(long id) {
		return jdbc.queryForObject("SELECT version FROM metadata_statistik WHERE id = ?", Long.class, id);
	}

	MockHttpServletRequestBuilder block(long id, String blok, Map<String, String> params) {
		MockHttpServletRequestBuilder req = post("/kelola/metadata/" + id + "/blok/" + blok).with(csrf())
			.param("version", String.valueOf(version(id)));
		params.forEach(req::param);
		return req;
	}

	@Test
	void aDatasetsActivityMetadataIsFilledAsADraftFinalizedExportedAndShownToThePublic() throws Exception {
		String marker = "Survei Uji " + UUID.randomUUID().toString().substring(0, 6);
		long id = create(Demo.WALIDATA, datasetId(), marker, 2026);
		Document detail = Jsoup.parse(mvc.perform(get("/kelola/metadata/" + id).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(detail.select("#status-metadata").text()).isEqualTo("Draf");
		assertThat(detail.select("#daftar-kurang").text()).contains("Instansi penyelenggara").contains("Blok III");
		assertThat(detail.select("#tombol-final").hasAttr("disabled")).isTrue();

		// a wrong value is refused with its field named, and nothing is saved
		Map<String, Map<String, String>> isian = MsKegiatanIsian.lengkap(marker, 2026);
		Map<String, String> salah = new java.util.HashMap<>(isian.get("I"));
		salah.put("f.email", "bukan-alamat");
		long before = version(id);
		Document refused = Jsoup.parse(mvc.perform(block(id, "I", salah).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(refused.select("#f-email-galat").text()).isEqualTo("Alamat email tidak valid.");
		assertThat(refused.select("#f-instansi").attr("value")).isEqualTo("Dinas Pendidikan Kota Pangkal Pinang");
		assertThat(version(id)).isEqualTo(before);
		assertThat(metadataJson(id)).doesNotContain("Dinas Pendidikan Kota Pangkal Pinang");

		// every block saved as a draft; the producer of the dataset's unit may fill it too
		for (Map.Entry<String, Map<String, String>> b : isian.entrySet()) {
			String user = b.getKey().equals("VI") ? Demo.PRODUSEN : Demo.WALIDATA;
			mvc.perform(block(id, b.getKey(), b.getValue()).with(accounts.as(user))).andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE objek_tipe = 'MetadataStatistik' AND objek_id = ? AND aksi = 'metadata.diubah'",
				Integer.class, String.valueOf(id))).isEqualTo(9);
		detail = Jsoup.parse(mvc.perform(get("/kelola/metadata/" + id).with(accounts.as(Demo.WALIDATA)))
			.andReturn().getResponse().getContentAsString());
		assertThat(detail.select("#lengkap")).isNotEmpty();
		assertThat(detail.select("#ringkas-IV").text()).contains("19.71 Kota Pangkal Pinang").contains("Tahunan");
		mvc.perform(post("/kelola/metadata/" + id + "/final").with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT status FROM metadata_statistik WHERE id = ?", String.class, id)).isEqualTo("FINAL");

		// PDF and JSON
		byte[] pdf = mvc.perform(get("/kelola/metadata/" + id + "/pdf").with(accounts.as(Demo.PRODUSEN)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("METADATA STATISTIK KEGIATAN").contains(marker).contains("Blok VIII. Diseminasi hasil")
				.contains("Dinas Pendidikan Kota Pangkal Pinang").contains("Stratified random sampling");
		}
		String json = metadataJson(id);
		assertThat(json).contains("\"formulir\" : \"MS_KEGIATAN\"").contains("\"metodeSampel\" : \"STRATIFIED\"")
			.contains("\"jadwalPengumpulan\"").contains("\"pjNama\" : \"Siti Rahma\"");

		// the public dataset page and the public JSON show the public fields, never the person in charge's contact
		Document portal = Jsoup.parse(mvc.perform(get("/dataset/" + DATASET_PENDUDUK)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(portal.select("#metadata-statistik").text()).contains(marker).contains("Dinas Pendidikan Kota Pangkal Pinang")
			.doesNotContain("Siti Rahma").doesNotContain("siti.rahma@contoh.go.id");
		String publik = mvc.perform(get("/api/v1/metadata-statistik/" + id)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(publik).contains("Kepala Subbagian Program").doesNotContain("Siti Rahma").doesNotContain("0812 7000 1234");

		// editing a final form keeps it final while it stays complete, and makes it a draft when it does not
		Map<String, String> tanpaInstansi = new java.util.HashMap<>(isian.get("I"));
		tanpaInstansi.remove("f.instansi");
		mvc.perform(block(id, "I", tanpaInstansi).with(accounts.as(Demo.WALIDATA))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT status FROM metadata_statistik WHERE id = ?", String.class, id)).isEqualTo("DRAFT");
		mvc.perform(get("/api/v1/metadata-statistik/" + id)).andExpect(status().isNotFound());
		mvc.perform(block(id, "I", isian.get("I")).with(accounts.as(Demo.WALIDATA))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/kelola/metadata/" + id + "/final").with(csrf()).with(accounts.as(Demo.WALIDATA)));

		// copy for the next year: the year's fields are left empty
		MvcResult copy = mvc.perform(post("/kelola/metadata/" + id + "/salin").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("tahun", "2027")).andExpect(status().is3xxRedirection()).andReturn();
		String url = copy.getResponse().getRedirectedUrl();
		long copyId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		String copyJson = metadataJson(copyId);
		assertThat(copyJson).contains("\"tahun\" : 2027").contains("Dinas Pendidikan Kota Pangkal Pinang")
			.doesNotContain("jadwalPengumpulan").doesNotContain("rilisDigital");
		assertThat(jdbc.queryForObject("SELECT status FROM metadata_statistik WHERE id = ?", String.class, copyId)).isEqualTo("DRAFT");
	}

	String metadataJson(long id) throws Exception {
		return mvc.perform(get("/kelola/metadata/" + id + "/json").with(accounts.as(Demo.WALIDATA))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void onlyThoseTheOwnerAllowsMayReadOrChange() throws Exception {
		long id = create(Demo.WALIDATA, datasetId(), "Akses " + UUID.randomUUID(), 2026);
		// not logged in: to the login page
		mvc.perform(get("/kelola/metadata/" + id)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/kelola/metadata")).andExpect(status().is3xxRedirection());
		// a registered member of the public, and the Walidata of another organization, do not see it
		for (String user : new String[] { Demo.PENGGUNA, Demo.WALIDATA_PANGKALPINANG }) {
			mvc.perform(get("/kelola/metadata/" + id).with(accounts.as(user))).andExpect(status().isNotFound());
			mvc.perform(get("/kelola/metadata/" + id + "/pdf").with(accounts.as(user))).andExpect(status().isNotFound());
			mvc.perform(post("/kelola/metadata/" + id + "/final").with(csrf()).with(accounts.as(user)))
				.andExpect(status().isNotFound());
			mvc.perform(post("/kelola/metadata/pemilik/DATASET/" + datasetId()).with(csrf()).with(accounts.as(user))
				.param("formulir", "MS_KEGIATAN").param("tahun", "2026").param("judul", "x"))
				.andExpect(status().isNotFound());
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM metadata_statistik WHERE judul = 'x'", Integer.class)).isZero();
		// another OPD's producer in the same organization reads it but may not change it
		mvc.perform(get("/kelola/metadata/" + id).with(accounts.as(Demo.PRODUSEN_DINKES))).andExpect(status().isOk());
		mvc.perform(get("/kelola/metadata/" + id + "/blok/I").with(accounts.as(Demo.PRODUSEN_DINKES)))
			.andExpect(status().isForbidden());
		mvc.perform(block(id, "I", Map.of("f.instansi", "X")).with(accounts.as(Demo.PRODUSEN_DINKES)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/kelola/metadata/" + id + "/hapus").with(csrf()).with(accounts.as(Demo.PRODUSEN_DINKES)))
			.andExpect(status().isForbidden());
		// without the CSRF token nothing changes
		mvc.perform(post("/kelola/metadata/" + id + "/hapus").with(accounts.as(Demo.WALIDATA))).andExpect(status().isForbidden());
		// a draft's public JSON does not exist
		mvc.perform(get("/api/v1/metadata-statistik/" + id)).andExpect(status().isNotFound());
		// deleting a draft
		mvc.perform(post("/kelola/metadata/" + id + "/hapus").with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM metadata_statistik WHERE id = ?", Integer.class, id)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'metadata.dihapus' AND objek_id = ?",
				Integer.class, String.valueOf(id))).isOne();
	}

	@Test
	void anotherModuleEmbedsAnActivityFormThroughThePublicApi() throws Exception {
		PemilikRef owner = PemilikRef.of(UjiPemilikMetadata.JENIS, "r" + UUID.randomUUID().toString().substring(0, 8));
		MetadataView ms = RunAs.as(users, Demo.PRODUSEN_PANGKALPINANG,
				() -> metadata.buat(JenisMetadata.MS_KEGIATAN, owner, 2026, "Survei Pendidikan Dasar Kota Pangkal Pinang"));
		// the owner uses blocks I–VII: block VIII is neither shown nor required
		assertThat(ms.blok().stream().map(MetadataView.BlokView::kode)).containsExactly("KEPALA", "I", "II", "III", "IV", "V",
				"VI", "VII");
		assertThat(ms.isian("instansi")).isPresent();
		assertThat(ms.isian("produkTercetak")).isEmpty();
		String editor = metadata.tautanEditor(ms.id(), "/kelola/layanan/rekomendasi/42");
		assertThat(editor).isEqualTo("/kelola/metadata/" + ms.id() + "?kembali=%2Fkelola%2Flayanan%2Frekomendasi%2F42");
		assertThat(metadata.tautanEditor(ms.id(), "//evil.example/x")).isEqualTo("/kelola/metadata/" + ms.id());
		Document page = Jsoup.parse(mvc.perform(get(editor.substring(0, editor.indexOf('?'))).param("kembali", "/kelola/layanan/rekomendasi/42")
			.with(accounts.as(Demo.PRODUSEN_PANGKALPINANG))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#tautan-kembali").attr("href")).isEqualTo("/kelola/layanan/rekomendasi/42");
		assertThat(page.select("#ringkas-VIII")).isEmpty();

		Kelengkapan awal = RunAs.as(users, Demo.PRODUSEN_PANGKALPINANG, () -> metadata.kelengkapan(ms.id()));
		assertThat(awal.lengkap()).isFalse();
		assertThat(awal.perBlok().keySet()).contains("I", "III", "VII").doesNotContain("VIII");

		Map<String, Map<String, String>> isian = MsKegiatanIsian.lengkap("Survei Pendidikan Dasar Kota Pangkal Pinang", 2026);
		for (String b : new String[] { "KEPALA", "I", "II", "III", "IV", "V", "VI", "VII" }) {
			mvc.perform(block(ms.id(), b, isian.get(b)).with(accounts.as(Demo.PRODUSEN_PANGKALPINANG)))
				.andExpect(status().is3xxRedirection());
		}
		// block VIII of this owner does not exist
		mvc.perform(block(ms.id(), "VIII", isian.get("VIII")).with(accounts.as(Demo.PRODUSEN_PANGKALPINANG)))
			.andExpect(status().isNotFound());
		assertThat(RunAs.as(users, Demo.PEMBINA_PUSAT, () -> metadata.kelengkapan(ms.id())).lengkap()).isTrue();
		assertThat(RunAs.as(users, Demo.PEMBINA_PUSAT, () -> metadata.kelengkapan(ms.id(), Set.of("I", "II"))).lengkap()).isTrue();

		// the recommendation number: only whom the owner allows (here the Pembina), and it goes into the header
		assertThatThrownBy(() -> RunAs.as(users, Demo.PRODUSEN_PANGKALPINANG,
				() -> metadata.tetapkanRekomendasi(ms.id(), "B-1/2026"))).isInstanceOf(AccessDeniedException.class);
		MetadataView withNumber = RunAs.as(users, Demo.PEMBINA_PUSAT,
				() -> metadata.tetapkanRekomendasi(ms.id(), "B-042/BPS/19710/2026"));
		assertThat(withNumber.identitasRekomendasi()).isEqualTo("B-042/BPS/19710/2026");
		assertThat(withNumber.teks("identitasRekomendasi")).isEqualTo("B-042/BPS/19710/2026");
		MetadataView read = RunAs.as(users, Demo.PEMBINA_PUSAT, () -> metadata.baca(ms.id()).orElseThrow());
		assertThat(read.teks("metodeSampel")).isEqualTo("Stratified random sampling");
		assertThat(read.teks("wilayahKegiatan")).isEqualTo("19.71 Kota Pangkal Pinang");
		assertThat(read.isian("variabel").orElseThrow().nilai()).isInstanceOf(java.util.List.class);
		byte[] pdf = RunAs.as(users, Demo.PEMBINA_PUSAT, () -> metadata.pdf(ms.id()));
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("B-042/BPS/19710/2026").contains("Blok VII. Pengolahan dan analisis")
				.doesNotContain("Blok VIII");
		}
		assertThat(RunAs.as(users, Demo.PRODUSEN_PANGKALPINANG, () -> metadata.milik(owner))).hasSize(1);
		// a user the owner does not let read learns nothing
		assertThat(RunAs.as(users, Demo.WALIDATA, () -> metadata.baca(ms.id()))).isEmpty();
		// an owner that refuses changes (e.g. a request already submitted)
		PemilikRef locked = PemilikRef.of(UjiPemilikMetadata.JENIS, "kunci" + UUID.randomUUID().toString().substring(0, 6));
		assertThatThrownBy(() -> RunAs.as(users, Demo.PRODUSEN_PANGKALPINANG,
				() -> metadata.buat(JenisMetadata.MS_KEGIATAN, locked, 2026, "x"))).isInstanceOf(AccessDeniedException.class);
		// copying from another owner's form the user may read
		MetadataView copy = RunAs.as(users, Demo.PRODUSEN_PANGKALPINANG,
				() -> metadata.salin(ms.id(), PemilikRef.of(UjiPemilikMetadata.JENIS, "r2" + UUID.randomUUID().toString().substring(0, 6)), 2027));
		assertThat(copy.teks("instansi")).isEqualTo("Dinas Pendidikan Kota Pangkal Pinang");
		assertThat(copy.identitasRekomendasi()).isNull();
		assertThat(copy.tahun()).isEqualTo(2027);
	}

}
