package id.satudata.portal.dcat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import id.satudata.datastore.ExportFormat;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.LampiranView;
import id.satudata.katalog.PencarianCkan;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.StatusRilis;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.TingkatOrganisasi;
import id.satudata.portal.dataset.DatasetPage;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.KodeView;
import id.satudata.shared.SatuDataProperties;

/**
 * Builds the DCAT-AP 3 description of the catalogue and its datasets, always from what the public
 * sees: {@link Katalog} is read as an anonymous caller whoever asks, so a TERBATAS, TERTUTUP or
 * unpublished dataset is never described, not even to a signed-in Walidata.
 */
@Component
class DcatKatalog {

	/** Datasets per catalogue page (ckanext-dcat's {@code ckanext.dcat.datasets_per_page} default). */
	static final int PER_HALAMAN = 100;

	static final String DCAT = "http://www.w3.org/ns/dcat#";
	static final String DCT = "http://purl.org/dc/terms/";
	static final String FOAF = "http://xmlns.com/foaf/0.1/";
	static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
	static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
	static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
	static final String ORG = "http://www.w3.org/ns/org#";
	static final String EU = "http://publications.europa.eu/resource/authority/";
	static final String IANA = "https://www.iana.org/assignments/media-types/";

	private final Katalog katalog;
	private final OrganisasiDirectory organisasi;
	private final KodeReferensiLookup kodeReferensi;
	private final SatuDataProperties properties;
	private final MessageSource messages;

	DcatKatalog(Katalog katalog, OrganisasiDirectory organisasi, KodeReferensiLookup kodeReferensi,
			SatuDataProperties properties, MessageSource messages) {
		this.katalog = katalog;
		this.organisasi = organisasi;
		this.kodeReferensi = kodeReferensi;
		this.properties = properties;
		this.messages = messages;
	}

	/** One page (from 1) of the catalogue, only datasets modified at or after {@code sejak} if given. */
	Model katalog(int halaman, Instant sejak, RdfFormat format) {
		List<String> fq = sejak == null ? List.of() : List.of("metadata_modified:[" + sejak + " TO *]");
		HasilPencarian hasil = publik(() -> katalog.cari(new PencarianCkan(null, fq, "metadata_modified desc, name asc",
				(halaman - 1) * PER_HALAMAN, PER_HALAMAN, List.of(), false)));
		List<DatasetDetail> details = publik(() -> katalog.detail(hasil.hasil()));
		Model m = model();
		Resource catalog = catalog(m);
		for (DatasetDetail d : details) {
			catalog.addProperty(p(DCAT, "dataset"), dataset(m, d));
		}
		// paging as ckanext-dcat describes it (hydra:PagedCollection)
		long last = Math.max(1, (hasil.total() + PER_HALAMAN - 1) / PER_HALAMAN);
		Resource paged = m.createResource(halamanUrl(format, halaman, sejak)).addProperty(RDF.type,
				m.createResource(HYDRA + "PagedCollection"));
		paged.addLiteral(p(HYDRA, "totalItems"), m.createTypedLiteral(hasil.total(), XSDDatatype.XSDinteger));
		paged.addLiteral(p(HYDRA, "itemsPerPage"), m.createTypedLiteral(PER_HALAMAN, XSDDatatype.XSDinteger));
		paged.addProperty(p(HYDRA, "firstPage"), halamanUrl(format, 1, sejak));
		paged.addProperty(p(HYDRA, "lastPage"), halamanUrl(format, last, sejak));
		if (halaman > 1) {
			paged.addProperty(p(HYDRA, "previousPage"), halamanUrl(format, Math.min(halaman - 1, last), sejak));
		}
		if (halaman < last) {
			paged.addProperty(p(HYDRA, "nextPage"), halamanUrl(format, halaman + 1, sejak));
		}
		return m;
	}

	/** A dataset the public may see, with the catalogue it belongs to. */
	Optional<Model> dataset(String slugAtauId) {
		return publik(() -> katalog.dataset(slugAtauId)).map(d -> {
			Model m = model();
			catalog(m).addProperty(p(DCAT, "dataset"), dataset(m, d));
			return m;
		});
	}

	private String halamanUrl(RdfFormat format, long halaman, Instant sejak) {
		UriComponentsBuilder b = UriComponentsBuilder.fromUriString(base() + "/catalog." + format.extension())
			.queryParam("page", halaman);
		if (sejak != null) {
			b.queryParam("modified_since", sejak.toString());
		}
		return b.encode().build().toUriString();
	}

