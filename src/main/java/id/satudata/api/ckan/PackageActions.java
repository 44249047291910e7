package id.satudata.api.ckan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import id.satudata.katalog.Akses;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.JenisPenggunaan;
import id.satudata.katalog.PenggunaanData;
import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.HasilPencarian.NilaiFacet;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.KueriTidakSah;
import id.satudata.katalog.PencarianCkan;
import id.satudata.katalog.PencarianDataset;
import id.satudata.katalog.PencarianDataset.Facet;
import id.satudata.katalog.VersiDataset;

/**
 * CKAN's dataset actions: {@code package_list}, {@code package_search} ({@code q} and {@code fq} in
 * Solr's query language, parsed and run by the catalog: {@link PencarianCkan}; several sort keys; facets) and {@code package_show}, answered as the caller
 * through {@link Katalog}.
 */
@Component
class PackageActions {

	static final int MAX_ROWS = 1000;

	/** CKAN search facet and filter names → catalog facets (the catalog's own names are accepted too). */
	static final Map<String, String> FACETS = Map.ofEntries(Map.entry("organization", Facet.ORGANISASI),
			Map.entry("groups", Facet.TOPIK), Map.entry("tags", Facet.KATA_KUNCI), Map.entry("res_format", Facet.RES_FORMAT),
			Map.entry("license_id", Facet.LISENSI), Map.entry("jenis_data", Facet.JENIS_DATA),
			Map.entry("tingkat_penyajian", Facet.TINGKAT_PENYAJIAN), Map.entry("periode", Facet.TAHUN),
			Map.entry("tahun", Facet.TAHUN), Map.entry("data_prioritas", Facet.PRIORITAS),
			Map.entry("extras_jenis_data", Facet.JENIS_DATA), Map.entry("extras_tingkat_penyajian", Facet.TINGKAT_PENYAJIAN),
			Map.entry("extras_periode", Facet.TAHUN), Map.entry("extras_data_prioritas", Facet.PRIORITAS),
			Map.entry("extras_data_induk", Facet.DATA_INDUK), Map.entry("extras_frekuensi", Facet.FREKUENSI),
			Map.entry("prioritas", Facet.PRIORITAS), Map.entry("data_induk", Facet.DATA_INDUK),
			Map.entry("frekuensi", Facet.FREKUENSI), Map.entry("organisasi", Facet.ORGANISASI),
			Map.entry("topik", Facet.TOPIK), Map.entry("kata_kunci", Facet.KATA_KUNCI), Map.entry("format", Facet.FORMAT),
			Map.entry("lisensi", Facet.LISENSI));


	private final Katalog katalog;
	private final CkanDicts dicts;
	private final CkanMessages messages;
	private final PenggunaanData penggunaan;
	private final PackageShowCache kept;
	private final VersiDataset versi;
	private final JsonMapper json;

	PackageActions(Katalog katalog, CkanDicts dicts, CkanMessages messages, PenggunaanData penggunaan,
			PackageShowCache kept, VersiDataset versi, JsonMapper json) {
		this.penggunaan = penggunaan;
		this.versi = versi;
		this.kept = kept;
		this.json = json;
		this.katalog = katalog;
		this.dicts = dicts;
		this.messages = messages;
	}

	Object packageList(CkanRequest r) {
		List<String> all = katalog.slugPublik();
		int offset = r.integer("offset", 0, 0, Integer.MAX_VALUE);
		int limit = r.integer("limit", all.size(), 0, Integer.MAX_VALUE);
		return all.stream().skip(offset).limit(limit).toList();
	}

	Object packageSearch(CkanRequest r) {
		String q = r.string("q");
		int rows = r.integer("rows", 10, 0, MAX_ROWS);
		int start = r.integer("start", 0, 0, 1_000_000);
		String sort = r.string("sort");
		List<String> facetFields = r.bool("facet", true) ? r.list("facet.field") : List.of();
		int facetLimit = r.integer("facet.limit", 50, -1, 1000);
		List<String> facets = new ArrayList<>();
		for (String f : facetFields) {
			facets.add(facet(f, "facet.field"));
		}
		HasilPencarian hasil;
		try {
			hasil = katalog.cari(new PencarianCkan(q, fqs(r), sort, start, rows, facets,
					r.bool("include_private", false)));
		}
		catch (KueriTidakSah e) {
			String message = messages.get(e);
			if (e.getJenis() == KueriTidakSah.Jenis.FIELD) {
				// CKAN answers a field Solr does not know with a 409
				throw CkanException.validation(e.getParameter(), message);
			}
			throw new CkanException(HttpStatus.BAD_REQUEST, CkanException.SEARCH_QUERY,
					"Search Query is invalid: " + message);
		}
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
		result.put("sort", sort == null ? (q == null || q.isBlank() || q.strip().equals("*:*") ? "metadata_modified desc"
				: "score desc, metadata_modified desc") : sort);
		result.put("search_facets", searchFacets);
		return result;
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
					"Search Query is invalid: " + messages.get("ckan.galat.fieldTidakDikenal", ckanName, parameter,
							String.join(", ", FACETS.keySet().stream().sorted().toList())));
		}
		return f;
	}

	Object packageShow(CkanRequest r) {
		String id = r.required("id");
		DatasetDetail d = dataset(id);
		penggunaan.catat(d.ringkas().id(), null, JenisPenggunaan.API, null, r.userAgent());
		return dicts.packageDict(d);
	}

	/**
	 * {@code package_show} for an anonymous caller, as the JSON of the whole answer ({@code help} is its
	 * envelope's): kept for a TERBUKA dataset while its row version stays ({@link PackageShowCache}),
	 * built as {@link #packageShow} builds it otherwise. The use is counted either way.
	 */
	byte[] packageShowPublic(CkanRequest r, String help) {
		String id = r.required("id");
		// one plain JDBC lookup, no transaction: a kept answer costs little more than site_read (issue 18)
		java.util.OptionalLong version = versi.versi(id);
		PackageShowCache.Kept answer = version.isPresent() ? kept.get(id, version.getAsLong()) : null;
		if (answer == null) {
			DatasetDetail d = dataset(id);
			byte[] bytes = json.writeValueAsBytes(CkanEnvelope.ok(help, dicts.packageDict(d)));
			answer = new PackageShowCache.Kept(d.ringkas().id(), version.orElse(-1), bytes);
			// the version was read before the dataset: a change in between leaves an answer no request takes
			if (version.isPresent() && d.ringkas().akses() == Akses.TERBUKA) {
				kept.put(id, answer);
			}
		}
		penggunaan.catat(answer.datasetId(), null, JenisPenggunaan.API, null, r.userAgent());
		return answer.json();
	}

	DatasetDetail dataset(String id) {
		return katalog.dataset(id).orElseThrow(() -> CkanException.notFound(messages.get("ckan.galat.datasetTidakAda", id)));
	}

	/** The dataset of a release or attachment the caller may see. */
	DatasetDetail datasetDariSumber(String resourceId) {
		return katalog.datasetDariSumber(resourceId)
			.orElseThrow(() -> CkanException.notFound(messages.get("ckan.galat.sumberTidakAda", resourceId)));
	}

}
