package id.satudata.katalog.pencarian;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.Akses;
import id.satudata.katalog.JenisData;
import id.satudata.katalog.KueriTidakSah;
import id.satudata.katalog.PencarianCkan;
import id.satudata.katalog.PencarianDataset;
import id.satudata.katalog.PencarianDataset.Facet;
import id.satudata.katalog.TingkatPenyajian;
import id.satudata.katalog.dataset.Dataset;
import id.satudata.katalog.internal.KatalogAkses;
import id.satudata.shared.web.UserFacingException;

/**
 * Full-text search over the catalog with facets, through Hibernate Search. The caller's access
 * filter is part of the query itself, so results and facet counts never include what they may not
 * see according to the index. The index may lag behind the database (on several nodes, until the
 * outbox's next poll; after a change made behind the application's back, until a re-index), so every
 * hit is loaded from the database and re-checked against the access rules on its current state; a hit
 * that fails is dropped and the query run again without it, so the page, the total and the facets leave
 * it out. Counts asked for without hits (the producers' and topics' figures) follow the index alone: a
 * dataset made TERTUTUP may be counted there until the index catches up, never shown.
 */
@Component
class DatasetSearch {

	/** A page of hits with raw facet counts (value → count). */
	record Hits(long total, List<Dataset> hits, Map<String, Map<String, Long>> facets) {
	}

	private record FacetField(String field, Class<?> type) {
	}

	private static final Map<String, FacetField> FACETS = Map.ofEntries(
			Map.entry(Facet.ORGANISASI, new FacetField("produsenSlug", String.class)),
			Map.entry(Facet.TOPIK, new FacetField("topik", String.class)),
			Map.entry(Facet.JENIS_DATA, new FacetField("jenisData", JenisData.class)),
			Map.entry(Facet.TAHUN, new FacetField("periodeTerbit", String.class)),
			Map.entry(Facet.PRIORITAS, new FacetField("dataPrioritas", Boolean.class)),
			Map.entry(Facet.DATA_INDUK, new FacetField("dataInduk", Boolean.class)),
			Map.entry(Facet.FORMAT, new FacetField("format", String.class)),
			Map.entry(Facet.RES_FORMAT, new FacetField("res_format", String.class)),
			Map.entry(Facet.TINGKAT_PENYAJIAN, new FacetField("tingkatPenyajian", TingkatPenyajian.class)),
			Map.entry(Facet.KATA_KUNCI, new FacetField("kata_kunci", String.class)),
			Map.entry(Facet.LISENSI, new FacetField("lisensi", String.class)),
			Map.entry(Facet.FREKUENSI, new FacetField("frekuensi", id.satudata.katalog.Frekuensi.class)),
			Map.entry(Facet.AKSES, new FacetField("akses", Akses.class)),
			Map.entry(Facet.DITAYANGKAN, new FacetField("ditayangkan", Boolean.class)));

	/** How often a page is asked for again without hits the database refused. */
	private static final int PERCOBAAN = 3;

	private static final Logger log = LoggerFactory.getLogger(DatasetSearch.class);

	private final EntityManager entityManager;
	private final KueriSolr kueri;
	private final KatalogAkses akses;

	DatasetSearch(EntityManager entityManager, KueriSolr kueri, KatalogAkses akses) {
		this.entityManager = entityManager;
		this.kueri = kueri;
		this.akses = akses;
	}