	private Resource catalog(Model m) {
		Resource c = m.createResource(base() + "/").addProperty(RDF.type, m.createResource(DCAT + "Catalog"));
		c.addProperty(p(DCT, "title"), properties.siteTitle(), "id");
		c.addProperty(p(DCT, "description"),
				messages.getMessage("dcat.katalog.deskripsi", new Object[] { properties.siteTitle() }, Locale.forLanguageTag("id")),
				"id");
		c.addProperty(p(FOAF, "homepage"), m.createResource(base() + "/").addProperty(RDF.type,
				m.createResource(FOAF + "Document")));
		c.addProperty(p(DCT, "language"), m.createResource(EU + "language/IND").addProperty(RDF.type,
				m.createResource(DCT + "LinguisticSystem")));
		// the publisher of the catalogue: the government running this instance (the top organization)
		Resource publisher = organisasi.semuaOrganisasi().stream().findFirst()
			.map(o -> pemerintah(m, o))
			.orElseGet(() -> agent(m, m.createResource(), properties.siteTitle()));
		c.addProperty(p(DCT, "publisher"), publisher);
		c.addProperty(p(DCAT, "themeTaxonomy"), skemaTopik(m));
		return c;
	}

	private Resource dataset(Model m, DatasetDetail d) {
		DatasetRingkas r = d.ringkas();
		Resource ds = m.createResource(base() + "/dataset/" + r.uuid()).addProperty(RDF.type,
				m.createResource(DCAT + "Dataset"));
		ds.addProperty(p(DCT, "identifier"), r.uuid());
		ds.addProperty(p(DCT, "title"), r.judul(), "id");
		ds.addProperty(p(DCT, "description"), r.deskripsi() == null || r.deskripsi().isBlank() ? r.judul()
				: r.deskripsi(), "id");
		ds.addProperty(p(DCAT, "landingPage"), m.createResource(halaman(d)).addProperty(RDF.type,
				m.createResource(FOAF + "Document")));
		r.kataKunci().stream().sorted().forEach(k -> ds.addProperty(p(DCAT, "keyword"), k, "id"));
		if (r.topik() != null) {
			ds.addProperty(p(DCAT, "theme"), topik(m, r.topik()));
		}
		ds.addProperty(p(DCT, "publisher"), produsen(m, r));
		ds.addProperty(p(DCAT, "contactPoint"), kontak(m, d));
		if (d.cakupanWilayah() != null && !d.cakupanWilayah().isBlank()) {
			ds.addProperty(p(DCT, "spatial"), wilayah(m, d.cakupanWilayah()));
		}
		List<RilisView> terbit = d.rilis().stream().filter(v -> v.status() == StatusRilis.TERBIT && v.terkini())
			.toList();
		Optional<LocalDate> mulai = terbit.stream().map(RilisView::periodeMulai).filter(Objects::nonNull)
			.min(Comparator.naturalOrder());
		Optional<LocalDate> akhir = terbit.stream().map(RilisView::periodeAkhir).filter(Objects::nonNull)
			.max(Comparator.naturalOrder());
		if (mulai.isPresent() || akhir.isPresent()) {
			Resource period = m.createResource().addProperty(RDF.type, m.createResource(DCT + "PeriodOfTime"));
			mulai.ifPresent(x -> period.addProperty(p(DCAT, "startDate"), x.toString(), XSDDatatype.XSDdate));
			akhir.ifPresent(x -> period.addProperty(p(DCAT, "endDate"), x.toString(), XSDDatatype.XSDdate));
			ds.addProperty(p(DCT, "temporal"), period);
		}
		if (r.frekuensi() != null) {
			ds.addProperty(p(DCT, "accrualPeriodicity"), konsep(m, EU + "frequency/" + frekuensi(r.frekuensi()),
					DCT + "Frequency", frekuensi(r.frekuensi())));
		}
		// only TERBUKA datasets are ever described: public access
		ds.addProperty(p(DCT, "accessRights"), m.createResource(EU + "access-right/PUBLIC").addProperty(RDF.type,
				m.createResource(DCT + "RightsStatement")));
		Resource lisensi = lisensi(m, r.lisensi());
		if (lisensi != null) {
			ds.addProperty(p(DCT, "license"), lisensi);
		}
		tanggal(m, ds, "issued", r.dibuatPada());
		tanggal(m, ds, "modified", r.diubahPada());
		for (RilisView v : terbit) {
			for (ExportFormat f : ExportFormat.values()) {
				ds.addProperty(p(DCAT, "distribution"), distribusi(m, d, v, f, lisensi));
			}
			for (LampiranView l : v.lampiran()) {
				ds.addProperty(p(DCAT, "distribution"), lampiran(m, d, v, l, lisensi));
			}
		}
		return ds;
	}

