package id.satudata.sinkron.panen;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;

import id.satudata.sinkron.internal.KlienAman;
import id.satudata.sinkron.internal.SinkronProperties;
import id.satudata.sinkron.internal.TujuanDitolak;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a DCAT catalogue the way ckanext-dcat serves one: {@code {base}/catalog.ttl} (or the
 * registered address itself when it names an RDF document: {@code .ttl}, {@code .rdf}/{@code .xml},
 * {@code .jsonld}, {@code .nt}), following {@code hydra:nextPage} of a {@code hydra:PagedCollection}
 * until the last page (at most {@code maks-halaman} pages, each at most {@code maks-jawaban} bytes),
 * or a single document without paging. Every page goes through {@link KlienAman} to the source's
 * origin only, so a next page on another host fails the read. The whole catalogue is read before the
 * run goes on, so a dataset missing from it is missing from a complete read (and withdrawn); a page
 * that fails fails the run.
 * <p>
 * Each {@code dcat:Dataset} becomes a {@link PaketAsal}: {@code dct:identifier} (else its IRI) as the
 * source id, its name from the landing page's or the IRI's last path segment (else made from the
 * title), {@code dct:title}, {@code dct:description}, {@code dcat:keyword}, {@code dct:modified} (else
 * {@code dct:issued}) for change detection, the publisher as the organization (its IRI's last path
 * segment, as CKAN's organization name in ckanext-dcat's and Satu Data's output; its {@code foaf:name};
 * its region code from its or its parent government's {@code dct:spatial} {@code dct:identifier}), the
 * licence, the contact point, the frequency, {@code dcat:landingPage} as the link back, and its CSV
 * distributions ({@code dcat:downloadURL} with a CSV {@code dct:format}, {@code dcat:mediaType}
 * {@code text/csv} or a {@code .csv} path) as tables. A dataset whose {@code dct:accessRights} is not
 * public is not harvested (and withdrawn when it was).
 * <p>
 * JSON-LD with a remote {@code @context} is refused: the parser would fetch it itself, outside the
 * guarded client.
 */
class PembacaDcat implements PembacaSumber {

	static final String DCAT = "http://www.w3.org/ns/dcat#";
	static final String DCT = "http://purl.org/dc/terms/";
	static final String FOAF = "http://xmlns.com/foaf/0.1/";
	static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
	static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
	static final String ORG = "http://www.w3.org/ns/org#";

	private static final Pattern NAMA = Pattern.compile("[a-z0-9_-]{2,100}");
	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	/** Satu Data's distribution titles: "{title} — {period} ({format})". */
	private static final Pattern PERIODE_JUDUL = Pattern.compile(" — (\\d{4}[^()]*) \\([A-Z]+\\)$");

	private final KlienAman klien;
	private final JsonMapper json;
	private final SinkronProperties properties;
	private final String dasar;
	private final Set<String> asal;
	private final Map<String, PaketAsal> paket = new LinkedHashMap<>();

	PembacaDcat(KlienAman klien, JsonMapper json, SinkronProperties properties, SumberPanen sumber) {
		this.klien = klien;
		this.json = json;
		this.properties = properties;
		this.dasar = sumber.getUrlDasar();
		this.asal = sumber.asal();
	}

	/** The catalogue's first page: the registered address when it names an RDF document, else ckanext-dcat's. */
	URI awal() {
		String path = URI.create(dasar).getPath();
		return format(path) != null ? URI.create(dasar) : URI.create(dasar + "/catalog.ttl");
	}

	@Override
	public List<Ringkas> daftar(List<String> organisasi) {
		Set<String> filter = new HashSet<>();
		organisasi.forEach(o -> filter.add(o.strip().toLowerCase(Locale.ROOT)));
		Model m = ModelFactory.createDefaultModel();
		Set<String> dibaca = new HashSet<>();
		URI halaman = awal();
		for (int i = 0; halaman != null && i < properties.maksHalaman() && dibaca.add(halaman.toString()); i++) {
			Model page = baca(halaman);
			URI berikut = null;
			Property next = page.createProperty(HYDRA, "nextPage");
			for (Statement s : page.listStatements(null, next, (RDFNode) null).toList()) {
				String v = s.getObject().isResource() ? s.getResource().getURI()
						: s.getObject().asLiteral().getLexicalForm();
				if (v != null && !v.isBlank()) {
					berikut = halaman.resolve(v.strip());
				}
			}
			m.add(page);
			halaman = berikut;
		}
		List<Ringkas> out = new ArrayList<>();
		for (Resource ds : m.listSubjectsWithProperty(RDF.type, m.createResource(DCAT + "Dataset")).toList()) {
			PaketAsal p = paket(m, ds);
			// a dataset not public at the source is not listed: withdrawn here when it was harvested before
			if (p == null || !p.publik()
					|| (!filter.isEmpty() && !filter.contains(p.organisasi().toLowerCase(Locale.ROOT)))) {
				continue;
			}
			if (paket.putIfAbsent(p.id(), p) == null) {
				out.add(new Ringkas(p.id(), p.nama(), p.diubah()));
			}
		}
		return out;
	}

	@Override
	public PaketAsal paket(String id) {
		PaketAsal p = paket.get(id);
		if (p == null) {
			throw new TujuanDitolak("panen.galat.dcatTidakAda", id);
		}
		return p;
	}

	private Model baca(URI uri) {
		byte[] body = klien.ambil(uri, asal, properties.maksJawaban());
		Lang lang = format(uri.getPath());
		if (lang == null) {
			lang = tebak(body);
		}
		if (lang == Lang.JSONLD) {
			periksaKonteks(body, uri);
		}
		Model m = ModelFactory.createDefaultModel();
		try {
			RDFParser.create().source(new ByteArrayInputStream(body)).lang(lang).base(uri.toString()).parse(m);
		}
		catch (RiotException e) {
			throw new TujuanDitolak("panen.galat.dcatRusak", uri.getHost(), pendek(e.getMessage()));
		}
		return m;
	}

	/** The RDF syntax an address names by its extension; null when it names none. */
	static Lang format(String path) {
		String p = path == null ? "" : path.toLowerCase(Locale.ROOT);
		if (p.endsWith(".ttl")) {
			return Lang.TURTLE;
		}
		if (p.endsWith(".rdf") || p.endsWith(".xml")) {
			return Lang.RDFXML;
		}
		if (p.endsWith(".jsonld")) {
			return Lang.JSONLD;
		}
		if (p.endsWith(".nt")) {
			return Lang.NTRIPLES;
		}
		return null;
	}

	private static Lang tebak(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return b == '{' || b == '[' ? Lang.JSONLD : b == '<' && !new String(body, 0, Math.min(body.length, 200),
						java.nio.charset.StandardCharsets.UTF_8).contains("@prefix") ? Lang.RDFXML : Lang.TURTLE;
			}
		}
		return Lang.TURTLE;
	}

	/** Refuses JSON-LD naming a context by address (the parser would fetch it, unguarded). */
	private void periksaKonteks(byte[] body, URI uri) {
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (RuntimeException e) {
			throw new TujuanDitolak("sinkron.galat.bukanJson", uri.getHost());
		}
		if (konteksJauh(root, false)) {
			throw new TujuanDitolak("panen.galat.dcatKonteks", uri.getHost());
		}
	}

	private static boolean konteksJauh(JsonNode n, boolean dalamKonteks) {
		if (dalamKonteks && n.isString()) {
			return true;
		}
		if (n.isArray()) {
			for (JsonNode x : n) {
				if (konteksJauh(x, dalamKonteks)) {
					return true;
				}
			}
		}
		if (n.isObject()) {
			for (Map.Entry<String, JsonNode> e : n.properties()) {
				boolean konteks = e.getKey().equals("@context") || e.getKey().equals("@import");
				// inside a context object only "@context"/"@import" values and term definitions' contexts matter
				if ((konteks || !dalamKonteks) && konteksJauh(e.getValue(), konteks)) {
					return true;
				}
				if (dalamKonteks && e.getValue().isObject() && konteksJauh(e.getValue(), false)) {
					return true;
				}
			}
		}
		return false;
	}

	private PaketAsal paket(Model m, Resource ds) {
		String id = teks(ds, DCT, "identifier").orElse(ds.isURIResource() ? ds.getURI() : null);
		if (id == null || id.isBlank()) {
			return null;
		}
		String judul = teks(ds, DCT, "title").orElse(id);
		Optional<String> halaman = iri(ds, DCAT, "landingPage");
		String nama = halaman.map(PembacaDcat::segmenAkhir).filter(s -> NAMA.matcher(s).matches() && !UUID.matcher(s).matches())
			.or(() -> Optional.ofNullable(ds.getURI()).map(PembacaDcat::segmenAkhir)
				.filter(s -> NAMA.matcher(s).matches() && !UUID.matcher(s).matches()))
			.orElseGet(() -> slug(judul));
		String diubah = teks(ds, DCT, "modified").or(() -> teks(ds, DCT, "issued")).orElse("");
		Set<String> kataKunci = new LinkedHashSet<>();
		ds.listProperties(m.createProperty(DCAT, "keyword")).toList().forEach(s -> {
			if (s.getObject().isLiteral()) {
				kataKunci.add(s.getLiteral().getLexicalForm().strip());
			}
		});
		String organisasi = "";
		String organisasiJudul = "";
		String kode = null;
		Resource penerbit = sumber(ds, DCT, "publisher");
		if (penerbit != null) {
			organisasiJudul = teks(penerbit, FOAF, "name").orElse("");
			organisasi = penerbit.isURIResource() ? segmenAkhir(penerbit.getURI()) : organisasiJudul;
			kode = kodeWilayah(penerbit);
			Resource induk = sumber(penerbit, ORG, "subOrganizationOf");
			if (kode == null && induk != null) {
				kode = kodeWilayah(induk);
			}
		}
		Map<String, String> extras = new LinkedHashMap<>();
		iri(ds, DCT, "accrualPeriodicity").map(PembacaDcat::segmenAkhir).map(PembacaDcat::frekuensi)
			.ifPresent(f -> extras.put("frekuensi", f));
		String lisensi = iri(ds, DCT, "license").map(PembacaDcat::lisensi).orElse(null);
		String kontakNama = null;
		String kontakEmail = null;
		Resource kontak = sumber(ds, DCAT, "contactPoint");
		if (kontak != null) {
			kontakNama = teks(kontak, VCARD, "fn").orElse(null);
			kontakEmail = iri(kontak, VCARD, "hasEmail").or(() -> teks(kontak, VCARD, "hasEmail"))
				.map(e -> e.replaceFirst("(?i)^mailto:", "")).orElse(null);
		}
		boolean publik = iri(ds, DCT, "accessRights").map(a -> segmenAkhir(a).toUpperCase(Locale.ROOT))
			.map(a -> a.equals("PUBLIC")).orElse(true);
		List<PaketAsal.SumberTabel> tabel = new ArrayList<>();
		for (Statement s : ds.listProperties(m.createProperty(DCAT, "distribution")).toList()) {
			if (s.getObject().isResource()) {
				PaketAsal.SumberTabel t = tabel(s.getResource(), diubah);
				if (t != null) {
					tabel.add(t);
				}
			}
		}
		// newest first, as CKAN lists them: only the newest maks-tabel-per-dataset are imported
		tabel.sort((a, b) -> b.diubah().compareTo(a.diubah()));
		String tautan = halaman.orElse(ds.isURIResource() ? ds.getURI() : null);
		return new PaketAsal(id, nama, judul, teks(ds, DCT, "description").orElse(""), diubah, organisasi,
				organisasiJudul, kode, List.copyOf(kataKunci), List.of(), extras, lisensi, kontakNama, kontakEmail,
				tautan, publik, tabel);
	}

	private PaketAsal.SumberTabel tabel(Resource d, String diubahDataset) {
		Optional<String> url = iri(d, DCAT, "downloadURL");
		if (url.isEmpty()) {
			return null;
		}
		String format = iri(d, DCT, "format").or(() -> teks(d, DCT, "format")).map(PembacaDcat::segmenAkhir).orElse("");
		String media = iri(d, DCAT, "mediaType").or(() -> teks(d, DCAT, "mediaType")).orElse("");
		boolean csv = format.equalsIgnoreCase("CSV") || media.toLowerCase(Locale.ROOT).endsWith("text/csv")
				|| URI.create(url.get()).getPath() != null && URI.create(url.get()).getPath().toLowerCase(Locale.ROOT)
					.endsWith(".csv");
		if (!csv) {
			return null;
		}
		String nama = teks(d, DCT, "title").orElse("");
		String periode = "";
		Resource temporal = sumber(d, DCT, "temporal");
		if (temporal != null) {
			periode = teks(temporal, DCAT, "startDate").map(x -> x.length() >= 4 ? x.substring(0, 4) : x).orElse("");
		}
		Matcher pj = PERIODE_JUDUL.matcher(nama);
		if (periode.isEmpty() && pj.find()) {
			periode = pj.group(1).strip();
		}
		String diubah = teks(d, DCT, "modified").or(() -> teks(d, DCT, "issued")).orElse(diubahDataset);
		String id = teks(d, DCT, "identifier").orElse(url.get());
		return new PaketAsal.SumberTabel(id, nama.replaceFirst(" \\([A-Z]+\\)$", ""), url.get(), "CSV", diubah, periode,
				false);
	}

	private static String kodeWilayah(Resource agen) {
		Resource w = sumber(agen, DCT, "spatial");
		return w == null ? null : teks(w, DCT, "identifier").filter(k -> k.matches("[0-9.]{1,13}")).orElse(null);
	}

	/** A literal's text, the Indonesian one first when there are several languages. */
	private static Optional<String> teks(Resource r, String ns, String lokal) {
		String lain = null;
		for (Statement s : r.listProperties(r.getModel().createProperty(ns, lokal)).toList()) {
			if (s.getObject().isLiteral()) {
				Literal l = s.getLiteral();
				if (l.getLanguage().isEmpty() || l.getLanguage().toLowerCase(Locale.ROOT).startsWith("id")) {
					return Optional.of(l.getLexicalForm());
				}
				lain = lain == null ? l.getLexicalForm() : lain;
			}
		}
		return Optional.ofNullable(lain);
	}

	private static Optional<String> iri(Resource r, String ns, String lokal) {
		for (Statement s : r.listProperties(r.getModel().createProperty(ns, lokal)).toList()) {
			if (s.getObject().isURIResource()) {
				return Optional.of(s.getResource().getURI());
			}
		}
		return Optional.empty();
	}

	private static Resource sumber(Resource r, String ns, String lokal) {
		Statement s = r.getProperty(r.getModel().createProperty(ns, lokal));
		return s != null && s.getObject().isResource() ? s.getResource() : null;
	}

	static String segmenAkhir(String iri) {
		String s = iri.replaceFirst("[?#].*$", "");
		while (s.endsWith("/")) {
			s = s.substring(0, s.length() - 1);
		}
		return s.substring(s.lastIndexOf('/') + 1);
	}

	private static String slug(String judul) {
		String s = java.text.Normalizer.normalize(judul, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return s.isEmpty() ? "dataset" : s.length() > 100 ? s.substring(0, 100) : s;
	}

	/** The EU frequency vocabulary's code as this catalog's frequency; null when it has none. */
	static String frekuensi(String kode) {
		return switch (kode.toUpperCase(Locale.ROOT)) {
			case "DAILY" -> "HARIAN";
			case "WEEKLY" -> "MINGGUAN";
			case "MONTHLY" -> "BULANAN";
			case "QUARTERLY" -> "TRIWULANAN";
			case "ANNUAL_3" -> "EMPAT_BULANAN";
			case "ANNUAL_2" -> "SEMESTERAN";
			case "ANNUAL" -> "TAHUNAN";
			case "BIENNIAL" -> "DUA_TAHUNAN";
			case "IRREG", "IRREGULAR" -> "AD_HOC";
			default -> null;
		};
	}

	/** A licence document's address as a CKAN licence id {@link PanenService#lisensi} knows. */
	static String lisensi(String url) {
		String u = url.toLowerCase(Locale.ROOT);
		if (u.contains("creativecommons.org/licenses/by-sa/4.0")) {
			return "cc-by-sa-4.0";
		}
		if (u.contains("creativecommons.org/licenses/by/4.0")) {
			return "cc-by-4.0";
		}
		if (u.contains("creativecommons.org/publicdomain/zero/1.0")) {
			return "cc0-1.0";
		}
		if (u.contains("opendatacommons.org/licenses/by/")) {
			return "odc-by-1.0";
		}
		if (u.contains("opendatacommons.org/licenses/odbl/")) {
			return "odc-odbl-1.0";
		}
		return segmenAkhir(url);
	}

	private static String pendek(String s) {
		String t = s == null ? "" : s.strip();
		return t.length() > 200 ? t.substring(0, 199) + "…" : t;
	}

}
