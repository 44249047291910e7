package id.satudata.perencanaan.daftardata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Finds Daftar Data entries whose titles say the same thing, so the Walidata sees likely duplicates
 * across OPDs. Titles are reduced to their Indonesian word stems without stop words (Lucene's
 * {@link IndonesianAnalyzer}: "Jumlah Peserta Didik" and "jumlah siswa peserta pendidikan" share
 * "peserta" and "didik") and words every data title has ("jumlah", "data", "menurut",
 * "provinsi", ...); two titles are similar when their stems overlap by at least the threshold
 * (Jaccard: shared / all).
 */
final class KemiripanJudul {

	/** Words of nearly every statistical title: they say nothing about what is measured. */
	private static final Set<String> UMUM = Set.of("jumlah", "data", "menurut", "per", "tahun", "provinsi",
			"kabupaten", "kota", "kabupatenkota", "kepulauan", "bangka", "belitung", "babel", "indonesia", "wilayah",
			"daerah", "rekapitulasi", "persentase", "rasio", "angka", "tingkat", "banyak", "total", "dan", "atau");

	/** A pair of similar entries. */
	record Pasangan(long a, long b, double skor) {
	}

	/** An entry to compare: its id, title and producer unit. */
	record Judul(long id, String judul, long unitId) {
	}

	private final double ambang;
	private final Analyzer analyzer = new IndonesianAnalyzer(IndonesianAnalyzer.getDefaultStopSet(),
			CharArraySet.EMPTY_SET);

	KemiripanJudul(double ambang) {
		if (ambang <= 0 || ambang > 1) {
			throw new IllegalArgumentException("threshold must be in (0, 1]");
		}
		this.ambang = ambang;
	}

	/** Pairs of titles at least as similar as the threshold. */
	List<Pasangan> mirip(List<Judul> judul) {
		List<Set<String>> stems = judul.stream().map(j -> kata(j.judul())).toList();
		List<Pasangan> out = new ArrayList<>();
		for (int i = 0; i < judul.size(); i++) {
			for (int k = i + 1; k < judul.size(); k++) {
				double s = skor(stems.get(i), stems.get(k));
				if (s >= ambang) {
					out.add(new Pasangan(judul.get(i).id(), judul.get(k).id(), s));
				}
			}
		}
		return out;
	}

	double skor(String a, String b) {
		return skor(kata(a), kata(b));
	}

	private static double skor(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return (double) shared.size() / all.size();
	}

	Set<String> kata(String judul) {
		Set<String> out = new LinkedHashSet<>();
		if (judul == null) {
			return out;
		}
		StringBuilder tanpaUmum = new StringBuilder();
		for (String w : judul.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!w.isEmpty() && !UMUM.contains(w)) {
				tanpaUmum.append(w).append(' ');
			}
		}
		try (TokenStream ts = analyzer.tokenStream("judul", tanpaUmum.toString())) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				String t = term.toString();
				if (t.length() > 1) {
					out.add(t);
				}
			}
			ts.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out;
	}

}
