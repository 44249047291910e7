package id.satudata.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * DCAT-AP 3 at ckanext-dcat's addresses: the whole catalogue (every page) and a dataset validate
 * against the official DCAT-AP 3.0.0 SHACL shapes with no violation; a TERBATAS dataset is never
 * described (catalogue, every extension, content negotiation, signed in or not); {@code modified_since}
 * filters; HTML stays the default of {@code /dataset/{name}}.
 */
@IntegrationTest
class DcatIT {

	static final String DCAT = "http://www.w3.org/ns/dcat#";
	static final String DCT = "http://purl.org/dc/terms/";
	static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

	static final String CSV = """
			nama_kecamatan,kategori,tahun,jumlah
			Bukit Intan,Laki-laki,2023,120
			Gerunggang,Perempuan,2023,95
			""";

	static final String WALIDATA = CkanApi.token(Demo.WALIDATA);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	CkanApi api;

	String suffix;

	@BeforeEach
	void setUp() {
		api = new CkanApi(mvc, json);
		suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
	}

	static Map<String, Object> dataset(String name, String title, String akses) {
		Map<String, Object> d = new HashMap<>();
		d.put("name", name);
		d.put("title", title);
		d.put("notes", "Uji DCAT-AP " + name + ".");
		d.put("owner_org", "dinkes-19");
		d.put("license_id", "CC-BY-4.0");
		d.put("maintainer", "Bidang Statistik");
		d.put("maintainer_email", "statistik@example.go.id");
		d.put("groups", List.of(Map.of("name", "kesehatan")));
		d.put("tags", List.of(Map.of("name", "penduduk"), Map.of("name", "kecamatan")));
		d.put("extras", List.of(Map.of("key", "akses", "value", akses), Map.of("key", "frekuensi", "value", "TAHUNAN"),
				Map.of("key", "tingkat_penyajian", "value", "KABUPATEN_KOTA"),
				Map.of("key", "cakupan_wilayah", "value", "19.71"), Map.of("key", "jenis_data", "value", "STATISTIK")));
		return d;
	}

	/** A published TERBUKA dataset with a release and an attachment: its uuid. */
	String publicDataset(String slug) throws Exception {
		String uuid = api.createDataset(WALIDATA, dataset(slug, "DCAT Publik " + slug, "TERBUKA")).path("id").asString();
		String release = api.uploadRelease(WALIDATA, slug, CSV, "2023", true);
		api.attachPdf(WALIDATA, slug, release, "Catatan metodologi");
		return uuid;
	}