	private Resource distribusi(Model m, DatasetDetail d, RilisView v, ExportFormat f, Resource lisensi) {
		String halamanRilis = halaman(d) + "?rilis=" + v.uuid();
		Resource dist = m.createResource(halamanRilis + "#" + f.extension()).addProperty(RDF.type,
				m.createResource(DCAT + "Distribution"));
		dist.addProperty(p(DCT, "title"), d.ringkas().judul() + " — " + v.periode() + " (" + f.name() + ")", "id");
		dist.addProperty(p(DCT, "identifier"), v.uuid() + "/" + f.extension());
		dist.addProperty(p(DCAT, "accessURL"), url(m, halamanRilis));
		dist.addProperty(p(DCAT, "downloadURL"),
				url(m, halaman(d) + "/rilis/" + v.uuid() + "/unduh." + f.extension()));
		dist.addProperty(p(DCT, "format"), m.createResource(EU + "file-type/" + f.name())
			.addProperty(RDF.type, m.createResource(DCT + "MediaTypeOrExtent")));
		String mime = f.contentType().replaceFirst(";.*", "");
		dist.addProperty(p(DCAT, "mediaType"), m.createResource(IANA + mime).addProperty(RDF.type,
				m.createResource(DCT + "MediaType")));
		if (lisensi != null) {
			dist.addProperty(p(DCT, "license"), lisensi);
		}
		tanggal(m, dist, "issued", v.diterbitkanPada());
		return dist;
	}

	private Resource lampiran(Model m, DatasetDetail d, RilisView v, LampiranView l, Resource lisensi) {
		String unduh = halaman(d) + "/lampiran/" + l.uuid();
		Resource dist = m.createResource(unduh + "#lampiran").addProperty(RDF.type,
				m.createResource(DCAT + "Distribution"));
		dist.addProperty(p(DCT, "title"), l.nama() == null ? v.periode() : l.nama(), "id");
		if (l.deskripsi() != null && !l.deskripsi().isBlank()) {
			dist.addProperty(p(DCT, "description"), l.deskripsi(), "id");
		}
		dist.addProperty(p(DCT, "identifier"), l.uuid());
		dist.addProperty(p(DCAT, "accessURL"), url(m, unduh));
		if (l.url() == null) {
			dist.addProperty(p(DCAT, "downloadURL"), url(m, unduh));
		}
		if (l.tipeMime() != null && l.tipeMime().matches("[a-z]+/[A-Za-z0-9.+-]+")) {
			dist.addProperty(p(DCAT, "mediaType"), m.createResource(IANA + l.tipeMime()).addProperty(RDF.type,
					m.createResource(DCT + "MediaType")));
		}
		if (l.ukuran() != null) {
			dist.addProperty(p(DCAT, "byteSize"), String.valueOf(l.ukuran()), XSDDatatype.XSDnonNegativeInteger);
		}
		if (lisensi != null) {
			dist.addProperty(p(DCT, "license"), lisensi);
		}
		return dist;
	}

	/** The producing OPD as a foaf:Organization, part of its government. */
	private Resource produsen(Model m, DatasetRingkas r) {
		Resource opd = agent(m, m.createResource(base() + "/organisasi/" + r.produsenSlug()), r.produsenNama());
		organisasi.organisasi(r.organisasiId()).ifPresent(o -> {
			opd.addProperty(p(ORG, "subOrganizationOf"), pemerintah(m, o));
			opd.addProperty(p(DCT, "type"), jenisPenerbit(m, o.tingkat()));
		});
		return opd;
	}

	private Resource pemerintah(Model m, OrganisasiRef o) {
		Resource g = agent(m, m.createResource(), o.nama());
		g.addProperty(p(DCT, "type"), jenisPenerbit(m, o.tingkat()));
		if (o.kodeWilayah() != null && !o.kodeWilayah().isBlank()) {
			g.addProperty(p(DCT, "spatial"), wilayah(m, o.kodeWilayah()));
		}
		return g;
	}

	private Resource agent(Model m, Resource r, String nama) {
		r.addProperty(RDF.type, m.createResource(FOAF + "Organization"));
		r.addProperty(RDF.type, m.createResource(FOAF + "Agent"));
		r.addProperty(p(FOAF, "name"), nama, "id");
		return r;
	}

	private Resource jenisPenerbit(Model m, TingkatOrganisasi tingkat) {
		String jenis = switch (tingkat) {
			case NASIONAL -> "NationalAuthority";
			case PROVINSI -> "RegionalAuthority";
			case KABUPATEN_KOTA -> "LocalAuthority";
		};
		return konsep(m, "http://purl.org/adms/publishertype/" + jenis, null, jenis);
	}

