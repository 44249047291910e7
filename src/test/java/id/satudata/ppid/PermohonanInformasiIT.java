package id.satudata.ppid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request for a TERBATAS dataset through the PPID, end to end over HTTP: the Walidata lists the
 * dataset's stub; a registered user files a request from it; the PPID registers it, asks the
 * Walidata's view, extends once and grants; the requester then reads the data by every path, and
 * nobody else does; expiry and revocation stop access at once. Without a grant nothing of the
 * dataset is reachable by any path: the page and its table, the portal search, every download format, the chart,
 * the attachment, CKAN package_show, resource_show, package_search (and its facets), datastore_search
 * and SQL ({@link #membaca}), nor through the outputs meant for the public alone: DCAT (catalog and
 * dataset, by extension and by negotiation), JSON-LD, the sitemap, the CKAN lists, tags and
 * autocomplete, the organization, home, release calendar and monitoring pages, the usage export
 * and the Daftar Informasi Publik ({@link #tidakBocor}). The dataset's data and restricted metadata
 * carry markers (the release id, a value, a column name, a tag only the dataset has) looked for in
 * every answer.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermohonanInformasiIT {

	static final String CSV = """
			nama_kecamatan,kategori,tahun,jumlah
			Bukit Intan,Laki-laki,2023,120
			Gerunggang,Perempuan,2023,90
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingCalendar calendar;

	CkanApi api;
	String slug;
	String word;
	String kunci;
	String release;
	String lampiran;

	@BeforeAll
	void terbatasDataset() throws Exception {
		api = new CkanApi(mvc, json);
		String run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		slug = "ppid-" + run + "-terbatas";
		word = "akik" + run;
		kunci = "kunci" + run;
		String walidata = CkanApi.token(Demo.WALIDATA);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", slug);
		d.put("title", "Kasus Terbatas " + word);
		d.put("notes", "Deskripsi stub " + word);
		d.put("owner_org", "dinkes-19");
		d.put("tags", List.of(Map.of("name", word), Map.of("name", kunci)));
		d.put("extras", List.of(Map.of("key", "akses", "value", "TERBATAS"), Map.of("key", "frekuensi", "value", "TAHUNAN")));
		api.createDataset(walidata, d);
		release = api.uploadRelease(walidata, slug, CSV, "2023", true);
		lampiran = api.attachPdf(walidata, slug, release, "kuesioner-" + run);
	}

	// ---- helpers ---------------------------------------------------------------------------------

	MockHttpServletResponse as(MockHttpServletRequestBuilder r, String user) throws Exception {
		if (user != null) {
			r.with(accounts.as(user));
		}
		return mvc.perform(r).andReturn().getResponse();
	}

	String html(String path, String user) throws Exception {
		MockHttpServletResponse r = as(get(path), user);
		assertThat(r.getStatus()).as(path).isEqualTo(200);
		return r.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The Walidata switches the stub listing through the dataset's edit form, all else as it was. */
	void stub(boolean tampil) throws Exception {
		Document form = Jsoup.parse(html("/kelola/dataset/" + slug + "/ubah", Demo.WALIDATA));
		MockHttpServletRequestBuilder post = post("/kelola/dataset/" + slug + "/ubah").with(csrf());
		for (Element e : form.select("form input[name], form select[name], form textarea[name]")) {
			String name = e.attr("name");
			if (name.equals("_csrf") || name.equals("stubDapatDimohon")) {
				continue;
			}
			if (e.is("input[type=checkbox]")) {
				if (e.hasAttr("checked")) {
					post.param(name, e.val());
				}
			}
			else if (e.is("select")) {
				Element sel = e.selectFirst("option[selected]");
				post.param(name, sel == null ? "" : sel.val());
			}
			else {
				post.param(name, e.is("textarea") ? e.text() : e.val());
			}
		}
		if (tampil) {
			post.param("stubDapatDimohon", "true");
		}
		assertThat(as(post, Demo.WALIDATA).getStatus()).isEqualTo(302);
	}

	/** Files a request from the stub as the user; answers its number. */
	String ajukan(String user) throws Exception {
		MockHttpServletResponse r = as(post("/ppid/permohonan/baru").with(csrf()).param("dataset", slug)
			.param("nama", "Warga Uji").param("jenisIdentitas", "KTP").param("nomorIdentitas", "1971010101010001")
			.param("alamat", "Jl. Merdeka 1, Pangkalpinang").param("telepon", "081234567890")
			.param("surel", "warga@example.org").param("rincian", "Data kasus per kecamatan 2023")
			.param("tujuan", "Penelitian skripsi").param("caraMemperoleh", "SALINAN_SOFTCOPY")
			.param("caraSalinan", "UNDUH_PORTAL").param("persetujuan", "true"), user);
		assertThat(r.getStatus()).isEqualTo(302);
		assertThat(r.getRedirectedUrl()).startsWith("/kelola/permohonan-saya/PPID-");
		return r.getRedirectedUrl().substring("/kelola/permohonan-saya/".length());
	}

	void langkah(String nomor, String user, String aksi, String catatan) throws Exception {
		MockHttpServletRequestBuilder r = post("/kelola/ppid/" + nomor + "/langkah").with(csrf()).param("aksi", aksi);
		if (catatan != null) {
			r.param("catatan", catatan);
		}
		assertThat(as(r, user).getStatus()).isEqualTo(302);
	}

	String status(String nomor) {
		return jdbc.queryForObject("SELECT status FROM ppid_permohonan WHERE nomor = ?", String.class, nomor);
	}

	/**
	 * Whether the user reads the dataset: page, portal search, downloads in every format, chart,
	 * attachment, package_show, resource_show, package_search and its facets, datastore, SQL (all or none).
	 */
	boolean membaca(String user) throws Exception {
		String token = user == null ? null : CkanApi.token(user);
		Map<String, Boolean> paths = new LinkedHashMap<>();
		paths.put("package_show", api.get("package_show", token, "id", slug).status() == 200);
		paths.put("resource_show", api.get("resource_show", token, "id", release).status() == 200);
		paths.put("datastore_search", api.get("datastore_search", token, "resource_id", release).status() == 200);
		paths.put("datastore_search_sql", api.get("datastore_search_sql", token, "sql",
				"SELECT count(*) AS n FROM \"" + release + "\"").status() == 200);
		paths.put("package_search", api.get("package_search", token, "q", word, "include_private", "true").ok().result()
			.path("count").asLong() == 1);
		// facets over the organization's datasets name the dataset's own tag only for those who read it
		paths.put("package_search facets", api.get("package_search", token, "fq", "organization:dinkes-19", "rows", "0",
				"facet.field", "[\"tags\"]", "facet.limit", "-1", "include_private", "true").ok().body().contains(kunci));
		for (String format : new String[] { "csv", "xlsx", "json", "parquet" }) {
			MockHttpServletResponse r = as(get("/dataset/" + slug + "/rilis/" + release + "/unduh." + format), user);
			boolean ok = r.getStatus() == 200 && r.getContentAsByteArray().length > 0;
			if (ok) {
				// a restricted file is never kept by a shared cache
				assertThat(r.getHeader("Cache-Control")).as(format).contains("no-store").doesNotContain("public");
			}
			paths.put("unduh." + format, ok);
		}
		MockHttpServletResponse csv = as(get("/dataset/" + slug + "/rilis/" + release + "/unduh.csv"), user);
		paths.put("unduh.csv isi", csv.getStatus() == 200 && csv.getContentAsString(StandardCharsets.UTF_8).contains("Bukit Intan"));
		MockHttpServletResponse grafik = as(get("/dataset/" + slug + "/grafik").param("rilis", release)
			.param("x", "nama_kecamatan").param("y", "jumlah"), user);
		paths.put("grafik", grafik.getStatus() == 200 && grafik.getContentAsString(StandardCharsets.UTF_8).contains("Bukit Intan"));
		paths.put("lampiran", as(get("/dataset/" + slug + "/lampiran/" + lampiran), user).getStatus() == 200);
		MockHttpServletResponse page = as(get("/dataset/" + slug), user);
		String body = page.getContentAsString(StandardCharsets.UTF_8);
		paths.put("halaman", page.getStatus() == 200 && body.contains(release) && body.contains("application/ld+json"));
		// the table the page swaps in (htmx), for the release asked for
		paths.put("tabel htmx", body(as(get("/dataset/" + slug).param("rilis", release).header("HX-Request", "true"), user))
			.contains("Bukit Intan"));
		paths.put("pencarian portal", html("/dataset?q=" + word, user).contains("/dataset/" + slug));
		assertThat(paths.values()).as(user + " reads by every path or by none: " + paths).containsOnly(paths.get("package_show"));
		if (!paths.get("package_show")) {
			// nothing of the data or the restricted metadata leaks on the stub page either
			assertThat(body).doesNotContain(release, "Bukit Intan", "nama_kecamatan", kunci, lampiran, "2023");
		}
		return paths.get("package_show");
	}

	/**
	 * Nothing of the dataset leaves through the outputs meant for the public alone, whoever asks
	 * ({@code null}: nobody signed in): no data, no restricted metadata; and where only TERBUKA
	 * datasets belong, not even its name. The stub's title and description are public once listed.
	 */
	void tidakBocor(String user) throws Exception {
		String token = user == null ? null : CkanApi.token(user);
		String[] data = { release, "Bukit Intan", "nama_kecamatan", kunci, lampiran };
		String[] nama = { slug, word };
		Map<String, String> answers = new LinkedHashMap<>();
		for (String ext : new String[] { "ttl", "jsonld", "rdf" }) {
			MockHttpServletResponse r = as(get("/dataset/" + slug + "." + ext), user);
			assertThat(r.getStatus()).as("/dataset/%s.%s for %s", slug, ext, user).isEqualTo(404);
			answers.put("/catalog." + ext, ok(as(get("/catalog." + ext), user), "/catalog." + ext));
		}
		for (String accept : new String[] { "text/turtle", "application/ld+json", "application/rdf+xml" }) {
			MockHttpServletResponse r = as(get("/dataset/" + slug).header("Accept", accept), user);
			assertThat(r.getStatus()).as("/dataset/%s as %s for %s", slug, accept, user).isIn(404, 406);
			answers.put("/dataset/{slug} " + accept, body(r));
		}
		answers.put("/sitemap.xml", ok(as(get("/sitemap.xml"), user), "/sitemap.xml"));
		answers.put("package_list", api.get("package_list", token).ok().body());
		answers.put("current_package_list_with_resources", api.get("current_package_list_with_resources", token, "limit", "1000")
			.ok().body());
		answers.put("package_autocomplete", api.get("package_autocomplete", token, "q", word).ok().body());
		answers.put("tag_list", api.get("tag_list", token).ok().body());
		answers.put("organization_show", api.get("organization_show", token, "id", "dinkes-19", "include_datasets", "true")
			.ok().body());
		answers.put("/ppid/daftar-informasi-publik", ok(as(get("/ppid/daftar-informasi-publik"), user), "DIP"));
		long organisasi = jdbc.queryForObject("SELECT organisasi_id FROM dataset WHERE slug = ?", Long.class, slug);
		int tahun = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
		answers.put("/monitoring/penggunaan.csv", ok(as(get("/monitoring/penggunaan.csv").param("tahun",
				String.valueOf(tahun)).param("organisasi", String.valueOf(organisasi)), user), "/monitoring/penggunaan.csv"));
		answers.forEach((path, text) -> assertThat(text).as("%s for %s", path, user).doesNotContain(data).doesNotContain(nama));
		// pages that may name a listed stub, never its data
		for (String path : new String[] { "/", "/organisasi", "/monitoring", "/jadwal-rilis", "/jadwal-rilis.ics", "/ppid",
				"/dataset/" + slug }) {
			MockHttpServletResponse r = as(get(path), user);
			assertThat(r.getStatus()).as("%s for %s", path, user).isIn(200, 404);
			assertThat(body(r)).as("%s for %s", path, user).doesNotContain(data);
		}
	}

	/** The body of an answer that must be a 200 (an error page proves nothing). */
	static String ok(MockHttpServletResponse r, String what) throws Exception {
		assertThat(r.getStatus()).as(what).isEqualTo(200);
		return body(r);
	}

	static String body(MockHttpServletResponse r) throws Exception {
		return r.getContentAsString(StandardCharsets.UTF_8);
	}

	// ---- the journey ----------------------------------------------------------------------------

	@Test
	void requestGrantExpiryAndRevocation() throws Exception {
		// unlisted: a plain 404 for the public, and no request can be filed for it
		stub(false);
		assertThat(as(get("/dataset/" + slug), null).getStatus()).isEqualTo(404);
		assertThat(as(post("/ppid/permohonan/baru").with(csrf()).param("dataset", slug), Demo.PENGGUNA).getStatus())
			.isEqualTo(200);
		assertThat(membaca(Demo.PENGGUNA)).isFalse();
		tidakBocor(null);
		tidakBocor(Demo.PENGGUNA);

		// listed: the stub shows title, producer and description, never data
		stub(true);
		String stubPage = html("/dataset/" + slug, null);
		assertThat(stubPage).contains("Kasus Terbatas " + word, "Deskripsi stub " + word, "/ppid/permohonan/baru?dataset=" + slug);
		assertThat(html("/ppid", null)).contains("/dataset/" + slug);
		for (String outsider : new String[] { null, Demo.PENGGUNA, Demo.WALIDATA_PANGKALPINANG }) {
			assertThat(membaca(outsider)).as(String.valueOf(outsider)).isFalse();
			tidakBocor(outsider);
		}

		// filing: every field checked, nothing stored on a refusal
		int before = jdbc.queryForObject("SELECT count(*) FROM ppid_permohonan", Integer.class);
		MockHttpServletResponse bad = as(post("/ppid/permohonan/baru").with(csrf()).param("dataset", slug)
			.param("nama", "Warga").param("jenisIdentitas", "KTP").param("nomorIdentitas", "123")
			.param("alamat", "Jl. A").param("telepon", "0812345678").param("surel", "warga@example.org")
			.param("rincian", "x").param("tujuan", "y").param("caraMemperoleh", "MELIHAT").param("caraSalinan", "SUREL")
			.param("persetujuan", "true"), Demo.PENGGUNA);
		assertThat(bad.getStatus()).isEqualTo(200);
		assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("NIK harus 16 angka");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM ppid_permohonan", Integer.class)).isEqualTo(before);
		assertThat(as(get("/ppid/permohonan/baru"), null).getStatus()).isEqualTo(302);

		String nomor = ajukan(Demo.PENGGUNA);
		assertThat(status(nomor)).isEqualTo("DIAJUKAN");
		Instant diajukan = jdbc.queryForObject("SELECT diajukan_pada FROM ppid_permohonan WHERE nomor = ?", Timestamp.class,
				nomor).toInstant();
		Instant tenggat = jdbc.queryForObject("SELECT tenggat FROM ppid_permohonan WHERE nomor = ?", Timestamp.class, nomor)
			.toInstant();
		assertThat(tenggat).isEqualTo(calendar.plusWorkingDays(diajukan, 10));
		String saya = html("/kelola/permohonan-saya", Demo.PENGGUNA);
		assertThat(saya).contains(nomor).containsPattern("sisa \\d+ hari kerja");

		// the register book is the PPID's; the requester's personal data is not for those asked a view
		assertThat(as(get("/kelola/ppid"), Demo.PENGGUNA).getStatus()).isEqualTo(403);
		assertThat(html("/kelola/ppid", Demo.PPID)).contains(nomor);
		assertThat(html("/kelola/ppid/" + nomor, Demo.PPID)).contains("1971010101010001");
		assertThat(as(get("/kelola/ppid/" + nomor), Demo.WALIDATA_PANGKALPINANG).getStatus()).isIn(403, 404);
		assertThat(as(post("/kelola/ppid/" + nomor + "/langkah").with(csrf()).param("aksi", "REGISTRASI"), Demo.PENGGUNA)
			.getStatus()).isEqualTo(403);
		assertThat(status(nomor)).isEqualTo("DIAJUKAN");
		langkah(nomor, Demo.PPID, "REGISTRASI", null);
		assertThat(status(nomor)).isEqualTo("DIPROSES");
		assertThat(jdbc.queryForObject("SELECT nomor_register FROM ppid_permohonan WHERE nomor = ?", String.class, nomor))
			.startsWith("REG-");
		langkah(nomor, Demo.PPID, "TERUSKAN", null);
		String walidataPage = html("/kelola/ppid/" + nomor, Demo.WALIDATA);
		assertThat(walidataPage).contains("Penelitian skripsi").doesNotContain("1971010101010001", "Jl. Merdeka 1");
		langkah(nomor, Demo.WALIDATA, "BERI_PENDAPAT", "Tidak ada data pribadi; dapat diberikan.");
		assertThat(status(nomor)).isEqualTo("DIPROSES");

		// extended once by 7 working days, with a reason; never twice
		langkah(nomor, Demo.PPID, "PERPANJANG", null);
		assertThat(jdbc.queryForObject("SELECT diperpanjang_pada FROM ppid_permohonan WHERE nomor = ?", Timestamp.class,
				nomor)).isNull();
		langkah(nomor, Demo.PPID, "PERPANJANG", "Menunggu konfirmasi produsen.");
		assertThat(jdbc.queryForObject("SELECT tenggat FROM ppid_permohonan WHERE nomor = ?", Timestamp.class, nomor)
			.toInstant()).isEqualTo(calendar.plusWorkingDays(tenggat, 7));
		langkah(nomor, Demo.PPID, "PERPANJANG", "Lagi.");
		assertThat(jdbc.queryForObject("SELECT tenggat FROM ppid_permohonan WHERE nomor = ?", Timestamp.class, nomor)
			.toInstant()).isEqualTo(calendar.plusWorkingDays(tenggat, 7));

		// granted: the requester reads by every path, nobody else
		assertThat(membaca(Demo.PENGGUNA)).isFalse();
		LocalDate sampai = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(14);
		assertThat(as(post("/kelola/ppid/" + nomor + "/kabulkan").with(csrf()).param("sampai", sampai.toString()),
				Demo.PENGGUNA).getStatus()).isEqualTo(403);
		assertThat(as(post("/kelola/ppid/" + nomor + "/kabulkan").with(csrf()).param("sampai", sampai.toString())
			.param("catatan", "Diberikan akses unduh."), Demo.PPID).getStatus()).isEqualTo(302);
		assertThat(status(nomor)).isEqualTo("DIKABULKAN");
		assertThat(membaca(Demo.PENGGUNA)).isTrue();
		assertThat(membaca(Demo.WALIDATA_PANGKALPINANG)).isFalse();
		assertThat(membaca(null)).isFalse();
		// what the requester read is not kept for anyone else, nor does it reach the public outputs
		tidakBocor(null);
		tidakBocor(Demo.WALIDATA_PANGKALPINANG);
		assertThat(html("/kelola/permohonan-saya/" + nomor, Demo.PENGGUNA)).contains("Berlaku", "/dataset/" + slug);

		// expiry stops access at once (time passes: the grant's end is now behind)
		jdbc.update("UPDATE ppid_hak_akses SET berakhir = ? WHERE permohonan_id = (SELECT id FROM ppid_permohonan WHERE nomor = ?)",
				Timestamp.from(Instant.now().minusSeconds(1)), nomor);
		assertThat(membaca(Demo.PENGGUNA)).isFalse();

		// a second request, granted, then revoked by the PPID: access stops at once
		String kedua = ajukan(Demo.PENGGUNA);
		langkah(kedua, Demo.PPID, "REGISTRASI", null);
		assertThat(as(post("/kelola/ppid/" + kedua + "/kabulkan").with(csrf()), Demo.PPID).getStatus()).isEqualTo(302);
		assertThat(membaca(Demo.PENGGUNA)).isTrue();
		Long hak = jdbc.queryForObject("SELECT h.id FROM ppid_hak_akses h JOIN ppid_permohonan p ON p.id = h.permohonan_id"
				+ " WHERE p.nomor = ?", Long.class, kedua);
		assertThat(as(post("/kelola/ppid/" + kedua + "/akses/" + hak + "/cabut").with(csrf()).param("alasan", "Uji"),
				Demo.PENGGUNA).getStatus()).isEqualTo(403);
		assertThat(membaca(Demo.PENGGUNA)).isTrue();
		assertThat(as(get("/dataset/" + slug + "/rilis/" + release + "/unduh.csv"), Demo.PENGGUNA).getStatus()).isEqualTo(200);
		assertThat(as(post("/kelola/ppid/" + kedua + "/akses/" + hak + "/cabut").with(csrf())
			.param("alasan", "Data dipakai di luar tujuan."), Demo.PPID).getStatus()).isEqualTo(302);
		// the very next request after the revocation: the same download, then the API
		assertThat(as(get("/dataset/" + slug + "/rilis/" + release + "/unduh.csv"), Demo.PENGGUNA).getStatus()).isEqualTo(404);
		assertThat(api.get("datastore_search", CkanApi.token(Demo.PENGGUNA), "resource_id", release).status()).isNotEqualTo(200);
		assertThat(membaca(Demo.PENGGUNA)).isFalse();
		tidakBocor(Demo.PENGGUNA);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE aksi IN ('ppid.aksesDiberikan', 'ppid.aksesDicabut')"
				+ " AND ringkasan LIKE ?", Integer.class, kedua + "%")).isEqualTo(2);
	}

}
