package id.satudata.katalog.pencarian;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.springframework.stereotype.Component;

import id.satudata.katalog.Akses;
import id.satudata.katalog.IdPublik;
import id.satudata.katalog.KueriTidakSah;
import id.satudata.katalog.internal.Slugs;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.KodeView;

/**
 * CKAN's (Solr's) query language on the catalog index: a query is parsed by Lucene's classic query
 * parser (default operator AND, as CKAN sets {@code q.op}) and its syntax tree translated into Hibernate
 * Search predicates, so the same query means the same on the embedded Lucene index and on
 * Elasticsearch/OpenSearch. The parser only reads the syntax (a keyword analyzer keeps every value as
 * written); values are analyzed by the index's own fields.
 * <p>
 * One deliberate difference from Solr: where AND and OR are mixed without parentheses, the terms joined
 * by OR form one group that must match ({@code organization:a OR organization:b metadata_modified:[x TO *]}
 * is "(a or b) and modified since x", as the CKAN harvester means it); Solr's classic parser would make
 * the OR-ed terms optional.
 */
@Component
class KueriSolr {

	/** How a CKAN field is searched. */
	enum Jenis {
		/** exact values of a keyword field */
		KATA,
		/** exact values, upper-cased (formats, enumerations) */
		KATA_BESAR,
		/** analyzed text (Indonesian stemming) over one or several fields */
		TEKS,
		WAKTU, BILANGAN, BOOLEAN,
		/** CKAN's owner_org: the producing unit by uuid, numeric id or name */
		PEMILIK,
		/** CKAN's groups: the topic by code or group id */
		GRUP,
		/** constants of CKAN every dataset here has: state active, type dataset */
		TETAP,
		/** public or private as the caller sees it */
		KAPASITAS,
		/** the names of the table resources: the title and the periods */
		NAMA_SUMBER
	}

	record Field(Jenis jenis, List<String> index, String tetap) {

		Field(Jenis jenis, String... index) {
			this(jenis, List.of(index), null);
		}

	}

	/** The default field of bare words: CKAN's "text". */
	static final String TEKS = "text";

	private static final List<String> FIELD_TEKS = List.of("judul", "deskripsi", "kata_kunci_teks", "produsen_nama");

	/** CKAN field → how it is searched; the catalog's own older names are accepted too. */
	static final Map<String, Field> FIELDS;

