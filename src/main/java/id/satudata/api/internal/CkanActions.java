package id.satudata.api.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.Datastore;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.Query;
import id.satudata.datastore.QueryResult;
import id.satudata.katalog.Akses;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.HasilPencarian.NilaiFacet;
import id.satudata.katalog.HasilUnggahan;
import id.satudata.katalog.JenisData;
import id.satudata.katalog.JenisLampiran;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.KelolaKatalog;
import id.satudata.pengumpulan.HasilPenyerahan;
import id.satudata.pengumpulan.PenyerahanData;
import id.satudata.katalog.LampiranBaru;
import id.satudata.katalog.LampiranView;
import id.satudata.katalog.MetadataDataset;
import id.satudata.katalog.OrganisasiKatalog;
import id.satudata.katalog.PencarianDataset;
import id.satudata.katalog.PencarianDataset.Facet;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.TabelRilis;
import id.satudata.katalog.TingkatPenyajian;
import id.satudata.katalog.UnggahRilis;
import id.satudata.organisasi.TokenApiDirectory;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.storage.TempFiles;

/**
 * The CKAN actions. Read actions answer as the caller (the public without a token) through
 * {@link Katalog}, which never returns what the caller may not see; write actions need a token
 * and go through {@link KelolaKatalog}.
 */
@Component
class CkanActions {

	/** One action: whether it only reads (GET allowed) and what it does. */
	record Action(boolean readOnly, Handler handler) {

		Object run(CkanRequest r) {
			return handler.run(r);
		}

	}

	@FunctionalInterface
	interface Handler {

		Object run(CkanRequest r);

	}

	static final int MAX_ROWS = 1000;
	static final int DEFAULT_DATASTORE_LIMIT = 100;

	/** CKAN search facet and filter names → catalog facets (the catalog's own names are accepted too). */
	static final Map<String, String> FACETS = Map.ofEntries(Map.entry("organization", Facet.ORGANISASI),
			Map.entry("groups", Facet.TOPIK), Map.entry("tags", Facet.KATA_KUNCI), Map.entry("res_format", Facet.FORMAT),
			Map.entry("license_id", Facet.LISENSI), Map.entry("jenis_data", Facet.JENIS_DATA),
			Map.entry("tingkat_penyajian", Facet.TINGKAT_PENYAJIAN), Map.entry("periode", Facet.TAHUN),
			Map.entry("tahun", Facet.TAHUN), Map.entry("data_prioritas", Facet.PRIORITAS),
			Map.entry("prioritas", Facet.PRIORITAS), Map.entry("data_induk", Facet.DATA_INDUK),
			Map.entry("frekuensi", Facet.FREKUENSI), Map.entry("organisasi", Facet.ORGANISASI),
			Map.entry("topik", Facet.TOPIK), Map.entry("kata_kunci", Facet.KATA_KUNCI), Map.entry("format", Facet.FORMAT),
			Map.entry("lisensi", Facet.LISENSI));

	/** Form fields of the catalog → CKAN field names, for validation errors. */
	private static final Map<String, String> CKAN_FIELDS = Map.ofEntries(Map.entry("slug", "name"),
			Map.entry("judul", "title"), Map.entry("deskripsi", "notes"), Map.entry("produsenUnitId", "owner_org"),
			Map.entry("lisensi", "license_id"), Map.entry("kontakNama", "maintainer"),
			Map.entry("kontakEmail", "maintainer_email"), Map.entry("kataKunci", "tags"), Map.entry("topik", "groups"),
			Map.entry("jenisData", "jenis_data"), Map.entry("tingkatPenyajian", "tingkat_penyajian"),
			Map.entry("cakupanWilayah", "cakupan_wilayah"), Map.entry("frekuensi", "frekuensi"),
			Map.entry("satuan", "satuan"), Map.entry("akses", "akses"), Map.entry("standarData", "standar_data"),
			Map.entry("periode", "periode"), Map.entry("berkas", "upload"), Map.entry("nama", "name"),
			Map.entry("url", "url"), Map.entry("rilis", "package_id"), Map.entry("user", "user"),
			Map.entry("berlakuHari", "expires_in"));

