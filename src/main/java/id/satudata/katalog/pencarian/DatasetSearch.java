package id.satudata.katalog.pencarian;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.Akses;
import id.satudata.katalog.JenisData;
import id.satudata.katalog.PencarianDataset;
import id.satudata.katalog.PencarianDataset.Facet;
import id.satudata.katalog.TingkatPenyajian;
import id.satudata.katalog.dataset.Dataset;
import id.satudata.katalog.internal.KatalogAkses;
import id.satudata.shared.web.UserFacingException;

/**
 * Full-text search over the catalog with facets, through Hibernate Search. The caller's access
 * filter is part of the query itself, so results and facet counts never include what they may not
 * see.
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
			Map.entry(Facet.TINGKAT_PENYAJIAN, new FacetField("tingkatPenyajian", TingkatPenyajian.class)),
			Map.entry(Facet.KATA_KUNCI, new FacetField("kata_kunci", String.class)),
			Map.entry(Facet.LISENSI, new FacetField("lisensi", String.class)),
			Map.entry(Facet.FREKUENSI, new FacetField("frekuensi", id.satudata.katalog.Frekuensi.class)),
			Map.entry(Facet.AKSES, new FacetField("akses", Akses.class)),
			Map.entry(Facet.DITAYANGKAN, new FacetField("ditayangkan", Boolean.class)));

	private final EntityManager entityManager;

	DatasetSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	Hits cari(PencarianDataset p, KatalogAkses.Lingkup lingkup) {
		SearchSession session = Search.session(entityManager);
		Map<String, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
		var query = session.search(Dataset.class).where((f, root) -> {
			if (!lingkup.admin()) {
				root.add(access(f, lingkup));
			}
			if (p.q() != null && !p.q().isBlank()) {
				root.add(f.simpleQueryString().field("judul").boost(3f).field("kata_kunci_teks").boost(2f)
					.field("deskripsi").field("produsen_nama").matching(p.q().strip())
					.defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND));
			}
			p.filter().forEach((facet, values) -> {
				FacetField ff = FACETS.get(PencarianDataset.Facet.base(facet));
				if (ff == null) {
					throw new UserFacingException("katalog.galat.filter", facet);
				}
				if (!values.isEmpty()) {
					root.add(f.terms().field(ff.field()).matchingAny(values.stream().map(v -> convert(ff, v)).toList()));
				}
			});
		});
		for (String facet : p.facet()) {
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
		var sorted = switch (p.urut().toUpperCase(Locale.ROOT)) {
			case "RELEVANSI" -> query.sort(f -> f.score().then().field("judul_sort"));
			case "TERBARU" -> query.sort(f -> f.field("terbitTerakhir").desc().missing().last().then().field("dibuatPada")
				.desc());
			case "NAMA" -> query.sort(f -> f.field("judul_sort").asc());
			case "NAMA_TURUN" -> query.sort(f -> f.field("judul_sort").desc());
			case "DIBUAT" -> query.sort(f -> f.field("dibuatPada").desc());
			case "DIUBAH" -> query.sort(f -> f.field("diubahPada").desc());
			case "DIUBAH_NAIK" -> query.sort(f -> f.field("diubahPada").asc());
			case "SLUG" -> query.sort(f -> f.field("slug").asc());
			case "SLUG_TURUN" -> query.sort(f -> f.field("slug").desc());
			default -> throw new UserFacingException("katalog.galat.urut", p.urut());
		};
		SearchResult<Dataset> result = sorted.fetch(Math.max(0, p.offset()), Math.max(0, Math.min(p.limit(), 1000)));
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