	static {
		Map<String, Field> m = new LinkedHashMap<>();
		m.put(TEKS, new Field(Jenis.TEKS, FIELD_TEKS, null));
		m.put("name", new Field(Jenis.KATA, "slug"));
		m.put("id", new Field(Jenis.KATA, "uuid"));
		m.put("title", new Field(Jenis.TEKS, "judul"));
		m.put("notes", new Field(Jenis.TEKS, "deskripsi"));
		m.put("tags", new Field(Jenis.KATA, "kata_kunci"));
		m.put("groups", new Field(Jenis.GRUP, "topik"));
		m.put("organization", new Field(Jenis.KATA, "produsenSlug"));
		m.put("owner_org", new Field(Jenis.PEMILIK, "produsenUnitId"));
		m.put("res_format", new Field(Jenis.KATA_BESAR, "res_format"));
		m.put("res_name", new Field(Jenis.NAMA_SUMBER, "judul", "periodeTerbit"));
		m.put("license_id", new Field(Jenis.KATA, "lisensi"));
		m.put("state", new Field(Jenis.TETAP, List.of(), "active"));
		m.put("dataset_type", new Field(Jenis.TETAP, List.of(), "dataset"));
		m.put("capacity", new Field(Jenis.KAPASITAS));
		m.put("metadata_created", new Field(Jenis.WAKTU, "dibuatPada"));
		m.put("metadata_modified", new Field(Jenis.WAKTU, "diubahPada"));
		m.put("num_resources", new Field(Jenis.BILANGAN, "jumlahSumber"));
		m.put("num_tags", new Field(Jenis.BILANGAN, "num_tags"));
		m.put("extras_jenis_data", new Field(Jenis.KATA_BESAR, "jenisData"));
		m.put("extras_tingkat_penyajian", new Field(Jenis.KATA_BESAR, "tingkatPenyajian"));
		m.put("extras_frekuensi", new Field(Jenis.KATA_BESAR, "frekuensi"));
		m.put("extras_akses", new Field(Jenis.KATA_BESAR, "akses"));
		m.put("extras_data_prioritas", new Field(Jenis.BOOLEAN, "dataPrioritas"));
		m.put("extras_data_induk", new Field(Jenis.BOOLEAN, "dataInduk"));
		m.put("extras_periode", new Field(Jenis.KATA, "periodeTerbit"));
		m.put("extras_cakupan_wilayah", new Field(Jenis.KATA, "cakupanWilayah"));
		m.put("extras_satuan", new Field(Jenis.KATA, "satuan"));
		m.put("extras_standar_data", new Field(Jenis.KATA, "standarData"));
		// the names this API accepted before (docs/api.md), kept so existing clients keep working
		for (String extra : List.of("jenis_data", "tingkat_penyajian", "frekuensi", "data_prioritas", "data_induk",
				"periode")) {
			m.put(extra, m.get("extras_" + extra));
		}
		m.put("tahun", m.get("extras_periode"));
		m.put("prioritas", m.get("extras_data_prioritas"));
		m.put("organisasi", m.get("organization"));
		m.put("topik", m.get("groups"));
		m.put("kata_kunci", m.get("tags"));
		m.put("lisensi", m.get("license_id"));
		m.put("format", new Field(Jenis.KATA_BESAR, "format"));
		FIELDS = Map.copyOf(m);
	}

	/** The fields named in error messages: CKAN's, without the older aliases. */
	static final List<String> FIELD_CKAN = List.of("id", "name", "title", "notes", "text", "tags", "groups",
			"organization", "owner_org", "res_format", "res_name", "license_id", "state", "dataset_type", "capacity",
			"metadata_created", "metadata_modified", "num_resources", "num_tags", "extras_jenis_data",
			"extras_tingkat_penyajian", "extras_frekuensi", "extras_akses", "extras_data_prioritas",
			"extras_data_induk", "extras_periode", "extras_cakupan_wilayah", "extras_satuan", "extras_standar_data");

	private final OrganisasiDirectory organisasi;
	private final KodeReferensiLookup kodeReferensi;

	KueriSolr(OrganisasiDirectory organisasi, KodeReferensiLookup kodeReferensi) {
		this.organisasi = organisasi;
		this.kodeReferensi = kodeReferensi;
	}

	/** Parses a query (a parse error or an unknown field is a {@link KueriTidakSah}). */
	Query parse(String text, String parameter) {
		QueryParser parser = new Parser();
		parser.setDefaultOperator(QueryParser.Operator.AND);
		parser.setAllowLeadingWildcard(true);
		parser.setSplitOnWhitespace(true);
		Query q;
		try {
			q = parser.parse(text);
		}
		catch (ParseException | RuntimeException e) {
			String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
				.orElse("");
			throw new KueriTidakSah(KueriTidakSah.Jenis.SINTAKS, parameter, "katalog.galat.kueriSintaks", text, detail);
		}
		checkFields(q, parameter);
		return q;
	}

	/** The predicate of a query, for the factory of a search on datasets. */
	SearchPredicate predicate(SearchPredicateFactory f, String text, String parameter) {
		if (text == null || text.isBlank()) {
			return f.matchAll().toPredicate();
		}
		return new Translator(f, parameter).translate(parse(text, parameter));
	}