	private Resource kontak(Model m, DatasetDetail d) {
		Resource k = m.createResource().addProperty(RDF.type, m.createResource(VCARD + "Organization"))
			.addProperty(RDF.type, m.createResource(VCARD + "Kind"));
		k.addProperty(p(VCARD, "fn"), d.kontakNama() == null || d.kontakNama().isBlank() ? d.ringkas().produsenNama()
				: d.kontakNama());
		if (d.kontakEmail() != null && !d.kontakEmail().isBlank()) {
			k.addProperty(p(VCARD, "hasEmail"), m.createResource("mailto:" + d.kontakEmail().strip()));
		}
		return k;
	}

	/** A region by its Kemendagri code: its address in this portal's reference code API. */
	private Resource wilayah(Model m, String kode) {
		if ("0".equals(kode)) {
			return m.createResource(EU + "country/IDN").addProperty(RDF.type, m.createResource(DCT + "Location"))
				.addProperty(p(SKOS, "prefLabel"), "Indonesia", "id");
		}
		Resource w = m.createResource(base() + "/api/v1/kode-referensi/wilayah/" + kode).addProperty(RDF.type,
				m.createResource(DCT + "Location"));
		w.addProperty(p(DCT, "identifier"), kode);
		kodeReferensi.kode(KodeReferensiLookup.WILAYAH, kode).map(KodeView::nama)
			.ifPresent(n -> w.addProperty(p(SKOS, "prefLabel"), n, "id"));
		return w;
	}

	private Resource skemaTopik(Model m) {
		return m.createResource(base() + "/api/v1/kode-referensi/topik-data").addProperty(RDF.type,
				m.createResource(SKOS + "ConceptScheme")).addProperty(p(DCT, "title"),
						messages.getMessage("dcat.topik.judul", null, Locale.forLanguageTag("id")), "id");
	}

	private Resource topik(Model m, String kode) {
		String nama = kodeReferensi.kode("topik-data", kode).map(KodeView::nama).orElse(kode);
		Resource t = m.createResource(base() + "/api/v1/kode-referensi/topik-data/" + kode).addProperty(RDF.type,
				m.createResource(SKOS + "Concept")).addProperty(p(SKOS, "prefLabel"), nama, "id");
		t.addProperty(p(SKOS, "inScheme"), skemaTopik(m));
		return t;
	}

	private Resource konsep(Model m, String uri, String kelas, String label) {
		Resource c = m.createResource(uri).addProperty(RDF.type, m.createResource(SKOS + "Concept"));
		if (kelas != null) {
			c.addProperty(RDF.type, m.createResource(kelas));
		}
		c.addProperty(p(SKOS, "prefLabel"), label, "en");
		return c;
	}

	private Resource lisensi(Model m, String lisensi) {
		String url = DatasetPage.licenseUrl(lisensi);
		if (url == null || !url.matches("https?://\\S+")) {
			return null;
		}
		return m.createResource(url).addProperty(RDF.type, m.createResource(DCT + "LicenseDocument"));
	}

	/** The EU frequency vocabulary's code of a frequency. */
	static String frekuensi(Frekuensi f) {
		return switch (f) {
			case HARIAN -> "DAILY";
			case MINGGUAN -> "WEEKLY";
			case BULANAN -> "MONTHLY";
			case TRIWULANAN -> "QUARTERLY";
			case EMPAT_BULANAN -> "ANNUAL_3";
			case SEMESTERAN -> "ANNUAL_2";
			case TAHUNAN -> "ANNUAL";
			case DUA_TAHUNAN -> "BIENNIAL";
			case AD_HOC -> "IRREG";
		};
	}

	private Resource url(Model m, String url) {
		return m.createResource(url).addProperty(RDF.type, RDFS.Resource);
	}

	private void tanggal(Model m, Resource r, String properti, Instant t) {
		if (t != null) {
			r.addProperty(p(DCT, properti), t.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString(),
					XSDDatatype.XSDdateTime);
		}
	}

	private String halaman(DatasetDetail d) {
		return base() + "/dataset/" + d.ringkas().slug();
	}

	private String base() {
		return properties.baseUrl();
	}

	private static Model model() {
		Model m = ModelFactory.createDefaultModel();
		m.setNsPrefixes(Map.of("dcat", DCAT, "dct", DCT, "foaf", FOAF, "vcard", VCARD, "skos", SKOS, "hydra", HYDRA,
				"org", ORG, "rdfs", RDFS.getURI(), "xsd", "http://www.w3.org/2001/XMLSchema#"));
		return m;
	}

	private static Property p(String ns, String local) {
		return org.apache.jena.rdf.model.ResourceFactory.createProperty(ns, local);
	}

	/** Runs a catalog read as the anonymous public, whoever is signed in on this thread. */
	private static <T> T publik(Supplier<T> baca) {
		SecurityContext saved = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
		try {
			return baca.get();
		}
		finally {
			SecurityContextHolder.setContext(saved);
		}
	}

}