	@Transactional(readOnly = true)
	Hits cari(PencarianDataset p, KatalogAkses.Lingkup lingkup) {
		return run(lingkup, (f, root) -> {
			if (p.q() != null && !p.q().isBlank()) {
				root.must(f.simpleQueryString().field("judul").boost(3f).field("kata_kunci_teks").boost(2f)
					.field("deskripsi").field("produsen_nama").matching(p.q().strip())
					.defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND));
			}
			p.filter().forEach((facet, values) -> {
				FacetField ff = FACETS.get(PencarianDataset.Facet.base(facet));
				if (ff == null) {
					throw new UserFacingException("katalog.galat.filter", facet);
				}
				if (!values.isEmpty()) {
					root.filter(f.terms().field(ff.field()).matchingAny(values.stream().map(v -> convert(ff, v)).toList()));
				}
			});
		}, f -> switch (p.urut().toUpperCase(Locale.ROOT)) {
			case "RELEVANSI" -> f.score().then().field("judul_sort");
			case "TERBARU" -> f.field("terbitTerakhir").desc().missing().last().then().field("dibuatPada").desc();
			case "NAMA" -> f.field("judul_sort").asc();
			case "NAMA_TURUN" -> f.field("judul_sort").desc();
			case "DIBUAT" -> f.field("dibuatPada").desc();
			case "DIUBAH" -> f.field("diubahPada").desc();
			case "DIUBAH_NAIK" -> f.field("diubahPada").asc();
			case "SLUG" -> f.field("slug").asc();
			case "SLUG_TURUN" -> f.field("slug").desc();
			default -> throw new UserFacingException("katalog.galat.urut", p.urut());
		}, p.offset(), p.limit(), p.facet(), d -> akses.bolehLihat(d, lingkup));
	}

	/**
	 * A search in CKAN's query language ({@link KueriSolr}): {@code q} scores, each {@code fq} filters,
	 * and the caller's access filter is applied on top, so no query can widen what they see.
	 */
	@Transactional(readOnly = true)
	Hits cari(PencarianCkan p, KatalogAkses.Lingkup lingkup) {
		String q = p.q() == null || p.q().isBlank() ? null : p.q().strip();
		List<String[]> urut = urut(p.urut(), q != null && !q.equals("*:*"));
		return run(lingkup, (f, root) -> {
			if (q != null) {
				root.must(kueri.predicate(f, q, "q"));
			}
			for (String fq : p.fq()) {
				if (fq != null && !fq.isBlank()) {
					root.filter(kueri.predicate(f, fq, "fq"));
				}
			}
			// as CKAN's package_search: deleted datasets are never found (their editors read them by id)
			root.filter(f.match().field("dihapus").matching(false));
			if (!p.termasukPrivat()) {
				root.filter(f.match().field("ditayangkan").matching(true));
				root.filter(f.match().field("akses").matching(Akses.TERBUKA));
			}
		}, f -> {
			var composite = f.composite();
			for (String[] key : urut) {
				if (key[0].equals("score")) {
					composite.add(key[1].equals("asc") ? f.score().asc() : f.score().desc());
				}
				else {
					composite.add(key[1].equals("asc") ? f.field(key[0]).asc() : f.field(key[0]).desc());
				}
			}
			// a stable order for paging: ties are broken by the dataset's id
			composite.add(f.field("uuid").asc());
			return composite;
		}, p.offset(), p.limit(), p.facet(), d -> akses.bolehLihat(d, lingkup) && !d.isDihapus()
				&& (p.termasukPrivat() || d.isDitayangkan() && d.getAkses() == Akses.TERBUKA));
	}

	/** CKAN's sort ("metadata_modified desc, name asc") as index fields and directions. */
	private static List<String[]> urut(String sort, boolean query) {
		if (sort == null || sort.isBlank()) {
			List<String[]> order = new ArrayList<>();
			if (query) {
				order.add(new String[] { "score", "desc" });
			}
			order.add(new String[] { "diubahPada", "desc" });
			return order;
		}
		List<String[]> out = new ArrayList<>();
		for (String part : sort.split(",")) {
			String[] words = part.strip().split("\\s+");
			String name = words[0].toLowerCase(Locale.ROOT);
			String dir = words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "asc";
			if (words.length > 2 || !(dir.equals("asc") || dir.equals("desc"))) {
				throw new KueriTidakSah(KueriTidakSah.Jenis.URUT, "sort", "katalog.galat.urutField", sort,
						KueriSolr.urutan());
			}
			if (name.equals("score") || name.equals("rank") || name.equals("relevance")) {
				out.add(new String[] { "score", name.equals("relevance") ? "desc" : dir });
				continue;
			}
			String field = KueriSolr.URUT.get(name);
			if (field == null) {
				throw new KueriTidakSah(KueriTidakSah.Jenis.URUT, "sort", "katalog.galat.urutField", sort,
						KueriSolr.urutan());
			}
			out.add(new String[] { field, dir });
		}
		return out;
	}

	private Hits run(KatalogAkses.Lingkup lingkup,
			java.util.function.BiConsumer<SearchPredicateFactory, BooleanPredicateClausesStep<?, ?>> where,
			java.util.function.Function<SearchSortFactory, SortFinalStep> sort, int offset, int limit,
			List<String> facetNames, java.util.function.Predicate<Dataset> bolehLihat) {
		Set<Long> ditolak = new HashSet<>();
		for (int percobaan = 1;; percobaan++) {
			Hits hits = run(lingkup, where, sort, offset, limit, facetNames, ditolak);
			List<Long> basi = hits.hits().stream().filter(d -> !bolehLihat.test(d)).map(Dataset::getId).toList();
			if (basi.isEmpty()) {
				return hits;
			}
			log.debug("Search index behind the database: datasets {} dropped from the hits", basi);
			ditolak.addAll(basi);
			if (percobaan == PERCOBAAN) {
				return new Hits(Math.max(0, hits.total() - basi.size()),
						hits.hits().stream().filter(bolehLihat).toList(), hits.facets());
			}
		}
	}

	private Hits run(KatalogAkses.Lingkup lingkup,
			java.util.function.BiConsumer<SearchPredicateFactory, BooleanPredicateClausesStep<?, ?>> where,
			java.util.function.Function<SearchSortFactory, SortFinalStep> sort, int offset, int limit,
			List<String> facetNames, Set<Long> ditolak) {
		SearchSession session = Search.session(entityManager);
		Map<String, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
		var query = session.search(Dataset.class).where(f -> {
			BooleanPredicateClausesStep<?, ?> root = f.bool();
			root.must(f.matchAll());
			if (!lingkup.admin()) {
				root.filter(access(f, lingkup));
			}
			if (!ditolak.isEmpty()) {
				root.mustNot(f.id().matchingAny(List.copyOf(ditolak)));
			}
			where.accept(f, root);
			return root;
		}).sort(sort::apply);
		for (String facet : facetNames) {
			FacetField ff = FACETS.get(facet);
			if (ff == null) {
				throw new UserFacingException("katalog.galat.filter", facet);
			}
			AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet);
			keys.put(facet, key);
			@SuppressWarnings("unchecked")
			Class<Object> type = (Class<Object>) ff.type();
			query = query.aggregation(key, f -> f.terms().field(ff.field(), type).maxTermCount(200));
		}
		SearchResult<Dataset> result = query.fetch(Math.max(0, offset), Math.max(0, Math.min(limit, 1000)));
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		keys.forEach((facet, key) -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			result.aggregation(key).entrySet().stream()
				.sorted(Map.Entry.<Object, Long>comparingByValue(Comparator.reverseOrder())
					.thenComparing(e -> String.valueOf(e.getKey())))
				.forEach(e -> counts.put(facetValue(e.getKey()), e.getValue()));
			facets.put(facet, counts);
		});
		return new Hits(result.total().hitCount(), result.hits(), facets);
	}

	/** What the caller may see, as a predicate (the same rules as {@link KatalogAkses}). */
	private static SearchPredicate access(SearchPredicateFactory f, KatalogAkses.Lingkup l) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		any.should(f.bool().must(f.match().field("ditayangkan").matching(true))
			.must(f.match().field("akses").matching(Akses.TERBUKA)));
		if (!l.terbatasOrganisasi().isEmpty()) {
			any.should(f.bool().must(f.match().field("ditayangkan").matching(true))
				.must(f.match().field("akses").matching(Akses.TERBATAS))
				.must(f.terms().field("organisasiId").matchingAny(List.copyOf(l.terbatasOrganisasi()))));
		}
		if (!l.datasetKhusus().isEmpty()) {
			any.should(f.bool().must(f.match().field("ditayangkan").matching(true))
				.must(f.match().field("akses").matching(Akses.TERBATAS))
				.must(f.id().matchingAny(List.copyOf(l.datasetKhusus()))));
		}
		List<Long> orgs = new ArrayList<>(l.kelolaOrganisasi());
		orgs.addAll(l.lihatSemuaOrganisasi());
		if (!orgs.isEmpty()) {
			any.should(f.terms().field("organisasiId").matchingAny(orgs));
		}
		if (!l.unitProdusen().isEmpty()) {
			any.should(f.terms().field("produsenUnitId").matchingAny(List.copyOf(l.unitProdusen())));
		}
		return any.minimumShouldMatchNumber(1).toPredicate();
	}

	private static Object convert(FacetField ff, String value) {
		try {
			if (ff.type() == Boolean.class) {
				return switch (value.toLowerCase(Locale.ROOT)) {
					case "true", "ya", "1" -> Boolean.TRUE;
					case "false", "tidak", "0" -> Boolean.FALSE;
					default -> throw new IllegalArgumentException(value);
				};
			}
			if (ff.type().isEnum()) {
				return enumValue(ff.type(), value.toUpperCase(Locale.ROOT));
			}
			return value;
		}
		catch (IllegalArgumentException e) {
			throw new UserFacingException("katalog.galat.nilaiFilter", value);
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object enumValue(Class<?> type, String name) {
		return Enum.valueOf((Class) type, name);
	}

	private static String facetValue(Object o) {
		return o instanceof Enum<?> e ? e.name() : String.valueOf(o);
	}

}