	private static final Map<String, String> HELP = Map.ofEntries(
			Map.entry("status_show", "Return a dictionary with information about the site's configuration."),
			Map.entry("site_read", "Return true."),
			Map.entry("help_show", "Return the help string for a particular API action. :param name: action name"),
			Map.entry("package_list", "Return a list of the names of the site's public datasets. :param limit, offset"),
			Map.entry("package_search", "Search datasets. :param q, fq, rows, start, sort, facet.field, facet.limit, "
					+ "include_private"),
			Map.entry("package_show", "Return the metadata of a dataset and its resources. :param id: id or name"),
			Map.entry("organization_list", "Return the data producers. :param all_fields, sort, limit, offset"),
			Map.entry("organization_show", "Return a data producer. :param id, include_datasets"),
			Map.entry("group_list", "Return the topics. :param all_fields, sort"),
			Map.entry("group_show", "Return a topic. :param id, include_datasets"),
			Map.entry("tag_list", "Return the keywords. :param query, all_fields"),
			Map.entry("resource_show", "Return a resource (a release's table or an attachment). :param id"),
			Map.entry("datastore_search", "Search a release's table. :param resource_id, filters, q, limit, offset, "
					+ "fields, sort, distinct, include_total, records_format, ranges (extension)"),
			Map.entry("datastore_search_sql", "Run a read-only SELECT over tables named by resource id. :param sql"),
			Map.entry("package_create", "Create a dataset (token of the Walidata). :param name, title, owner_org, ..."),
			Map.entry("package_patch", "Change some fields of a dataset. :param id and the fields to change"),
			Map.entry("resource_create", "Upload a table as a new release (:param package_id, upload, periode, "
					+ "terbitkan, sheet) or attach a file or link (:param package_id, upload or url, name, format)"),
			Map.entry("api_token_create", "Create an API token. :param user, name, expires_in, unit"));

	private final Map<String, Action> actions = new HashMap<>();
	private final Katalog katalog;
	private final KelolaKatalog kelola;
	private final Datastore datastore;
	private final CkanDicts dicts;
	private final TokenApiDirectory tokens;
	private final CkanProperties ckan;
	private final SatuDataProperties properties;
	private final CurrentUser currentUser;
	private final MessageSource messageSource;
	private final TempFiles tempFiles;
	private final PenyerahanData penyerahan;

	CkanActions(Katalog katalog, KelolaKatalog kelola, Datastore datastore, CkanDicts dicts, TokenApiDirectory tokens,
			CkanProperties ckan, SatuDataProperties properties, CurrentUser currentUser, MessageSource messageSource,
			TempFiles tempFiles, PenyerahanData penyerahan) {
		this.tempFiles = tempFiles;
		this.penyerahan = penyerahan;
		this.katalog = katalog;
		this.kelola = kelola;
		this.datastore = datastore;
		this.dicts = dicts;
		this.tokens = tokens;
		this.ckan = ckan;
		this.properties = properties;
		this.currentUser = currentUser;
		this.messageSource = messageSource;
		read("status_show", r -> statusShow());
		read("site_read", r -> true);
		read("help_show", this::helpShow);
		read("package_list", this::packageList);
		read("package_search", this::packageSearch);
		read("package_show", this::packageShow);
		read("organization_list", this::organizationList);
		read("organization_show", this::organizationShow);
		read("group_list", this::groupList);
		read("group_show", this::groupShow);
		read("tag_list", this::tagList);
		read("resource_show", this::resourceShow);
		read("datastore_search", this::datastoreSearch);
		read("datastore_search_sql", this::datastoreSearchSql);
		write("package_create", this::packageCreate);
		write("package_patch", this::packagePatch);
		write("resource_create", this::resourceCreate);
		write("api_token_create", this::apiTokenCreate);
	}

	private void read(String name, Handler h) {
		actions.put(name, new Action(true, h));
	}

	private void write(String name, Handler h) {
		actions.put(name, new Action(false, r -> {
			if (currentUser.get().isEmpty()) {
				throw new CkanException(HttpStatus.FORBIDDEN, CkanException.AUTHORIZATION,
						"Access denied: " + text("ckan.galat.perluToken"));
			}
			return h.run(r);
		}));
	}

	Action find(String name) {
		return actions.get(name);
	}

	static String ckanField(String field) {
		return CKAN_FIELDS.getOrDefault(field, field);
	}

	// ---- site -------------------------------------------------------------------------------

	private Map<String, Object> statusShow() {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("site_title", properties.siteTitle());
		result.put("site_description", "Portal Satu Data Indonesia");
		result.put("site_url", properties.baseUrl());
		result.put("error_emails_to", null);
		result.put("locale_default", "id");
		result.put("ckan_version", ckan.version());
		result.put("extensions", ckan.extensions());
		return result;
	}