	@Test
	void catalogueAndDatasetConformToDcatAp3() throws Exception {
		String slug = "dcat-publik-" + suffix;
		String uuid = publicDataset(slug);

		Model catalogue = wholeCatalogue("ttl", null);
		assertThat(catalogue.listSubjectsWithProperty(RDF.type, r(DCAT + "Dataset")).toList()).isNotEmpty();
		assertConforms(catalogue, "/catalog.ttl (all pages)");

		Model ds = parse(mvc.perform(get("/dataset/" + slug + ".ttl")).andReturn().getResponse(), "text/turtle",
				Lang.TURTLE);
		assertConforms(ds, "/dataset/" + slug + ".ttl");

		Resource d = ds.getResource("http://localhost/dataset/" + uuid);
		assertThat(d.hasProperty(RDF.type, r(DCAT + "Dataset"))).isTrue();
		assertThat(d.getProperty(p(DCT + "identifier")).getString()).isEqualTo(uuid);
		assertThat(d.getProperty(p(DCT + "title")).getString()).isEqualTo("DCAT Publik " + slug);
		assertThat(d.getProperty(p(DCT + "accrualPeriodicity")).getResource().getURI())
			.isEqualTo("http://publications.europa.eu/resource/authority/frequency/ANNUAL");
		assertThat(d.getProperty(p(DCT + "accessRights")).getResource().getURI())
			.isEqualTo("http://publications.europa.eu/resource/authority/access-right/PUBLIC");
		assertThat(d.getProperty(p(DCT + "license")).getResource().getURI())
			.isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		assertThat(d.getProperty(p(DCT + "spatial")).getResource().getURI())
			.isEqualTo("http://localhost/api/v1/kode-referensi/wilayah/19.71");
		assertThat(d.listProperties(p(DCAT + "keyword")).mapWith(s -> s.getString()).toList())
			.containsExactlyInAnyOrder("penduduk", "kecamatan");
		assertThat(d.getProperty(p(DCAT + "theme")).getResource().getURI()).endsWith("/topik-data/kesehatan");
		Resource temporal = d.getProperty(p(DCT + "temporal")).getResource();
		assertThat(temporal.getProperty(p(DCAT + "startDate")).getString()).isEqualTo("2023-01-01");
		assertThat(temporal.getProperty(p(DCAT + "endDate")).getString()).isEqualTo("2023-12-31");
		Resource publisher = d.getProperty(p(DCT + "publisher")).getResource();
		assertThat(publisher.getProperty(p("http://xmlns.com/foaf/0.1/name")).getString()).isNotBlank();
		assertThat(publisher.getProperty(p("http://www.w3.org/ns/org#subOrganizationOf"))).as("its government")
			.isNotNull();
		assertThat(d.getProperty(p(DCAT + "contactPoint")).getResource()
			.getProperty(p("http://www.w3.org/2006/vcard/ns#hasEmail")).getResource().getURI())
			.isEqualTo("mailto:statistik@example.go.id");
		List<String> downloads = new ArrayList<>();
		for (Statement s : d.listProperties(p(DCAT + "distribution")).toList()) {
			Statement dl = s.getResource().getProperty(p(DCAT + "downloadURL"));
			if (dl != null) {
				downloads.add(dl.getResource().getURI());
			}
		}
		assertThat(downloads).anyMatch(u -> u.matches(".*/dataset/" + slug + "/rilis/[0-9a-f-]{36}/unduh\\.csv"))
			.anyMatch(u -> u.endsWith("/unduh.xlsx")).anyMatch(u -> u.endsWith("/unduh.json"))
			.anyMatch(u -> u.matches(".*/dataset/" + slug + "/lampiran/[0-9a-f-]{36}"));

		// the same description in RDF/XML and JSON-LD
		for (String[] f : new String[][] { { "rdf", "application/rdf+xml" }, { "xml", "application/rdf+xml" },
				{ "jsonld", "application/ld+json" } }) {
			Model other = parse(mvc.perform(get("/dataset/" + slug + "." + f[0])).andReturn().getResponse(), f[1],
					f[1].equals("application/ld+json") ? Lang.JSONLD : Lang.RDFXML);
			assertThat(other.isIsomorphicWith(ds)).as(f[0]).isTrue();
		}
		Model jsonld = wholeCatalogue("jsonld", null);
		assertThat(jsonld.contains(r("http://localhost/dataset/" + uuid), RDF.type, r(DCAT + "Dataset"))).isTrue();
	}

