package id.satudata.sinkron.panen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.satudata.sinkron.internal.KlienAman;
import id.satudata.sinkron.internal.SinkronProperties;
import id.satudata.sinkron.internal.TujuanDitolak;
import tools.jackson.databind.json.JsonMapper;

/**
 * The source readers against real HTTP servers on the loopback: a table served only through a CKAN
 * datastore is read with {@code datastore_search} page by page into CSV within the limits; a DCAT
 * catalogue is read across its {@code hydra:nextPage} pages (a next page on another host fails the
 * read), its datasets mapped with their CSV distributions; a JSON-LD catalogue with a remote context is
 * refused. (The readers against another whole Satu Data instance: AntarLevelIT.)
 */
class PembacaSumberTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	HttpServer server;
	final List<String> permintaan = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/api/3/action/datastore_search", x -> {
			permintaan.add(x.getRequestURI().getQuery());
			Map<String, String> q = query(x.getRequestURI().getRawQuery());
			int offset = Integer.parseInt(q.get("offset"));
			int limit = Integer.parseInt(q.get("limit"));
			int total = 2345;
			StringBuilder records = new StringBuilder();
			for (int i = offset; i < Math.min(total, offset + limit); i++) {
				records.append(records.isEmpty() ? "" : ",").append("{\"_id\": ").append(i + 1)
					.append(", \"kecamatan\": \"Kec, ").append(i).append("\", \"jumlah\": ").append(i * 2)
					.append(", \"catatan\": null}");
			}
			answer(x, "application/json", "{\"success\": true, \"result\": {\"resource_id\": \"" + q.get("resource_id")
					+ "\", \"fields\": [{\"id\": \"_id\", \"type\": \"int\"}, {\"id\": \"kecamatan\", \"type\": \"text\"},"
					+ " {\"id\": \"jumlah\", \"type\": \"numeric\"}, {\"id\": \"catatan\", \"type\": \"text\"}],"
					+ " \"records\": [" + records + "], \"total\": " + total + "}}");
		});
		server.createContext("/catalog.ttl", x -> {
			permintaan.add(x.getRequestURI().toString());
			String page = x.getRequestURI().getQuery() == null ? "1" : query(x.getRequestURI().getRawQuery()).get("page");
			answer(x, "text/turtle", page.equals("1") ? halaman1() : page.equals("2") ? halaman2() : halamanLain());
		});
		server.createContext("/catalog.jsonld", x -> answer(x, "application/ld+json",
				"{\"@context\": \"https://example.org/context.jsonld\", \"@id\": \"x\"}"));
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	String dasar() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	static SinkronProperties properties(long maksTabel, long maksBaris) {
		return new SinkronProperties(Duration.ofSeconds(2), Duration.ofSeconds(10), 1_000_000, maksTabel, maksBaris, 5, 10,
				true);
	}

	SumberPanen sumber(JenisSumber jenis, String url) {
		SumberForm f = new SumberForm();
		f.setNama("Uji");
		f.setJenis(jenis);
		f.setUrlDasar(url);
		SumberPanen s = new SumberPanen(1L, Instant.now());
		s.ubah(f);
		return s;
	}

	@Test
	void readsADatastoreOnlyTableIntoCsvPageByPage() throws Exception {
		SinkronProperties p = properties(10_000_000, 200_000);
		PembacaCkan pembaca = new PembacaCkan(new KlienAman(p), JSON, p, sumber(JenisSumber.CKAN, dasar()));
		PaketAsal.SumberTabel t = new PaketAsal.SumberTabel("res-1", "Tabel", "", "", "2024-01-01", "", true);
		assertThat(PembacaCkan.lewatDatastore(t)).isTrue();
		Path file = Files.createTempFile("datastore-", ".csv");
		try {
			pembaca.datastore(t, file);
			List<String> lines = Files.readAllLines(file);
			assertThat(lines).hasSize(2346);
			assertThat(lines.get(0)).isEqualTo("kecamatan,jumlah,catatan");
			assertThat(lines.get(1)).isEqualTo("\"Kec, 0\",0,");
			assertThat(lines.get(2345)).isEqualTo("\"Kec, 2344\",4688,");
		}
		finally {
			Files.deleteIfExists(file);
		}
		assertThat(permintaan).containsExactly("resource_id=res-1&limit=1000&offset=0",
				"resource_id=res-1&limit=1000&offset=1000", "resource_id=res-1&limit=1000&offset=2000");
		// a resource with its own CSV download is downloaded; a dump URL or a non-CSV file goes through the datastore
		assertThat(PembacaCkan.lewatDatastore(new PaketAsal.SumberTabel("r", "", dasar() + "/x.csv", "CSV", "", "", true)))
			.isFalse();
		assertThat(PembacaCkan.lewatDatastore(new PaketAsal.SumberTabel("r", "", dasar() + "/datastore/dump/r", "CSV",
				"", "", true))).isTrue();
		assertThat(PembacaCkan.lewatDatastore(new PaketAsal.SumberTabel("r", "", dasar() + "/x.xlsx", "XLSX", "", "",
				true))).isTrue();
	}

	@Test
	void aDatastoreTableStopsAtItsLimits() throws Exception {
		Path file = Files.createTempFile("datastore-", ".csv");
		try {
			// rows: one more than the limit is read, so the import reports the limit
			SinkronProperties rows = properties(10_000_000, 1500);
			new PembacaCkan(new KlienAman(rows), JSON, rows, sumber(JenisSumber.CKAN, dasar()))
				.datastore(new PaketAsal.SumberTabel("res-1", "", "", "", "", "", true), file);
			assertThat(Files.readAllLines(file)).hasSize(1502);
			assertThat(permintaan).last().isEqualTo("resource_id=res-1&limit=501&offset=1000");
			// bytes
			SinkronProperties bytes = properties(5000, 200_000);
			assertThatThrownBy(() -> new PembacaCkan(new KlienAman(bytes), JSON, bytes, sumber(JenisSumber.CKAN, dasar()))
				.datastore(new PaketAsal.SumberTabel("res-1", "", "", "", "", "", true), file))
				.isInstanceOf(TujuanDitolak.class).extracting(e -> ((TujuanDitolak) e).getMessageKey())
				.isEqualTo("sinkron.galat.terlaluBesar");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void readsADcatCatalogueAcrossItsPages() {
		SinkronProperties p = properties(10_000_000, 200_000);
		PembacaDcat pembaca = new PembacaDcat(new KlienAman(p), JSON, p, sumber(JenisSumber.DCAT, dasar()));
		List<PembacaSumber.Ringkas> daftar = pembaca.daftar(List.of());
		assertThat(permintaan).containsExactly("/catalog.ttl", "/catalog.ttl?page=2");
		// "sekolah" is not public (dct:accessRights NON_PUBLIC): not listed, so withdrawn when harvested before
		assertThat(daftar).extracting(PembacaSumber.Ringkas::nama).containsExactly("penduduk");
		PaketAsal a = pembaca.paket("id-a");
		assertThat(a.judul()).isEqualTo("Penduduk");
		assertThat(a.deskripsi()).isEqualTo("Jumlah penduduk");
		assertThat(a.diubah()).isEqualTo("2024-05-01T10:00:00Z");
		assertThat(a.organisasi()).isEqualTo("disdukcapil-19-71");
		assertThat(a.organisasiJudul()).isEqualTo("Dinas Kependudukan dan Pencatatan Sipil");
		assertThat(a.kodeWilayah()).isEqualTo("19.71");
		assertThat(a.kataKunci()).containsExactlyInAnyOrder("penduduk", "kecamatan");
		assertThat(a.lisensi()).isEqualTo("cc-by-4.0");
		assertThat(a.extras()).containsEntry("frekuensi", "TAHUNAN");
		assertThat(a.kontakEmail()).isEqualTo("data@example.go.id");
		assertThat(a.tautan()).isEqualTo(dasar() + "/dataset/penduduk");
		assertThat(a.publik()).isTrue();
		assertThat(a.tabel()).singleElement().satisfies(t -> {
			assertThat(t.url()).isEqualTo(dasar() + "/unduh/penduduk-2023.csv");
			assertThat(t.periode()).isEqualTo("2023");
		});
		assertThatThrownBy(() -> pembaca.paket("id-b")).isInstanceOf(TujuanDitolak.class);
		// a filter keeps one publisher's datasets
		assertThat(new PembacaDcat(new KlienAman(p), JSON, p, sumber(JenisSumber.DCAT, dasar()))
			.daftar(List.of("dinkes-19-71"))).isEmpty();
		assertThat(new PembacaDcat(new KlienAman(p), JSON, p, sumber(JenisSumber.DCAT, dasar()))
			.daftar(List.of("DISDUKCAPIL-19-71"))).extracting(PembacaSumber.Ringkas::id).containsExactly("id-a");
	}

	@Test
	void aNextPageOnAnotherHostFailsTheRead() {
		SinkronProperties p = properties(10_000_000, 200_000);
		PembacaDcat pembaca = new PembacaDcat(new KlienAman(p), JSON, p,
				sumber(JenisSumber.DCAT, dasar() + "/catalog.ttl?page=3"));
		// the registered address names the document: read as it is (its query dropped on registration: page 1)
		assertThat(pembaca.awal().getPath()).isEqualTo("/catalog.ttl");
		server.removeContext("/catalog.ttl");
		server.createContext("/catalog.ttl", x -> answer(x, "text/turtle", halamanLain()));
		assertThatThrownBy(() -> pembaca.daftar(List.of())).isInstanceOf(TujuanDitolak.class)
			.extracting(e -> ((TujuanDitolak) e).getMessageKey()).isEqualTo("sinkron.galat.hostLain");
	}

	@Test
	void refusesJsonLdWithARemoteContext() {
		SinkronProperties p = properties(10_000_000, 200_000);
		PembacaDcat pembaca = new PembacaDcat(new KlienAman(p), JSON, p,
				sumber(JenisSumber.DCAT, dasar() + "/catalog.jsonld"));
		assertThatThrownBy(() -> pembaca.daftar(List.of())).isInstanceOf(TujuanDitolak.class)
			.extracting(e -> ((TujuanDitolak) e).getMessageKey()).isEqualTo("panen.galat.dcatKonteks");
	}

	private static final String PREFIXES = """
			@prefix dcat: <http://www.w3.org/ns/dcat#> .
			@prefix dct: <http://purl.org/dc/terms/> .
			@prefix foaf: <http://xmlns.com/foaf/0.1/> .
			@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
			@prefix hydra: <http://www.w3.org/ns/hydra/core#> .
			@prefix org: <http://www.w3.org/ns/org#> .
			@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
			""";

	String halaman1() {
		return PREFIXES + """
				<%1$s/> a dcat:Catalog ; dcat:dataset <%1$s/dataset/id-a> .
				<%1$s/dataset/id-a> a dcat:Dataset ;
				  dct:identifier "id-a" ; dct:title "Penduduk"@id, "Population"@en ; dct:description "Jumlah penduduk"@id ;
				  dct:modified "2024-05-01T10:00:00Z"^^xsd:dateTime ;
				  dcat:keyword "penduduk"@id, "kecamatan"@id ;
				  dcat:landingPage <%1$s/dataset/penduduk> ;
				  dct:license <https://creativecommons.org/licenses/by/4.0/> ;
				  dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/ANNUAL> ;
				  dcat:contactPoint [ a vcard:Organization ; vcard:fn "Disdukcapil" ; vcard:hasEmail <mailto:data@example.go.id> ] ;
				  dct:publisher <%1$s/organisasi/disdukcapil-19-71> ;
				  dcat:distribution <%1$s/d/1>, <%1$s/d/2> .
				<%1$s/organisasi/disdukcapil-19-71> a foaf:Organization ; foaf:name "Dinas Kependudukan dan Pencatatan Sipil"@id ;
				  org:subOrganizationOf [ a foaf:Organization ; foaf:name "Kota Pangkal Pinang" ;
				    dct:spatial [ dct:identifier "19.71" ] ] .
				<%1$s/d/1> a dcat:Distribution ; dct:title "Penduduk — 2023 (CSV)"@id ;
				  dcat:downloadURL <%1$s/unduh/penduduk-2023.csv> ;
				  dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> ; dct:issued "2024-05-01"^^xsd:date .
				<%1$s/d/2> a dcat:Distribution ; dct:title "Penduduk (XLSX)"@id ;
				  dcat:downloadURL <%1$s/unduh/penduduk-2023.xlsx> ;
				  dct:format <http://publications.europa.eu/resource/authority/file-type/XLSX> .
				<%1$s/catalog.ttl?page=1> a hydra:PagedCollection ; hydra:totalItems 2 ;
				  hydra:nextPage "%1$s/catalog.ttl?page=2" .
				""".formatted(dasar());
	}

	String halaman2() {
		return PREFIXES + """
				<%1$s/dataset/id-b> a dcat:Dataset ;
				  dct:identifier "id-b" ; dct:title "Sekolah" ; dcat:landingPage <%1$s/dataset/sekolah> ;
				  dct:accessRights <http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC> ;
				  dct:publisher <%1$s/organisasi/dinkes-19-71> .
				<%1$s/catalog.ttl?page=2> a hydra:PagedCollection ; hydra:previousPage "%1$s/catalog.ttl?page=1" .
				""".formatted(dasar());
	}

	static String halamanLain() {
		return PREFIXES + """
				<http://contoh.invalid/catalog.ttl?page=1> a hydra:PagedCollection ;
				  hydra:nextPage "http://contoh.invalid/catalog.ttl?page=2" .
				""";
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> q = new HashMap<>();
		for (String kv : raw.split("&")) {
			int eq = kv.indexOf('=');
			q.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
					URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return q;
	}

	private static void answer(HttpExchange x, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		x.getResponseHeaders().add("Content-Type", type);
		x.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = x.getResponseBody()) {
			out.write(bytes);
		}
	}

}