	private Object helpShow(CkanRequest r) {
		String name = r.required("name");
		String help = HELP.get(name);
		if (help == null) {
			throw CkanException.notFound("Action function not found");
		}
		return help;
	}

	// ---- datasets ---------------------------------------------------------------------------

	private Object packageList(CkanRequest r) {
		List<String> all = katalog.slugPublik();
		int offset = r.integer("offset", 0, 0, Integer.MAX_VALUE);
		int limit = r.integer("limit", all.size(), 0, Integer.MAX_VALUE);
		return all.stream().skip(offset).limit(limit).toList();
	}

	private Object packageSearch(CkanRequest r) {
		String q = r.string("q");
		Map<String, List<String>> filter = new LinkedHashMap<>();
		if (q != null) {
			FilterQuery parsed = FilterQuery.parse(q, true);
			parsed.terms().forEach(t -> addTerm(filter, facet(t.field(), "q"), t.values()));
			q = parsed.text();
		}
		for (String fq : fqs(r)) {
			FilterQuery.parse(fq, false).terms().forEach(t -> addTerm(filter, facet(t.field(), "fq"), t.values()));
		}
		if (!r.bool("include_private", false)) {
			filter.put(Facet.AKSES, List.of(Akses.TERBUKA.name()));
			filter.put(Facet.DITAYANGKAN, List.of("true"));
		}
		int rows = r.integer("rows", 10, 0, MAX_ROWS);
		int start = r.integer("start", 0, 0, 1_000_000);
		String sort = r.string("sort");
		List<String> facetFields = r.bool("facet", true) ? r.list("facet.field") : List.of();
		int facetLimit = r.integer("facet.limit", 50, -1, 1000);
		List<String> facets = new ArrayList<>();
		for (String f : facetFields) {
			facets.add(facet(f, "facet.field"));
		}
		// CKAN's default order: relevance for a query, else the most recently modified first
		String urut = sort == null ? (q == null ? "DIUBAH" : "RELEVANSI") : urut(sort);
		HasilPencarian hasil = katalog.cari(new PencarianDataset(q, filter, urut, start, rows, facets));
		List<Map<String, Object>> results = katalog.detail(hasil.hasil()).stream().map(dicts::packageDict).toList();
		Map<String, Object> facetCounts = new LinkedHashMap<>();
		Map<String, Object> searchFacets = new LinkedHashMap<>();
		for (String f : facetFields) {
			List<NilaiFacet> values = hasil.facet().getOrDefault(facet(f, "facet.field"), List.of());
			if (facetLimit >= 0 && values.size() > facetLimit) {
				values = values.subList(0, facetLimit);
			}
			Map<String, Long> counts = new LinkedHashMap<>();
			List<Map<String, Object>> items = new ArrayList<>();
			for (NilaiFacet v : values) {
				counts.put(v.nilai(), v.jumlah());
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("name", v.nilai());
				item.put("display_name", v.label());
				item.put("count", v.jumlah());
				items.add(item);
			}
			facetCounts.put(f, counts);
			searchFacets.put(f, Map.of("title", f, "items", items));
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("count", hasil.total());
		result.put("facets", facetCounts);
		result.put("results", results);
		result.put("sort", sort == null ? (q == null ? "metadata_modified desc" : "score desc, metadata_modified desc") : sort);
		result.put("search_facets", searchFacets);
		return result;
	}

	/** Each term is its own AND-ed filter: a second term on the same field becomes {@code field@1}. */
	private static void addTerm(Map<String, List<String>> filter, String facet, List<String> values) {
		List<String> v = Facet.FORMAT.equals(facet) ? values.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList() : values;
		String key = facet;
		for (int n = 1; filter.containsKey(key); n++) {
			key = facet + "@" + n;
		}
		filter.put(key, v);
	}

	private static List<String> fqs(CkanRequest r) {
		List<String> out = new ArrayList<>();
		String fq = r.data().get("fq") instanceof List<?> ? null : r.string("fq");
		if (fq != null) {
			out.add(fq);
		}
		else if (r.data().get("fq") instanceof List<?> list) {
			list.forEach(v -> out.add(String.valueOf(v)));
		}
		out.addAll(r.list("fq_list"));
		return out;
	}

	private String facet(String ckanName, String parameter) {
		String f = FACETS.get(ckanName);
		if (f == null) {
			throw new CkanException(HttpStatus.BAD_REQUEST, CkanException.SEARCH_QUERY,
					"Search Query is invalid: " + text("ckan.galat.fieldTidakDikenal", ckanName, parameter,
							String.join(", ", FACETS.keySet().stream().sorted().toList())));
		}
		return f;
	}

	/** CKAN's Solr sort → the catalog's sort. */
	private String urut(String sort) {
		if (sort == null) {
			return null;
		}
		String first = sort.split(",")[0].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		return switch (first) {
			case "score desc", "rank desc", "relevance asc" -> "RELEVANSI";
			case "metadata_modified desc" -> "DIUBAH";
			case "metadata_modified asc" -> "DIUBAH_NAIK";
			case "metadata_created desc" -> "DIBUAT";
			case "name asc" -> "SLUG";
			case "name desc" -> "SLUG_TURUN";
			case "title_string asc", "title asc" -> "NAMA";
			case "title_string desc", "title desc" -> "NAMA_TURUN";
			default -> throw new CkanException(HttpStatus.BAD_REQUEST, CkanException.SEARCH_QUERY,
					"Search Query is invalid: " + text("ckan.galat.urut", sort));
		};
	}

	private Object packageShow(CkanRequest r) {
		String id = r.required("id");
		return dicts.packageDict(dataset(id));
	}

	private DatasetDetail dataset(String id) {
		return katalog.dataset(id).orElseThrow(() -> CkanException.notFound(text("ckan.galat.datasetTidakAda", id)));
	}

	// ---- organizations, groups, tags --------------------------------------------------------

	private Object organizationList(CkanRequest r) {
		boolean allFields = r.bool("all_fields", false);
		String sort = Optional.ofNullable(r.string("sort")).orElse("name asc").toLowerCase(Locale.ROOT);
		List<OrganisasiKatalog> list = new ArrayList<>(katalog.organisasi());
		Comparator<OrganisasiKatalog> order = switch (sort.replaceAll("\\s+", " ")) {
			case "name asc", "name" -> Comparator.comparing(OrganisasiKatalog::slug);
			case "name desc" -> Comparator.comparing(OrganisasiKatalog::slug).reversed();
			case "title asc", "title" -> Comparator.comparing(OrganisasiKatalog::nama);
			case "title desc" -> Comparator.comparing(OrganisasiKatalog::nama).reversed();
			case "package_count desc", "package_count" -> Comparator.comparingLong(OrganisasiKatalog::jumlahDataset)
				.reversed().thenComparing(OrganisasiKatalog::slug);
			default -> throw CkanException.validation("sort", text("ckan.galat.urut", sort));
		};
		list.sort(order);
		int offset = r.integer("offset", 0, 0, Integer.MAX_VALUE);
		int limit = r.integer("limit", 1000, 0, 1000);
		List<OrganisasiKatalog> page = list.stream().skip(offset).limit(limit).toList();
		if (!allFields) {
			return page.stream().map(OrganisasiKatalog::slug).toList();
		}
		return page.stream().map(o -> dicts.organization(o, true)).toList();
	}

	private Object organizationShow(CkanRequest r) {
		String id = r.required("id");
		OrganisasiKatalog o = katalog.organisasi(id)
			.or(() -> katalog.organisasi().stream().filter(x -> String.valueOf(x.unitId()).equals(id)).findFirst())
			.orElseThrow(() -> CkanException.notFound(text("ckan.galat.organisasiTidakAda", id)));
		Map<String, Object> dict = dicts.organization(o, true);
		if (r.bool("include_datasets", false)) {
			HasilPencarian h = katalog.cari(new PencarianDataset(null, Map.of(Facet.ORGANISASI, List.of(o.slug()),
					Facet.AKSES, List.of(Akses.TERBUKA.name()), Facet.DITAYANGKAN, List.of("true")), "NAMA", 0, 10,
					List.of()));
			dict.put("packages", katalog.detail(h.hasil()).stream().map(dicts::packageDict).toList());
		}
		return dict;
	}

	private Object groupList(CkanRequest r) {
		boolean allFields = r.bool("all_fields", false);
		List<NilaiFacet> topics = new ArrayList<>(katalog.topik());
		String sort = Optional.ofNullable(r.string("sort")).orElse("name asc").toLowerCase(Locale.ROOT);
		switch (sort.replaceAll("\\s+", " ")) {
			case "name asc", "name" -> topics.sort(Comparator.comparing(NilaiFacet::nilai));
			case "title asc", "title" -> topics.sort(Comparator.comparing(NilaiFacet::label));
			case "package_count desc", "package_count" -> topics.sort(Comparator.comparingLong(NilaiFacet::jumlah).reversed()
				.thenComparing(NilaiFacet::nilai));
			default -> throw CkanException.validation("sort", text("ckan.galat.urut", sort));
		}
		if (!allFields) {
			return topics.stream().map(NilaiFacet::nilai).toList();
		}
		return topics.stream().map(t -> CkanDicts.group(t.nilai(), t.label(), t.jumlah())).toList();
	}

	private Object groupShow(CkanRequest r) {
		String id = r.required("id");
		NilaiFacet t = katalog.topik().stream().filter(x -> x.nilai().equals(id)).findFirst()
			.orElseThrow(() -> CkanException.notFound(text("ckan.galat.grupTidakAda", id)));
		Map<String, Object> dict = CkanDicts.group(t.nilai(), t.label(), t.jumlah());
		if (r.bool("include_datasets", false)) {
			HasilPencarian h = katalog.cari(new PencarianDataset(null, Map.of(Facet.TOPIK, List.of(id), Facet.AKSES,
					List.of(Akses.TERBUKA.name()), Facet.DITAYANGKAN, List.of("true")), "NAMA", 0, 10, List.of()));
			dict.put("packages", katalog.detail(h.hasil()).stream().map(dicts::packageDict).toList());
		}
		return dict;
	}

	private Object tagList(CkanRequest r) {
		String query = Optional.ofNullable(r.string("query")).map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
		HasilPencarian h = katalog.cari(new PencarianDataset(null, Map.of(Facet.AKSES, List.of(Akses.TERBUKA.name()),
				Facet.DITAYANGKAN, List.of("true")), "NAMA", 0, 0, List.of(Facet.KATA_KUNCI)));
		List<String> tags = h.facet().getOrDefault(Facet.KATA_KUNCI, List.of()).stream().map(NilaiFacet::nilai)
			.filter(t -> query == null || t.contains(query)).sorted().toList();
		if (r.bool("all_fields", false)) {
			return tags.stream().map(CkanDicts::tag).toList();
		}
		return tags;
	}

	// ---- resources and the datastore ----------------------------------------------------------

	private Object resourceShow(CkanRequest r) {
		String id = r.required("id");
		DatasetDetail d = katalog.datasetDariSumber(id)
			.orElseThrow(() -> CkanException.notFound(text("ckan.galat.sumberTidakAda", id)));
		int position = 0;
		for (RilisView rilis : d.rilis()) {
			if (rilis.uuid().equals(id)) {
				return dicts.resource(d.ringkas(), rilis, position);
			}
			position++;
			for (LampiranView l : rilis.lampiran()) {
				if (l.uuid().equals(id)) {
					return dicts.resource(d.ringkas(), rilis, l, position);
				}
				position++;
			}
		}
		throw CkanException.notFound(text("ckan.galat.sumberTidakAda", id));
	}

	private Object datastoreSearch(CkanRequest r) {
		String id = r.has("resource_id") ? r.required("resource_id") : r.required("id");
		TabelRilis tabel = katalog.tabel(id)
			.orElseThrow(() -> CkanException.notFound(text("ckan.galat.sumberTidakAda", id)));
		Map<String, List<Object>> filters = new LinkedHashMap<>();
		Map<String, Object> given = r.dict("filters");
		given.forEach((k, v) -> filters.put(k, v instanceof List<?> list ? new ArrayList<>(list) : java.util.Collections
			.singletonList(v)));
		Map<String, Map<String, Object>> ranges = new LinkedHashMap<>();
		r.dict("ranges").forEach((k, v) -> {
			if (!(v instanceof Map<?, ?> m)) {
				throw CkanException.validation("ranges", text("ckan.galat.rentangFilter"));
			}
			Map<String, Object> ops = new LinkedHashMap<>();
			m.forEach((op, val) -> ops.put(String.valueOf(op), val));
			ranges.put(k, ops);
		});
		if (r.data().get("q") instanceof Map<?, ?>) {
			throw CkanException.validation("q", text("ckan.galat.qTeks"));
		}
		String q = r.string("q");
		int limit = r.integer("limit", DEFAULT_DATASTORE_LIMIT, 0, Integer.MAX_VALUE);
		int offset = r.integer("offset", 0, 0, Integer.MAX_VALUE);
		List<String> fields = r.list("fields");
		List<String> sort = r.list("sort");
		boolean distinct = r.bool("distinct", false);
		boolean includeTotal = r.bool("include_total", true);
		String format = Optional.ofNullable(r.string("records_format")).orElse("objects");
		if (!format.equals("objects") && !format.equals("lists")) {
			throw CkanException.validation("records_format", text("ckan.galat.formatRekaman"));
		}
		checkColumns(tabel, "filters", filters.keySet());
		checkColumns(tabel, "ranges", ranges.keySet());
		checkColumns(tabel, "sort", sort.stream().flatMap(s -> java.util.Arrays.stream(s.split(","))).map(String::strip)
			.filter(s -> !s.isEmpty()).map(s -> s.split("\\s+")[0]).toList());
		QueryResult res = datastore.search(tabel.tabel(), new Query(filters, ranges, q, sort, fields, distinct, limit,
				offset, includeTotal));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("include_total", includeTotal);
		result.put("resource_id", id);
		result.put("fields", fields(res, tabel.tabel().columns()));
		result.put("records_format", format);
		if (format.equals("lists")) {
			result.put("records", res.records().stream()
				.map(row -> res.fields().stream().map(f -> row.get(f.id())).toList()).toList());
		}
		else {
			result.put("records", res.records());
		}
		result.put("limit", limit);
		if (offset > 0) {
			result.put("offset", offset);
		}
		if (!given.isEmpty()) {
			result.put("filters", given);
		}
		if (q != null) {
			result.put("q", q);
		}
		if (!sort.isEmpty()) {
			result.put("sort", String.join(",", sort));
		}
		if (distinct) {
			result.put("distinct", true);
		}
		String base = "/api/3/action/datastore_search?resource_id=" + id;
		Map<String, Object> links = new LinkedHashMap<>();
		links.put("start", base);
		links.put("next", base + "&offset=" + (offset + limit));
		result.put("_links", links);
		if (res.total() != null) {
			result.put("total", res.total());
			result.put("total_was_estimated", false);
		}
		return result;
	}

	/** As CKAN, names the parameter with the unknown column (filters, ranges, sort; the datastore says "fields"). */
	private void checkColumns(TabelRilis tabel, String parameter, java.util.Collection<String> names) {
		for (String name : names) {
			if (!"_id".equals(name) && tabel.tabel().column(name == null ? "" : name.strip()).isEmpty()) {
				throw CkanException.validation(parameter, text("datastore.galat.kolomTidakAda", name));
			}
		}
	}

	private static List<Map<String, Object>> fields(QueryResult res, List<ColumnSpec> columns) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (QueryResult.Field f : res.fields()) {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("id", f.id());
			field.put("type", f.type() == null ? "text" : f.type().ckanType());
			columns.stream().filter(c -> c.name().equals(f.id())).findFirst().ifPresent(c -> {
				Map<String, Object> info = new LinkedHashMap<>();
				info.put("label", c.label());
				info.put("notes", c.unit() == null ? "" : c.unit());
				info.put("type_override", "");
				field.put("info", info);
			});
			out.add(field);
		}
		return out;
	}

