package id.satudata.datastore;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names to codes in an import: a column of the schema that takes codes of a Kode Referensi list may
 * come as a column of names ("Kecamatan": "Kec. Bukit Intan"), matched to the list's codes.
 *
 * @param coverage the dataset's coverage area: region names are matched only to codes under it, or
 *        {@code null} (the whole list)
 * @param decisions the user's choices per file header: name as written → code (for names that did not
 *        match exactly one code by themselves)
 */
public record NameMatching(String coverage, Map<String, Map<String, String>> decisions) {

	public static final NameMatching NONE = new NameMatching(null, Map.of());

	public NameMatching {
		coverage = coverage == null || coverage.isBlank() ? null : coverage.strip();
		Map<String, Map<String, String>> copy = new LinkedHashMap<>();
		if (decisions != null) {
			decisions.forEach((header, choices) -> copy.put(header, choices == null ? Map.of() : Map.copyOf(choices)));
		}
		decisions = Map.copyOf(copy);
	}

	/** The decision for a name in a column, or {@code null}. */
	public String decision(String header, String name) {
		Map<String, String> d = decisions.get(header);
		return d == null ? null : d.get(name);
	}


	private static final Set<String> CODE_WORDS = Set.of("kode", "kd", "kod", "code", "id", "nama", "nm", "name");
	private static final List<String> LEVELS = List.of("provinsi", "kabupaten_kota", "kecamatan", "desa_kelurahan");

	/**
	 * The schema column (taking codes of a list) a file header of names stands for: the same words without
	 * "kode"/"nama" ("Kecamatan" or "Nama Kecamatan" for {@code kode_kecamatan}); for the region list also
	 * a header naming a level ("Kecamatan", "Desa/Kelurahan") for a region column of that level or of none.
	 * A header that is itself a code column's name ("kode_kecamatan") names no names.
	 */
	public static Optional<ColumnSpec> codeColumnFor(String header, List<ColumnSpec> schema) {
		String normalized = ColumnSpec.normalizeName(header);
		if (words(normalized).stream().anyMatch(w -> w.equals("kode") || w.equals("kd"))) {
			return Optional.empty();
		}
		String bare = bare(normalized);
		String level = regionLevel(header);
		for (ColumnSpec c : schema) {
			if (c.codeList() == null || c.codeList().isBlank() || c.name().equals(normalized)) {
				continue;
			}
			if (!bare.isEmpty() && (bare.equals(bare(c.name())) || bare.equals(bare(ColumnSpec.normalizeName(c.label()))))) {
				return Optional.of(c);
			}
		}
		if (level != null) {
			for (ColumnSpec c : schema) {
				if (REGIONS.equals(c.codeList()) && !c.name().equals(normalized)) {
					String own = regionLevel(c.name() + " " + c.label());
					if (own == null || own.equals(level)) {
						return Optional.of(c);
					}
				}
			}
		}
		return Optional.empty();
	}

	/** The identifier of the region list (as {@code KodeReferensiLookup.WILAYAH}). */
	public static final String REGIONS = "wilayah";

	/**
	 * The region level a header of names or a column expects ({@code kecamatan} for "Kecamatan" or
	 * "kode_kecamatan"), or {@code null}: the finest level named.
	 */
	public static String regionLevel(String text) {
		List<String> w = words(ColumnSpec.normalizeName(text));
		String found = null;
		for (String x : w) {
			String level = switch (x) {
				case "provinsi", "prov", "propinsi" -> "provinsi";
				case "kabupaten", "kab", "kota", "kabkota", "kabupatenkota" -> "kabupaten_kota";
				case "kecamatan", "kec", "distrik" -> "kecamatan";
				case "desa", "kelurahan", "kel", "desakelurahan" -> "desa_kelurahan";
				default -> null;
			};
			if (level != null && (found == null || LEVELS.indexOf(level) > LEVELS.indexOf(found))) {
				found = level;
			}
		}
		return found;
	}

	private static List<String> words(String normalized) {
		return Arrays.stream(normalized.toLowerCase(Locale.ROOT).split("_")).filter(x -> !x.isEmpty()).toList();
	}

	private static String bare(String normalized) {
		return words(normalized).stream().filter(w -> !CODE_WORDS.contains(w)).collect(Collectors.joining("_"));
	}

	/**
	 * The matcher for the names in file column {@code header}, which stands for code column {@code c}: for
	 * the region list, regions within {@code coverage} at the level the header names (else the column's
	 * own name or label, else any level); for any other list, the whole list.
	 */
	public static id.satudata.referensi.NamaKode matcher(id.satudata.referensi.PencocokanNama pencocokan, ColumnSpec c,
			String header, String coverage) {
		boolean region = REGIONS.equals(c.codeList());
		String level = region ? Optional.ofNullable(regionLevel(header)).orElse(regionLevel(c.name() + " " + c.label()))
				: null;
		return pencocokan.pencocok(c.codeList(), region ? coverage : null, level);
	}

}
