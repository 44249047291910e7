package id.satudata.standar.geospasial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * Geospatial metadata exported as ISO 19139 validates against the ISO/TS 19139:2007 schemas (the
 * OGC-hosted XSDs of the {@code org.jvnet.ogc:ogc-schemas} artifact and the W3C XLink schema of
 * {@code org.hisrc.w3c:w3c-schemas}, read from the class path: the schemas' absolute
 * {@code schemas.opengis.net} and {@code www.w3.org} locations are mapped to them, nothing is fetched).
 */
class Iso19139Test {

	static Schema schema;

	@BeforeAll
	static void loadSchema() throws Exception {
		schema = iso19139Schema();
	}

	/** The ISO/TS 19139:2007 gmd schema, from the class path. */
	static Schema iso19139Schema() throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
		DOMImplementationLS ls = (DOMImplementationLS) javax.xml.parsers.DocumentBuilderFactory.newInstance()
			.newDocumentBuilder().getDOMImplementation().getFeature("LS", "3.0");
		factory.setResourceResolver(new LSResourceResolver() {
			@Override
			public LSInput resolveResource(String type, String ns, String publicId, String systemId, String baseUri) {
				String path = null;
				if (systemId != null && systemId.startsWith("http://schemas.opengis.net/")) {
					path = "ogc/" + systemId.substring("http://schemas.opengis.net/".length());
				}
				else if (systemId != null && systemId.startsWith("http://www.w3.org/")) {
					// the W3C XLink and xml: schemas (org.hisrc.w3c:w3c-schemas)
					path = "w3c/" + systemId.substring("http://www.w3.org/".length());
				}
				if (path == null) {
					return null;
				}
				URL url = Iso19139Test.class.getClassLoader().getResource(path);
				if (url == null) {
					throw new IllegalStateException("Schema not on the class path: " + path);
				}
				LSInput input = ls.createLSInput();
				input.setSystemId(url.toExternalForm());
				try {
					input.setByteStream(url.openStream());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				return input;
			}
		});
		URL gmd = Iso19139Test.class.getClassLoader().getResource("ogc/iso/19139/20070417/gmd/gmd.xsd");
		assertThat(gmd).as("ISO 19139 schema on the test class path").isNotNull();
		return factory.newSchema(new StreamSource(gmd.openStream(), gmd.toExternalForm()));
	}

	static Map<String, Object> lengkap() {
		Map<String, Object> isi = new LinkedHashMap<>();
		isi.put("judul", "Batas Administrasi Kecamatan Kota Pangkal Pinang & Sekitarnya <2025>");
		isi.put("tahun", "2025");
		isi.put("abstrak", "Batas administrasi kecamatan skala 1:25.000.");
		isi.put("tujuan", "Acuan batas wilayah untuk perencanaan.");
		isi.put("kategoriTopik", List.of("boundaries", "planningCadastre"));
		isi.put("kataKunci", "batas wilayah, kecamatan, Pangkal Pinang");
		isi.put("tanggalPembuatan", "2025-03-01");
		isi.put("tanggalPublikasi", "2025-04-15");
		isi.put("bahasa", "ind");
		isi.put("kotakBatas", Map.of("barat", "106.05", "timur", "106.20", "selatan", "-2.20", "utara", "-2.05"));
		isi.put("sistemReferensi", "EPSG_4326");
		isi.put("jenisResolusi", "SKALA");
		isi.put("nilaiResolusi", "25000");
		isi.put("silsilah", "Didigitasi dari peta RBI skala 1:25.000 dan diverifikasi di lapangan.");
		isi.put("organisasiPihak", "Dinas PUPRPKP Provinsi Kepulauan Bangka Belitung");
		isi.put("peranPihak", "custodian");
		isi.put("emailPihak", "pupr@contoh.go.id");
		isi.put("namaKontak", "Nama Narahubung");
		isi.put("formatDistribusi", List.of("GEOJSON", "SHAPEFILE", "LAINNYA"));
		isi.put("formatDistribusiLainnya", "FlatGeobuf");
		isi.put("batasanAkses", "license");
		isi.put("keteranganAkses", "CC-BY-4.0");
		return isi;
	}

	static byte[] xml(Map<String, Object> isi, boolean publik) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Iso19139.write(42, isi, Instant.parse("2026-03-02T03:04:05.678Z"), publik, out);
		return out.toByteArray();
	}

	static void valid(byte[] xml) throws SAXException, IOException {
		schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
	}

	@Test
	void aCompleteFormValidatesAgainstTheIso19139Schema() throws Exception {
		byte[] xml = xml(lengkap(), false);
		valid(xml);
		String text = new String(xml, StandardCharsets.UTF_8);
		assertThat(text).contains("<gmd:westBoundLongitude><gco:Decimal>106.05</gco:Decimal>")
			.contains("<gmd:northBoundLatitude><gco:Decimal>-2.05</gco:Decimal>")
			.contains("codeListValue=\"custodian\"").contains("<gmd:MD_TopicCategoryCode>planningCadastre</gmd:MD_TopicCategoryCode>")
			.contains("<gco:CharacterString>4326</gco:CharacterString>").contains("<gco:Integer>25000</gco:Integer>")
			.contains("FlatGeobuf").contains("&amp; Sekitarnya &lt;2025&gt;").contains("Nama Narahubung");
	}

	@Test
	void aResolutionInMetresAndTheMinimumAlsoValidateAndThePublicCopyHasNoContactPerson() throws Exception {
		Map<String, Object> isi = lengkap();
		isi.put("jenisResolusi", "JARAK");
		isi.put("nilaiResolusi", "30");
		byte[] publik = xml(isi, true);
		valid(publik);
		assertThat(new String(publik, StandardCharsets.UTF_8)).contains("<gco:Distance uom=\"m\">30</gco:Distance>")
			.doesNotContain("Nama Narahubung");
		Map<String, Object> minimal = new LinkedHashMap<>();
		minimal.put("judul", "Minimal");
		valid(xml(minimal, true));
	}

	@Test
	void theSchemaCatchesABrokenDocument() {
		String broken = new String(xml(lengkap(), false), StandardCharsets.UTF_8).replace("<gco:Decimal>106.05</gco:Decimal>",
				"<gco:Decimal>barat</gco:Decimal>");
		assertThatThrownBy(() -> valid(broken.getBytes(StandardCharsets.UTF_8))).isInstanceOf(SAXException.class);
	}

}