	private Object datastoreSearchSql(CkanRequest r) {
		String sql = r.required("sql");
		QueryResult res = katalog.sql(sql);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("sql", sql);
		result.put("records", res.records());
		result.put("fields", fields(res, List.of()));
		return result;
	}

	// ---- writing ----------------------------------------------------------------------------

	private Object packageCreate(CkanRequest r) {
		if (r.has("resources") && !r.dicts("resources").isEmpty()) {
			throw CkanException.validation("resources", text("ckan.galat.resourcesDiPaket"));
		}
		MetadataDataset m = metadata(r, true);
		return dicts.packageDict(kelola.buat(m));
	}

	private Object packagePatch(CkanRequest r) {
		String id = r.required("id");
		MetadataDataset m = metadata(r, false);
		return dicts.packageDict(kelola.ubah(id, m));
	}

	/** A dataset's metadata from CKAN fields, extras, and (ckanext-scheming style) top-level extra fields. */
	private MetadataDataset metadata(CkanRequest r, boolean create) {
		Map<String, String> extras = new LinkedHashMap<>();
		for (Map<String, Object> e : r.dicts("extras")) {
			Object key = e.get("key");
			if (key == null || !CkanDicts.EXTRAS.contains(String.valueOf(key))) {
				throw CkanException.validation("extras", text("ckan.galat.extraTidakDikenal", key,
						String.join(", ", CkanDicts.EXTRAS)));
			}
			extras.put(String.valueOf(key), e.get("value") == null ? "" : String.valueOf(e.get("value")));
		}
		for (String key : CkanDicts.EXTRAS) {
			if (r.has(key)) {
				extras.put(key, r.string(key));
			}
		}
		List<String> tags = null;
		if (r.has("tags")) {
			tags = new ArrayList<>();
			for (Map<String, Object> t : r.dicts("tags")) {
				if (t.get("name") == null) {
					throw CkanException.validation("tags", text("ckan.galat.wajib"));
				}
				tags.add(String.valueOf(t.get("name")));
			}
		}
		else if (r.has("tag_string")) {
			tags = r.list("tag_string");
		}
		String topik = null;
		if (r.has("groups")) {
			List<Map<String, Object>> groups = r.dicts("groups");
			if (groups.size() > 1) {
				throw CkanException.validation("groups", text("ckan.galat.satuGrup"));
			}
			topik = groups.isEmpty() ? "" : String.valueOf(groups.get(0).getOrDefault("name", groups.get(0).get("id")));
		}
		Akses akses = enumValue(Akses.class, extras.get("akses"), "akses");
		if (akses == null && r.has("private")) {
			boolean priv = r.bool("private", false);
			akses = priv ? Akses.TERBATAS : (create ? Akses.TERBUKA : null);
		}
		return new MetadataDataset(r.string("name"), create ? r.required("title") : r.string("title"), r.string("notes"),
				create ? r.required("owner_org") : r.string("owner_org"), topik,
				enumValue(JenisData.class, extras.get("jenis_data"), "jenis_data"),
				enumValue(TingkatPenyajian.class, extras.get("tingkat_penyajian"), "tingkat_penyajian"),
				extras.get("cakupan_wilayah"), enumValue(Frekuensi.class, extras.get("frekuensi"), "frekuensi"),
				extras.get("satuan"), r.string("license_id"), akses, bool(extras.get("data_prioritas"), "data_prioritas"),
				bool(extras.get("data_induk"), "data_induk"), r.string("maintainer"), r.string("maintainer_email"),
				extras.get("standar_data"), tags);
	}