	@Test
	void restrictedAndUnpublishedDatasetsAreNeverDescribed() throws Exception {
		String open = "dcat-buka-" + suffix;
		publicDataset(open);
		String restricted = "dcat-terbatas-" + suffix;
		String restrictedUuid = api.createDataset(WALIDATA, dataset(restricted, "Rahasia Terbatas " + suffix, "TERBATAS"))
			.path("id").asString();
		api.uploadRelease(WALIDATA, restricted, CSV, "2023", true);
		String draft = "dcat-draf-" + suffix;
		api.createDataset(WALIDATA, dataset(draft, "Draf Belum Terbit " + suffix, "TERBUKA"));
		api.uploadRelease(WALIDATA, draft, CSV, "2023", false);

		for (String ext : List.of("ttl", "rdf", "xml", "jsonld")) {
			String all = String.join("\n", cataloguePages(ext, null));
			assertThat(all).as(ext).contains(open).doesNotContain(restricted).doesNotContain(restrictedUuid)
				.doesNotContain("Rahasia Terbatas").doesNotContain(draft).doesNotContain("Draf Belum Terbit");
			for (String slug : List.of(restricted, restrictedUuid, draft)) {
				for (MockHttpServletRequestBuilder request : List.of(get("/dataset/" + slug + "." + ext),
						get("/dataset/" + slug + "." + ext).with(accounts.as(Demo.WALIDATA)))) {
					MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
					assertThat(r.getStatus()).as(slug + "." + ext).isEqualTo(404);
					assertThat(r.getContentAsString()).doesNotContain("Rahasia Terbatas");
				}
			}
		}
		for (String accept : List.of("text/turtle", "application/rdf+xml", "application/ld+json",
				"text/turtle, text/html;q=0.5, */*;q=0.1")) {
			for (MockHttpServletRequestBuilder request : List.of(get("/dataset/" + restricted).header("Accept", accept),
					get("/dataset/" + restricted).header("Accept", accept).with(accounts.as(Demo.WALIDATA)))) {
				MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
				assertThat(r.getContentAsString()).as(accept).doesNotContain("Rahasia Terbatas")
					.doesNotContain(restrictedUuid);
				assertThat(r.getStatus()).as(accept).isEqualTo(404);
			}
		}
	}

