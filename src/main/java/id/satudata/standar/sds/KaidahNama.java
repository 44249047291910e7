package id.satudata.standar.sds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import id.satudata.standar.JenisStandar;

/**
 * The national naming rules for standards (metadata-and-forms.md): each word capitalized (function
 * words may stay lower case), a unique name, no abbreviation unless widely known, no measure at the
 * start, no time period, no region. Errors block a proposal; warnings are shown to the producer and
 * the reviewers (a measure word at the start of a variable's name, which national variables such as
 * "Jumlah Penduduk" do use, or a word that may name a region). Pure logic.
 */
public final class KaidahNama {

	public enum Tingkat {
		GALAT, PERINGATAN
	}

	/** One finding: the rule (its message key {@code sds.kaidah.<kode>}), how serious, and what it is about. */
	public record Temuan(String kode, Tingkat tingkat, String detail) {

		public String pesanKey() {
			return "sds.kaidah." + kode;
		}

	}

	/** Abbreviations that may appear in a name. */
	static final Set<String> SINGKATAN_UMUM = Set.of("ASN", "PNS", "TNI", "POLRI", "SD", "SMP", "SMA", "SMK", "MI", "MTS",
			"MA", "PAUD", "TK", "UMKM", "BPJS", "KTP", "NIK", "KK", "PDRB", "IPM", "BUMN", "BUMD", "DPR", "DPRD", "RT", "RW",
			"HIV", "AIDS", "COVID", "ASI", "BBM", "LPG", "PLN", "PDAM", "APBN", "APBD", "NTP", "IHK", "PMA", "PMDN", "TBC",
			"KB", "UMR", "UMP");
	static final Set<String> AWALAN_UKURAN = Set.of("rata-rata", "persentase", "proporsi", "rasio", "jumlah", "total",
			"banyaknya");
	static final Set<String> KATA_WILAYAH = Set.of("provinsi", "kabupaten", "kota", "kecamatan", "desa", "kelurahan",
			"nasional", "indonesia");
	private static final Pattern PERIODE = Pattern.compile(
			"(?i)\\b((19|20)\\d{2}|(triwulan|semester|kuartal|caturwulan)\\s+[IV1-4]+|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\\b");
	private static final Pattern SINGKATAN = Pattern.compile("^\\(?([A-Z][A-Z0-9]{1,11})\\)?[,.]?$");

	private KaidahNama() {
	}

	/**
	 * @param namaLain whether another standard of the kind already has this (normalized) name
	 * @param wilayahDisebut the region named in the text, if any (province or regency/city name)
	 */
	public static List<Temuan> periksa(JenisStandar jenis, String nama, Function<String, Boolean> namaLain,
			Function<String, String> wilayahDisebut) {
		List<Temuan> out = new ArrayList<>();
		String n = nama == null ? "" : nama.strip().replaceAll("\\s+", " ");
		if (n.isEmpty()) {
			out.add(new Temuan("kosong", Tingkat.GALAT, null));
			return out;
		}
		String[] words = n.split(" ");
		for (int i = 0; i < words.length; i++) {
			String w = words[i];
			String bare = w.replaceAll("^[(\"']+|[)\"',.:;]+$", "");
			if (bare.isEmpty() || !Character.isLetter(bare.charAt(0))) {
				continue;
			}
			boolean tugas = KemiripanNama.KATA_TUGAS.contains(bare.toLowerCase(Locale.ROOT));
			if (Character.isLowerCase(bare.charAt(0)) && !(tugas && i > 0)) {
				out.add(new Temuan("kapital", Tingkat.GALAT, bare));
			}
			var m = SINGKATAN.matcher(w);
			if (m.matches() && !SINGKATAN_UMUM.contains(m.group(1)) && !m.group(1).matches("[IVX]+")) {
				out.add(new Temuan("singkatan", Tingkat.GALAT, m.group(1)));
			}
		}
		String first = words[0].toLowerCase(Locale.ROOT);
		if (AWALAN_UKURAN.contains(first)) {
			out.add(new Temuan("ukuran", jenis == JenisStandar.KONSEP ? Tingkat.GALAT : Tingkat.PERINGATAN, words[0]));
		}
		var periode = PERIODE.matcher(n);
		if (periode.find()) {
			out.add(new Temuan("periode", Tingkat.GALAT, periode.group()));
		}
		for (String w : words) {
			if (KATA_WILAYAH.contains(w.toLowerCase(Locale.ROOT))) {
				out.add(new Temuan("wilayah", Tingkat.PERINGATAN, w));
				break;
			}
		}
		String region = wilayahDisebut.apply(n);
		if (region != null && out.stream().noneMatch(t -> t.kode().equals("wilayah"))) {
			out.add(new Temuan("wilayah", Tingkat.PERINGATAN, region));
		}
		if (Boolean.TRUE.equals(namaLain.apply(KemiripanNama.normal(n)))) {
			out.add(new Temuan("unik", Tingkat.GALAT, n));
		}
		return out;
	}

	static boolean adaGalat(List<Temuan> temuan) {
		return temuan.stream().anyMatch(t -> t.tingkat() == Tingkat.GALAT);
	}

}