	private <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			List<String> allowed = new ArrayList<>();
			for (E c : type.getEnumConstants()) {
				allowed.add(c.name());
			}
			throw CkanException.validation(field, text("ckan.galat.pilihan", value, String.join(", ", allowed)));
		}
	}

	private Boolean bool(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true", "1", "yes", "ya" -> Boolean.TRUE;
			case "false", "0", "no", "tidak" -> Boolean.FALSE;
			default -> throw CkanException.validation(field, text("ckan.galat.boolean"));
		};
	}

	private Object resourceCreate(CkanRequest r) {
		String packageId = r.required("package_id");
		MultipartFile upload = r.file("upload");
		String name = r.string("name");
		if (upload == null || upload.isEmpty()) {
			if (upload != null) {
				throw CkanException.validation("upload", text("ckan.galat.berkasKosong"));
			}
			String url = r.string("url");
			if (url == null) {
				throw CkanException.validation("url", text("ckan.galat.wajib"));
			}
			LampiranView l = kelola.lampirkan(packageId, new LampiranBaru(r.string("rilis_id"), name == null ? url : name,
					r.string("description"), JenisLampiran.TAUTAN, url, null, null, null));
			return resourceOf(packageId, l.uuid());
		}
		String filename = upload.getOriginalFilename() == null ? "berkas" : upload.getOriginalFilename();
		String ext = filename.contains(".") ? filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
				: Optional.ofNullable(r.string("format")).orElse("").toLowerCase(Locale.ROOT);
		Path temp = tempFiles.save(upload);
		try {
			if (ext.equals("csv") || ext.equals("tsv") || ext.equals("txt") || ext.equals("xlsx") || ext.equals("xls")) {
				String periode = r.string("periode");
				if (periode == null && name != null && name.strip().matches("\\d{4}(-[TQS]?\\d{1,2}(-\\d{2})?)?")) {
					periode = name.strip();
				}
				if (periode == null) {
					throw CkanException.validation("periode", text("ckan.galat.periode"));
				}
				DatasetDetail target = dataset(packageId);
				if (!target.bolehKelola() && penyerahan.produsen(target.ringkas().id())) {
					return submission(packageId, target, temp, filename, periode, r);
				}
				HasilUnggahan hasil = kelola.unggahRilis(packageId, new UnggahRilis(temp, filename, periode,
						r.string("description"), new ImportOptions(r.string("sheet"), Map.of(), 0), true,
						r.bool("terbitkan", false)));
				if (!hasil.ok()) {
					throw CkanException.validation(Map.of("upload", issues(hasil.impor().issues(),
							hasil.impor().errorCount())));
				}
				return resourceOf(packageId, hasil.rilis().uuid());
			}
			LampiranView l = kelola.lampirkan(packageId, new LampiranBaru(r.string("rilis_id"),
					name == null ? filename : name, r.string("description"), jenisLampiran(ext), null, temp, filename,
					upload.getContentType()));
			return resourceOf(packageId, l.uuid());
		}
		finally {
			tempFiles.delete(temp);
		}
	}

	/**
	 * A producer's upload: a submission that enters the review (never a publication). The answer is
	 * the draft resource with the submission's state; errors are reported like any other upload's.
	 */
	private Object submission(String packageId, DatasetDetail d, Path file, String filename, String periode,
			CkanRequest r) {
		HasilPenyerahan h = penyerahan.serahkan(d.ringkas().id(), periode, file, filename, r.string("sheet"),
				r.string("description"), r.bool("ajukan", true));
		if (h.rilisUuid() == null || h.jumlahGalat() > 0) {
			throw CkanException.validation(Map.of("upload", issues(h.temuan(), h.jumlahGalat() + h.jumlahPeringatan())));
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> resource = new java.util.LinkedHashMap<>((Map<String, Object>) resourceOf(packageId, h.rilisUuid()));
		resource.put("pengajuan_id", String.valueOf(h.pengajuanId()));
		resource.put("status_pengajuan", h.status().name());
		resource.put("diajukan", h.diajukan());
		resource.put("jumlah_peringatan", h.jumlahPeringatan());
		resource.put("tautan_pengajuan", properties.baseUrl() + "/kelola/pengumpulan/pengajuan/" + h.pengajuanId());
		return resource;
	}

	private Object resourceOf(String packageId, String uuid) {
		DatasetDetail d = katalog.datasetDariSumber(uuid).orElseGet(() -> dataset(packageId));
		int position = 0;
		for (RilisView rilis : d.rilis()) {
			if (rilis.uuid().equals(uuid)) {
				return dicts.resource(d.ringkas(), rilis, position);
			}
			position++;
			for (LampiranView l : rilis.lampiran()) {
				if (l.uuid().equals(uuid)) {
					return dicts.resource(d.ringkas(), rilis, l, position);
				}
				position++;
			}
		}
		return Map.of("id", uuid, "package_id", String.valueOf(d.ringkas().id()));
	}

	private static JenisLampiran jenisLampiran(String ext) {
		return switch (ext) {
			case "pdf" -> JenisLampiran.PDF;
			case "png", "jpg", "jpeg", "gif", "webp", "svg" -> JenisLampiran.GAMBAR;
			case "geojson", "json" -> JenisLampiran.GEOJSON;
			case "doc", "docx", "odt", "ppt", "pptx", "odp" -> JenisLampiran.DOKUMEN;
			default -> JenisLampiran.LAINNYA;
		};
	}

	/** Import issues as lines people can act on: where (row, column), what, and the value. */
	private List<String> issues(List<ImportIssue> issues, long total) {
		List<String> out = new ArrayList<>();
		for (ImportIssue i : issues) {
			if (out.size() >= 50) {
				break;
			}
			String message = messageSource.getMessage(i.messageKey(), i.argsArray(), i.messageKey(),
					LocaleContextHolder.getLocale());
			out.add(text("ckan.galat.baris", i.row(), i.column() == null ? "—" : i.column(), message)
					+ (i.value() == null ? "" : " " + text("ckan.galat.nilai", i.value())));
		}
		if (total > out.size()) {
			out.add(text("ckan.galat.barisLain", total - out.size()));
		}
		return out;
	}

	private Object apiTokenCreate(CkanRequest r) {
		String user = r.required("user");
		String name = r.required("name");
		Integer days = null;
		if (r.has("expires_in")) {
			long seconds = (long) r.integer("expires_in", 0, 1, Integer.MAX_VALUE)
					* r.integer("unit", 86_400, 1, 31_536_000);
			days = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (seconds + 86_399) / 86_400));
		}
		return Map.of("token", tokens.buat(user, name, days));
	}

	private String text(String key, Object... args) {
		return messageSource.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