	@Test
	void modifiedSinceFiltersAndPagingIsDescribed() throws Exception {
		Instant before = Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
		String slug = "dcat-baru-" + suffix;
		String uuid = publicDataset(slug);

		Model since = wholeCatalogue("ttl", before.toString());
		List<Resource> datasets = since.listSubjectsWithProperty(RDF.type, r(DCAT + "Dataset")).toList();
		assertThat(datasets).extracting(Resource::getURI).contains("http://localhost/dataset/" + uuid);
		for (Resource d : datasets) {
			Instant modified = Instant.parse(d.getProperty(p(DCT + "modified")).getString());
			assertThat(modified).as(d.getURI()).isAfterOrEqualTo(before.minusSeconds(1));
		}

		String future = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		MockHttpServletResponse none = mvc.perform(get("/catalog.ttl").param("modified_since", future)).andReturn()
			.getResponse();
		Model empty = parse(none, "text/turtle", Lang.TURTLE);
		assertThat(empty.listSubjectsWithProperty(RDF.type, r(DCAT + "Dataset")).toList()).isEmpty();
		assertThat(empty.listObjectsOfProperty(p(HYDRA + "totalItems")).next().asLiteral().getLong()).isZero();
		assertConforms(empty, "an empty page");

		Model all = parse(mvc.perform(get("/catalog.ttl")).andReturn().getResponse(), "text/turtle", Lang.TURTLE);
		long total = all.listObjectsOfProperty(p(HYDRA + "totalItems")).next().asLiteral().getLong();
		assertThat(total).isGreaterThanOrEqualTo(datasets.size());
		assertThat(all.listObjectsOfProperty(p(HYDRA + "itemsPerPage")).next().asLiteral().getLong()).isEqualTo(100);
		assertThat(all.listObjectsOfProperty(p(HYDRA + "firstPage")).next().toString())
			.isEqualTo("http://localhost/catalog.ttl?page=1");

		assertThat(mvc.perform(get("/catalog.ttl").param("modified_since", "kemarin")).andReturn().getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(mvc.perform(get("/catalog.ttl").param("page", "0")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
		assertThat(mvc.perform(get("/catalog.ttl").param("page", "x")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
	}

	@Test
	void contentNegotiationKeepsHtmlTheDefault() throws Exception {
		String slug = "dcat-nego-" + suffix;
		String uuid = publicDataset(slug);
		String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
		for (String accept : List.of(browser, "*/*", "text/html")) {
			MockHttpServletResponse r = mvc.perform(get("/dataset/" + slug).header("Accept", accept)).andReturn()
				.getResponse();
			assertThat(r.getStatus()).as(accept).isEqualTo(200);
			assertThat(r.getContentType()).as(accept).startsWith("text/html");
		}
		// the HTML page is in the public page cache now; an RDF request for the same address still gets RDF
		for (String[] c : new String[][] { { "text/turtle", "text/turtle" }, { "application/rdf+xml",
				"application/rdf+xml" }, { "application/ld+json", "application/ld+json" },
				{ "text/turtle, */*;q=0.1", "text/turtle" }, { "application/ld+json, text/html;q=0.5",
						"application/ld+json" } }) {
			MockHttpServletResponse r = mvc.perform(get("/dataset/" + slug).header("Accept", c[0])).andReturn()
				.getResponse();
			assertThat(r.getStatus()).as(c[0]).isEqualTo(200);
			assertThat(r.getContentType()).as(c[0]).startsWith(c[1]);
			assertThat(r.getHeader("Vary")).as(c[0]).contains("Accept");
			Model m = parse(r, c[1], c[1].equals("text/turtle") ? Lang.TURTLE
					: c[1].equals("application/ld+json") ? Lang.JSONLD : Lang.RDFXML);
			assertThat(m.contains(r("http://localhost/dataset/" + uuid), RDF.type, r(DCAT + "Dataset"))).isTrue();
		}
		MockHttpServletResponse html = mvc.perform(get("/dataset/" + slug).header("Accept", browser)).andReturn()
			.getResponse();
		assertThat(html.getContentType()).startsWith("text/html");
	}

	/** Every page of the catalogue, following hydra:nextPage. */
	List<String> cataloguePages(String ext, String modifiedSince) throws Exception {
		List<String> pages = new ArrayList<>();
		String next = "/catalog." + ext + (modifiedSince == null ? "" : "?modified_since=" + modifiedSince);
		for (int i = 0; next != null && i < 50; i++) {
			MockHttpServletResponse r = mvc.perform(get(java.net.URI.create(next))).andReturn().getResponse();
			assertThat(r.getStatus()).as(next).isEqualTo(200);
			pages.add(r.getContentAsString());
			Model m = parse(r, ext.equals("ttl") ? "text/turtle"
					: ext.equals("jsonld") ? "application/ld+json" : "application/rdf+xml",
					ext.equals("ttl") ? Lang.TURTLE : ext.equals("jsonld") ? Lang.JSONLD : Lang.RDFXML);
			var nextPage = m.listObjectsOfProperty(p(HYDRA + "nextPage")).toList();
			next = nextPage.isEmpty() ? null : nextPage.get(0).toString().replace("http://localhost", "");
		}
		return pages;
	}

	Model wholeCatalogue(String ext, String modifiedSince) throws Exception {
		Model all = ModelFactory.createDefaultModel();
		Lang lang = ext.equals("ttl") ? Lang.TURTLE : ext.equals("jsonld") ? Lang.JSONLD : Lang.RDFXML;
		for (String page : cataloguePages(ext, modifiedSince)) {
			RDFParser.source(new ByteArrayInputStream(page.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.lang(lang).parse(all);
		}
		return all;
	}

	static Model parse(MockHttpServletResponse r, String contentType, Lang lang) throws Exception {
		assertThat(r.getStatus()).isEqualTo(200);
		assertThat(r.getContentType()).startsWith(contentType);
		Model m = ModelFactory.createDefaultModel();
		RDFParser.source(new ByteArrayInputStream(r.getContentAsByteArray())).lang(lang).parse(m);
		return m;
	}

	static void assertConforms(Model data, String what) {
		Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("dcat/dcat-ap-SHACL.ttl"));
		ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
		List<ReportEntry> violations = report.getEntries().stream()
			.filter(e -> e.severity().equals(Severity.Violation)).toList();
		assertThat(violations).as("SHACL violations of %s: %s", what, violations).isEmpty();
		assertThat(report.getEntries()).as("SHACL warnings of %s are allowed, listed: %s", what, report.getEntries())
			.allSatisfy(e -> assertThat(e.severity()).isNotEqualTo(Severity.Violation));
	}

	static Resource r(String uri) {
		return ResourceFactory.createResource(uri);
	}

	static org.apache.jena.rdf.model.Property p(String uri) {
		return ResourceFactory.createProperty(uri);
	}

}
