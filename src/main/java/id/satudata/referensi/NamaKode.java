package id.satudata.referensi;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Matches names as agencies write them ("Kec. Bukit Intan", "pangkalan baru", "Kab. Bangka") to the
 * codes of a Kode Referensi list: a name equal to one code's name once normalized (case, spacing,
 * punctuation, accents, the prefixes "Kec."/"Kecamatan"/"Kab."/"Kabupaten"/"Kota"/"Desa"/"Kel."/
 * "Kelurahan"/"Provinsi") is {@link Status#TEPAT}; equal to several codes' names (the same kecamatan
 * name in two kabupaten) {@link Status#GANDA}; close to some (Jaro-Winkler or Levenshtein: "Muntok"
 * for "Mentok") {@link Status#MIRIP}; else {@link Status#TIDAK_ADA}. Only exact matches apply by
 * themselves; the others are for a person to decide among the candidates.
 */
public final class NamaKode {

	/** How a name matched. */
	public enum Status {
		TEPAT, MIRIP, GANDA, TIDAK_ADA
	}

	/** A candidate code: its code, name and the name of the code above it (to tell two namesakes apart). */
	public record Kandidat(String kode, String nama, String induk) {

		/** "19.05.01 Mentok (Kabupaten Bangka Barat)". */
		public String label() {
			return kode + " " + nama + (induk == null ? "" : " (" + induk + ")");
		}

	}

	/** The match of one name: the code when {@link Status#TEPAT}, the candidates otherwise. */
	public record Cocok(String nama, Status status, String kode, List<Kandidat> kandidat) {

		public Cocok {
			kandidat = List.copyOf(kandidat);
		}

	}

	/** Similarity from which a name is offered as a near match. */
	static final double MIRIP = 0.88;
	static final int MAKS_KANDIDAT = 5;

	private static final Set<String> AWALAN = Set.of("kecamatan", "kec", "kabupaten", "kab", "kota", "kotamadya",
			"desa", "kelurahan", "kel", "ds", "provinsi", "prov", "propinsi", "adm", "administrasi");
	private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
	private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
	private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

	private final Map<String, List<Kandidat>> byFull = new HashMap<>();
	private final Map<String, List<Kandidat>> byBase = new HashMap<>();
	private final Map<String, List<Kandidat>> byCompact = new HashMap<>();
	private final Map<String, Kandidat> byCode = new HashMap<>();

	/** A matcher over the candidate codes (already limited to the coverage and level wanted). */
	public NamaKode(Collection<Kandidat> kandidat) {
		for (Kandidat k : kandidat) {
			byCode.put(k.kode(), k);
			String full = lengkap(k.nama());
			String base = dasarDari(full);
			byFull.computeIfAbsent(full, x -> new ArrayList<>()).add(k);
			byBase.computeIfAbsent(base, x -> new ArrayList<>()).add(k);
			byCompact.computeIfAbsent(base.replace(" ", ""), x -> new ArrayList<>()).add(k);
		}
	}

	/** Lower case, no accents, punctuation as spaces, single spaces, abbreviated prefixes spelled out. */
	public static String lengkap(String nama) {
		String s = NON_WORD.matcher(MARKS.matcher(Normalizer.normalize(nama == null ? "" : nama, Normalizer.Form.NFD))
			.replaceAll("").toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
		List<String> out = new ArrayList<>();
		for (String w : s.split(" ")) {
			out.add(switch (w) {
				case "kab" -> "kabupaten";
				case "kec" -> "kecamatan";
				case "kel" -> "kelurahan";
				case "prov", "propinsi" -> "provinsi";
				case "ds" -> "desa";
				default -> w;
			});
		}
		return String.join(" ", out);
	}

	/** {@link #lengkap(String)} without the leading prefixes ("kab bangka" → "bangka"). */
	public static String dasar(String nama) {
		return dasarDari(lengkap(nama));
	}

	private static String dasarDari(String lengkap) {
		String[] w = lengkap.split(" ");
		int i = 0;
		while (i < w.length - 1 && AWALAN.contains(w[i])) {
			i++;
		}
		return String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
	}

	/** {@link #dasar(String)} without spaces ("tanjung pandan" = "tanjungpandan"). */
	static String ringkas(String nama) {
		return dasar(nama).replace(" ", "");
	}

	/** Whether {@code kode} is one of the candidate codes (a value that needs no matching, or a valid decision). */
	public boolean adaKode(String kode) {
		return kode != null && byCode.containsKey(kode);
	}

	/** The candidate with this code, if any. */
	public java.util.Optional<Kandidat> kandidat(String kode) {
		return java.util.Optional.ofNullable(kode == null ? null : byCode.get(kode));
	}

	/** Matches each distinct name (in the order given). */
	public Map<String, Cocok> cocokkan(Collection<String> nama) {
		Map<String, Cocok> out = new LinkedHashMap<>();
		for (String n : nama) {
			out.computeIfAbsent(n, this::cocokkan);
		}
		return out;
	}

	public Cocok cocokkan(String nama) {
		String full = lengkap(nama);
		String base = dasarDari(full);
		for (Map<String, List<Kandidat>> index : List.of(byFull, byBase, byCompact)) {
			String key = index == byFull ? full : index == byBase ? base : base.replace(" ", "");
			List<Kandidat> found = index.getOrDefault(key, List.of());
			if (found.size() == 1) {
				return new Cocok(nama, Status.TEPAT, found.get(0).kode(), found);
			}
			if (found.size() > 1) {
				return new Cocok(nama, Status.GANDA, null, found);
			}
		}
		String key = base.replace(" ", "");
		if (key.isEmpty()) {
			return new Cocok(nama, Status.TIDAK_ADA, null, List.of());
		}
		record Skor(Kandidat k, double skor) {
		}
		List<Skor> near = new ArrayList<>();
		for (Map.Entry<String, List<Kandidat>> e : byCompact.entrySet()) {
			double s = JARO_WINKLER.apply(key, e.getKey());
			int d = LEVENSHTEIN.apply(key, e.getKey());
			boolean dekat = s >= MIRIP || d <= Math.max(1, Math.min(key.length(), e.getKey().length()) / 5);
			if (dekat) {
				e.getValue().forEach(k -> near.add(new Skor(k, s)));
			}
		}
		if (near.isEmpty()) {
			return new Cocok(nama, Status.TIDAK_ADA, null, List.of());
		}
		near.sort(Comparator.comparingDouble(Skor::skor).reversed().thenComparing(x -> x.k().kode()));
		return new Cocok(nama, Status.MIRIP, null, near.stream().limit(MAKS_KANDIDAT).map(Skor::k).toList());
	}

}
