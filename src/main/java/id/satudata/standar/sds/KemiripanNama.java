package id.satudata.standar.sds;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two standard names are, for "reuse first": case, word order, punctuation, common
 * measure prefixes ("Jumlah", "Angka", "Persentase" …), function words and abbreviations in
 * parentheses do not count, a one-letter typo in a longer word does, and a bare abbreviation
 * ("APK") matches the name it abbreviates. The score is the Dice coefficient over the remaining
 * words (0 … 1).
 *
 * <p>Why not the catalog's Lucene index: names are a few words long and the catalogue holds
 * thousands, not millions, of them; the rules that matter here (measure prefixes, initialisms,
 * parenthesized abbreviations) are name rules, not full-text ones, and an in-memory scan of the
 * catalogue's names takes well under a millisecond per thousand names, is deterministic and is tested
 * without an index.
 */
public final class KemiripanNama {

	/** Names at or above this score are shown as "similar" to a proposal. */
	static final double MIRIP = 0.5;

	static final Set<String> AWALAN_UKURAN = Set.of("jumlah", "banyaknya", "banyak", "rata", "ratarata", "persentase",
			"proporsi", "rasio", "total", "angka", "tingkat", "indeks", "nilai", "besaran", "data", "laju");
	public static final Set<String> KATA_TUGAS = Set.of("dan", "atau", "di", "ke", "dari", "yang", "untuk", "pada", "dengan",
			"per", "menurut", "terhadap", "dalam", "oleh", "sebagai", "the", "of", "and");
	private static final Pattern KURUNG = Pattern.compile("\\(([^)]*)\\)");

	private KemiripanNama() {
	}

	/** Lower case, no accents, no parentheses, words separated by single spaces. */
	public static String normal(String nama) {
		String s = nama == null ? "" : Normalizer.normalize(nama, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		s = KURUNG.matcher(s).replaceAll(" ");
		return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
	}

	/** The words that carry the meaning: no function words, no measure words (unless nothing else is left). */
	static List<String> kata(String nama) {
		List<String> all = new ArrayList<>();
		for (String w : normal(nama).split(" ")) {
			if (!w.isEmpty() && !KATA_TUGAS.contains(w)) {
				all.add(w);
			}
		}
		// measure words do not tell names apart, wherever the word order put them (unless nothing else is left)
		List<String> inti = all.stream().filter(w -> !AWALAN_UKURAN.contains(w)).toList();
		return List.copyOf(new LinkedHashSet<>(inti.isEmpty() ? all : inti));
	}

	/** The initials of a name's words (function words left out): "Angka Partisipasi Kasar" → "apk". */
	static String singkatan(String nama) {
		StringBuilder b = new StringBuilder();
		for (String w : normal(nama).split(" ")) {
			if (!w.isEmpty() && !KATA_TUGAS.contains(w)) {
				b.append(w.charAt(0));
			}
		}
		return b.toString();
	}

	/** Abbreviations the name gives in parentheses, or the name itself when it is one word in capitals. */
	static Set<String> singkatanDisebut(String nama) {
		Set<String> out = new LinkedHashSet<>();
		if (nama == null) {
			return out;
		}
		Matcher m = KURUNG.matcher(nama);
		while (m.find()) {
			String a = m.group(1).strip();
			if (a.matches("[\\p{L}0-9.\\-]{2,12}")) {
				out.add(a.replaceAll("[.\\-]", "").toLowerCase(Locale.ROOT));
			}
		}
		String t = nama.strip();
		if (t.matches("[A-Z0-9.]{2,12}")) {
			out.add(t.replace(".", "").toLowerCase(Locale.ROOT));
		}
		return out;
	}

	/** How alike {@code a} (e.g. what a producer typed) is to {@code b} (a catalogue name), 0 … 1. */
	static double skor(String a, String b) {
		List<String> ka = kata(a);
		List<String> kb = kata(b);
		double dice = 0;
		if (!ka.isEmpty() && !kb.isEmpty()) {
			int cocok = 0;
			List<String> sisa = new ArrayList<>(kb);
			for (String w : ka) {
				for (int i = 0; i < sisa.size(); i++) {
					if (sama(w, sisa.get(i))) {
						cocok++;
						sisa.remove(i);
						break;
					}
				}
			}
			dice = 2.0 * cocok / (ka.size() + kb.size());
		}
		String initials = singkatan(b);
		if (initials.length() >= 2) {
			for (String s : singkatanDisebut(a)) {
				if (s.equals(initials)) {
					dice = Math.max(dice, 0.9);
				}
			}
			for (String s : singkatanDisebut(b)) {
				if (normal(a).replace(" ", "").equals(s)) {
					dice = Math.max(dice, 0.9);
				}
			}
		}
		return dice;
	}

	/** The same word, allowing one typo when one of the words has five letters or more (and the other at least four). */
	static boolean sama(String x, String y) {
		if (x.equals(y)) {
			return true;
		}
		if (Math.max(x.length(), y.length()) < 5 || Math.min(x.length(), y.length()) < 4
				|| Math.abs(x.length() - y.length()) > 1) {
			return false;
		}
		return levenshteinPalingSatu(x, y);
	}

	private static boolean levenshteinPalingSatu(String x, String y) {
		int i = 0;
		int j = 0;
		int edits = 0;
		while (i < x.length() && j < y.length()) {
			if (x.charAt(i) == y.charAt(j)) {
				i++;
				j++;
				continue;
			}
			if (++edits > 1) {
				return false;
			}
			if (x.length() > y.length()) {
				i++;
			}
			else if (x.length() < y.length()) {
				j++;
			}
			else {
				i++;
				j++;
			}
		}
		return edits + (x.length() - i) + (y.length() - j) <= 1;
	}

}