	/** Every field of the query is known, before anything runs. */
	private static void checkFields(Query q, String parameter) {
		if (q instanceof BooleanQuery b) {
			b.clauses().forEach(c -> checkFields(c.getQuery(), parameter));
		}
		else if (q instanceof BoostQuery b) {
			checkFields(b.getQuery(), parameter);
		}
		else {
			String field = fieldOf(q);
			if (field != null && !FIELDS.containsKey(field)) {
				throw new KueriTidakSah(KueriTidakSah.Jenis.FIELD, parameter, "katalog.galat.kueriField", field,
						String.join(", ", FIELD_CKAN));
			}
		}
	}

	private static String fieldOf(Query q) {
		if (q instanceof TermQuery t) {
			return t.getTerm().field();
		}
		if (q instanceof PhraseQuery p) {
			return p.getField();
		}
		if (q instanceof TermRangeQuery r) {
			return r.getField();
		}
		if (q instanceof WildcardQuery w) {
			return w.getField();
		}
		if (q instanceof PrefixQuery p) {
			return p.getField();
		}
		return null;
	}

	/** The classic parser without its locale-dependent date guessing in ranges: values stay as written. */
	private static final class Parser extends QueryParser {

		Parser() {
			super(TEKS, new KeywordAnalyzer());
		}

		@Override
		protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
				boolean endInclusive) {
			return newRangeQuery(field, part1, part2, startInclusive, endInclusive);
		}

	}

	private final class Translator {

		private final SearchPredicateFactory f;
		private final String parameter;

		Translator(SearchPredicateFactory f, String parameter) {
			this.f = f;
			this.parameter = parameter;
		}

		SearchPredicate translate(Query q) {
			if (q instanceof MatchAllDocsQuery) {
				return f.matchAll().toPredicate();
			}
			if (q instanceof BoostQuery b) {
				return translate(b.getQuery());
			}
			if (q instanceof BooleanQuery b) {
				return bool(b);
			}
			if (q instanceof TermQuery t) {
				return term(t.getTerm().field(), t.getTerm().text());
			}
			if (q instanceof PhraseQuery p) {
				StringBuilder words = new StringBuilder();
				for (Term t : p.getTerms()) {
					words.append(words.length() == 0 ? "" : " ").append(t.text());
				}
				return term(p.getField(), words.toString());
			}
			if (q instanceof TermRangeQuery r) {
				return range(r.getField(), r.getLowerTerm() == null ? null : r.getLowerTerm().utf8ToString(),
						r.getUpperTerm() == null ? null : r.getUpperTerm().utf8ToString(), r.includesLower(),
						r.includesUpper());
			}
			if (q instanceof WildcardQuery w) {
				return wildcard(w.getField(), w.getTerm().text());
			}
			if (q instanceof PrefixQuery p) {
				return wildcard(p.getField(), p.getPrefix().text() + "*");
			}
			throw unsupported(String.valueOf(fieldOf(q)), q.toString());
		}

		/**
		 * MUST and MUST_NOT as they are; each run of consecutive SHOULD clauses (terms joined by OR) is one
		 * group of which one must match. A query of only negations matches everything else (as Solr).
		 */
		private SearchPredicate bool(BooleanQuery b) {
			BooleanPredicateClausesStep<?, ?> out = f.bool();
			List<SearchPredicate> run = new ArrayList<>();
			boolean positive = false;
			for (BooleanClause c : b.clauses()) {
				if (c.getOccur() == BooleanClause.Occur.SHOULD) {
					run.add(translate(c.getQuery()));
					continue;
				}
				if (!run.isEmpty()) {
					out.must(any(run));
					positive = true;
					run = new ArrayList<>();
				}
				if (c.getOccur() == BooleanClause.Occur.MUST_NOT) {
					out.mustNot(translate(c.getQuery()));
				}
				else {
					out.must(translate(c.getQuery()));
					positive = true;
				}
			}
			if (!run.isEmpty()) {
				out.must(any(run));
				positive = true;
			}
			if (!positive) {
				out.must(f.matchAll());
			}
			return out.toPredicate();
		}

		private SearchPredicate any(List<SearchPredicate> alternatives) {
			if (alternatives.size() == 1) {
				return alternatives.get(0);
			}
			BooleanPredicateClausesStep<?, ?> or = f.bool();
			alternatives.forEach(or::should);
			return or.minimumShouldMatchNumber(1).toPredicate();
		}

		private SearchPredicate term(String name, String value) {
			Field field = FIELDS.get(name);
			return switch (field.jenis()) {
				case KATA -> keyword(field.index().get(0), value);
				case KATA_BESAR -> keyword(field.index().get(0), value.toUpperCase(Locale.ROOT));
				case TEKS -> text(field.index(), value);
				case NAMA_SUMBER -> f.bool().should(text(List.of(field.index().get(0)), value))
					.should(keyword(field.index().get(1), value)).minimumShouldMatchNumber(1).toPredicate();
				case WAKTU -> {
					// a day, a month or a year: all of it; an instant: exactly it
					if (value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
						Instant start = waktu(name, value);
						Instant end = value.length() == 4 ? start.atZone(ZoneOffset.UTC).plusYears(1).toInstant()
								: value.length() == 7 ? start.atZone(ZoneOffset.UTC).plusMonths(1).toInstant()
										: start.plus(1, ChronoUnit.DAYS);
						yield f.range().field(field.index().get(0)).within(Range.between(start, RangeBoundInclusion.INCLUDED,
								end, RangeBoundInclusion.EXCLUDED)).toPredicate();
					}
					yield f.match().field(field.index().get(0)).matching(waktu(name, value)).toPredicate();
				}
				case BILANGAN -> f.match().field(field.index().get(0)).matching(bilangan(name, value)).toPredicate();
				case BOOLEAN -> f.match().field(field.index().get(0)).matching(bool(name, value)).toPredicate();
				case PEMILIK -> pemilik(value);
				case GRUP -> keyword(field.index().get(0), topik(value));
				case TETAP -> field.tetap().equals(value) ? f.matchAll().toPredicate() : f.matchNone().toPredicate();
				case KAPASITAS -> switch (value) {
					case "public" -> publik();
					case "private" -> f.not(publik()).toPredicate();
					default -> f.matchNone().toPredicate();
				};
			};
		}

		private SearchPredicate keyword(String field, String value) {
			return f.match().field(field).matching(value, ValueModel.INDEX).toPredicate();
		}

		private SearchPredicate text(List<String> fields, String value) {
			String[] rest = fields.subList(1, fields.size()).toArray(String[]::new);
			if (value.strip().contains(" ")) {
				return f.phrase().field(fields.get(0)).fields(rest).matching(value).toPredicate();
			}
			return f.match().field(fields.get(0)).fields(rest).matching(value).toPredicate();
		}

		private SearchPredicate publik() {
			return f.bool().must(f.match().field("ditayangkan").matching(true))
				.must(f.match().field("akses").matching(Akses.TERBUKA)).toPredicate();
		}

		private SearchPredicate range(String name, String lower, String upper, boolean includeLower,
				boolean includeUpper) {
			Field field = FIELDS.get(name);
			RangeBoundInclusion lo = includeLower ? RangeBoundInclusion.INCLUDED : RangeBoundInclusion.EXCLUDED;
			RangeBoundInclusion hi = includeUpper ? RangeBoundInclusion.INCLUDED : RangeBoundInclusion.EXCLUDED;
			return switch (field.jenis()) {
				case WAKTU -> f.range().field(field.index().get(0))
					.within(Range.between(lower == null ? null : waktu(name, lower), lo,
							upper == null ? null : waktu(name, upper), hi))
					.toPredicate();
				case BILANGAN -> f.range().field(field.index().get(0))
					.within(Range.between(lower == null ? null : bilangan(name, lower), lo,
							upper == null ? null : bilangan(name, upper), hi))
					.toPredicate();
				case KATA -> f.range().field(field.index().get(0))
					.within(Range.between(lower, lo, upper, hi), ValueModel.INDEX).toPredicate();
				case KATA_BESAR -> f.range().field(field.index().get(0))
					.within(Range.between(lower == null ? null : lower.toUpperCase(Locale.ROOT), lo,
							upper == null ? null : upper.toUpperCase(Locale.ROOT), hi), ValueModel.INDEX)
					.toPredicate();
				default -> throw unsupported(name, "[" + lower + " TO " + upper + "]");
			};
		}

		private SearchPredicate wildcard(String name, String pattern) {
			Field field = FIELDS.get(name);
			boolean all = pattern.chars().allMatch(c -> c == '*');
			if (all) {
				// field:* — has a value
				return switch (field.jenis()) {
					case TETAP, KAPASITAS -> f.matchAll().toPredicate();
					case PEMILIK, WAKTU, BILANGAN, BOOLEAN, KATA, KATA_BESAR, GRUP -> f.exists()
						.field(field.index().get(0)).toPredicate();
					case TEKS, NAMA_SUMBER -> {
						BooleanPredicateClausesStep<?, ?> any = f.bool();
						field.index().forEach(i -> any.should(f.exists().field(i)));
						yield any.minimumShouldMatchNumber(1).toPredicate();
					}
				};
			}
			return switch (field.jenis()) {
				case KATA, GRUP -> f.wildcard().field(field.index().get(0)).matching(pattern).toPredicate();
				case KATA_BESAR -> f.wildcard().field(field.index().get(0)).matching(pattern.toUpperCase(Locale.ROOT))
					.toPredicate();
				case TEKS, NAMA_SUMBER -> f.wildcard().field(field.index().get(0))
					.fields(field.index().subList(1, field.index().size()).toArray(String[]::new))
					.matching(pattern.toLowerCase(Locale.ROOT)).toPredicate();
				default -> throw unsupported(name, pattern);
			};
		}

		private SearchPredicate pemilik(String value) {
			Set<Long> ids = new HashSet<>();
			if (value.matches("\\d{1,18}")) {
				ids.add(Long.parseLong(value));
			}
			else {
				Map<Long, OrganisasiRef> orgs = new LinkedHashMap<>();
				organisasi.semuaOrganisasi().forEach(o -> orgs.put(o.id(), o));
				for (UnitRef u : organisasi.semuaUnitBerjenis(JenisUnit.PRODUSEN_DATA)) {
					OrganisasiRef org = orgs.get(u.organisasiId());
					if (value.equalsIgnoreCase(u.uuid()) || (org != null && Slugs.produsen(u, org).equals(value))) {
						ids.add(u.id());
					}
				}
			}
			if (ids.isEmpty()) {
				return f.matchNone().toPredicate();
			}
			return f.terms().field("produsenUnitId").matchingAny(List.copyOf(ids)).toPredicate();
		}

		/** A topic by its code, or by its group id. */
		private String topik(String value) {
			if (!IdPublik.uuid(value)) {
				return value;
			}
			return kodeReferensi.anak(IdPublik.DAFTAR_TOPIK, null).stream().map(KodeView::kode)
				.filter(k -> IdPublik.topik(k).equalsIgnoreCase(value)).findFirst().orElse(value);
		}

		private Instant waktu(String field, String value) {
			Instant t = KueriSolr.waktu(value, Instant.now());
			if (t == null) {
				throw new KueriTidakSah(KueriTidakSah.Jenis.SINTAKS, parameter, "katalog.galat.kueriNilai", field, value);
			}
			return t;
		}

		private Integer bilangan(String field, String value) {
			try {
				return Integer.valueOf(value);
			}
			catch (NumberFormatException e) {
				throw new KueriTidakSah(KueriTidakSah.Jenis.SINTAKS, parameter, "katalog.galat.kueriNilai", field, value);
			}
		}

		private Boolean bool(String field, String value) {
			return switch (value.toLowerCase(Locale.ROOT)) {
				case "true", "ya", "1" -> Boolean.TRUE;
				case "false", "tidak", "0" -> Boolean.FALSE;
				default -> throw new KueriTidakSah(KueriTidakSah.Jenis.SINTAKS, parameter, "katalog.galat.kueriNilai",
						field, value);
			};
		}

		private KueriTidakSah unsupported(String field, String query) {
			return new KueriTidakSah(KueriTidakSah.Jenis.SINTAKS, parameter, "katalog.galat.kueriJenis", field, query);
		}

	}

	private static final Pattern NOW = Pattern.compile("NOW(?:([+-])(\\d{1,6})(YEAR|MONTH|DAY|HOUR|MINUTE|SECOND)S?)?"
			+ "(?:/(YEAR|MONTH|DAY|HOUR|MINUTE|SECOND))?");

	/**
	 * A point in time as Solr reads it: an ISO instant ({@code 2026-01-01T00:00:00Z}, fractions allowed,
	 * the zone optional and then UTC), a date or month or year (their start, UTC), or date math from
	 * {@code NOW} ({@code NOW-7DAYS}, {@code NOW/DAY}). {@code null} when it is none of these.
	 */
	static Instant waktu(String value, Instant now) {
		String v = value.strip();
		try {
			if (v.matches("\\d{4}")) {
				return LocalDate.of(Integer.parseInt(v), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
			}
			if (v.matches("\\d{4}-\\d{2}")) {
				return LocalDate.parse(v + "-01").atStartOfDay().toInstant(ZoneOffset.UTC);
			}
			if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
			}
			if (v.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+")) {
				return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
			}
			if (v.matches("\\d{4}-\\d{2}-\\d{2}T.+")) {
				return java.time.OffsetDateTime.parse(v).toInstant();
			}
		}
		catch (DateTimeParseException e) {
			return null;
		}
		Matcher m = NOW.matcher(v.toUpperCase(Locale.ROOT));
		if (!m.matches()) {
			return null;
		}
		java.time.ZonedDateTime t = now.atZone(ZoneOffset.UTC);
		if (m.group(1) != null) {
			long n = Long.parseLong(m.group(2)) * ("-".equals(m.group(1)) ? -1 : 1);
			t = t.plus(n, unit(m.group(3)));
		}
		if (m.group(4) != null) {
			t = switch (m.group(4)) {
				case "YEAR" -> t.withDayOfYear(1).truncatedTo(ChronoUnit.DAYS);
				case "MONTH" -> t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
				default -> t.truncatedTo(unit(m.group(4)));
			};
		}
		return t.toInstant();
	}

	private static ChronoUnit unit(String name) {
		return switch (name) {
			case "YEAR" -> ChronoUnit.YEARS;
			case "MONTH" -> ChronoUnit.MONTHS;
			case "DAY" -> ChronoUnit.DAYS;
			case "HOUR" -> ChronoUnit.HOURS;
			case "MINUTE" -> ChronoUnit.MINUTES;
			default -> ChronoUnit.SECONDS;
		};
	}

	/** The sortable CKAN fields → index fields. */
	static final Map<String, String> URUT = Map.ofEntries(Map.entry("id", "uuid"), Map.entry("name", "slug"),
			Map.entry("title", "judul_sort"), Map.entry("title_string", "judul_sort"),
			Map.entry("metadata_created", "dibuatPada"), Map.entry("metadata_modified", "diubahPada"),
			Map.entry("num_resources", "jumlahSumber"), Map.entry("num_tags", "num_tags"),
			Map.entry("organization", "produsenSlug"), Map.entry("license_id", "lisensi"));

	/** The sortable fields as error messages list them. */
	static String urutan() {
		Set<String> names = new TreeSet<>(URUT.keySet());
		names.add("score");
		return String.join(", ", names);
	}

}
