package id.satudata.standar.sds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import id.satudata.datastore.ColumnType;
import id.satudata.standar.JenisStandar;
import id.satudata.standar.JenisValueDomain;

/**
 * A standard's content as written (a proposal form or a row of an imported file), with the rules
 * every standard must follow before it is saved: required fields by kind, lengths, the references
 * it makes (its Konsep, its value domain) and a Klasifikasi's categories. Pure logic: what exists
 * is answered by the caller.
 *
 * @param kategori each {@code [kode, label, kode induk]}
 */
public record DrafStandar(JenisStandar jenis, String nama, String definisi, String referensi, String konsepKode,
		String unitObservasi, String ukuran, String satuan, String subjek, ColumnType tipeData,
		JenisValueDomain jenisValueDomain, String valueDomain, BigDecimal nilaiMin, BigDecimal nilaiMax, String pola,
		String aturanValidasi, String tingkatKlasifikasi, List<String[]> kategori) {

	private static final Pattern KODE_KATEGORI = Pattern.compile("[\\p{L}\\p{N}._/\\-]{1,50}");

	/** A rule broken: the field, the message key and its arguments. */
	public record Galat(String isian, String pesanKey, Object... args) {
	}

	/** What exists: a standard in force of a kind, by code; a Kode Referensi list, by slug. */
	public interface Rujukan {

		boolean standarAda(JenisStandar jenis, String kode);

		boolean daftarKodeAda(String slug);

	}

	public List<Galat> periksa(Rujukan rujukan) {
		List<Galat> out = new ArrayList<>();
		if (jenis == null) {
			out.add(new Galat("jenis", "validasi.wajib"));
			return out;
		}
		wajib(out, "nama", nama, 300);
		wajib(out, "definisi", definisi, 4000);
		panjang(out, "referensi", referensi, 1000);
		if (jenis == JenisStandar.VARIABEL) {
			panjang(out, "unitObservasi", unitObservasi, 200);
			panjang(out, "ukuran", ukuran, 200);
			panjang(out, "satuan", satuan, 100);
			panjang(out, "subjek", subjek, 200);
			panjang(out, "aturanValidasi", aturanValidasi, 2000);
			if (konsepKode != null && !rujukan.standarAda(JenisStandar.KONSEP, konsepKode)) {
				out.add(new Galat("konsepKode", "sds.galat.konsepTidakAda", konsepKode));
			}
			if (tipeData == null) {
				out.add(new Galat("tipeData", "validasi.wajib"));
			}
			if (jenisValueDomain == null) {
				out.add(new Galat("jenisValueDomain", "validasi.wajib"));
			}
			else {
				switch (jenisValueDomain) {
					case KLASIFIKASI -> {
						if (valueDomain == null) {
							out.add(new Galat("valueDomain", "validasi.wajib"));
						}
						else if (!rujukan.standarAda(JenisStandar.KLASIFIKASI, valueDomain.toUpperCase(java.util.Locale.ROOT))) {
							out.add(new Galat("valueDomain", "sds.galat.klasifikasiTidakAda", valueDomain));
						}
					}
					case KODE_REFERENSI -> {
						if (valueDomain == null) {
							out.add(new Galat("valueDomain", "validasi.wajib"));
						}
						else if (!rujukan.daftarKodeAda(valueDomain)) {
							out.add(new Galat("valueDomain", "sds.galat.daftarKodeTidakAda", valueDomain));
						}
					}
					case RENTANG -> {
						if (nilaiMin == null && nilaiMax == null) {
							out.add(new Galat("nilaiMin", "sds.galat.rentangKosong"));
						}
						if (tipeData != null && !tipeData.numeric()) {
							out.add(new Galat("tipeData", "sds.galat.rentangBukanAngka"));
						}
					}
					case BEBAS -> {
						// free values, perhaps with a pattern
					}
				}
			}
			if (nilaiMin != null && nilaiMax != null && nilaiMin.compareTo(nilaiMax) > 0) {
				out.add(new Galat("nilaiMax", "sds.galat.rentangTerbalik"));
			}
			if (pola != null) {
				if (pola.length() > 500) {
					out.add(new Galat("pola", "metadata.galat.panjang", 500));
				}
				else {
					try {
						Pattern.compile(pola);
					}
					catch (PatternSyntaxException e) {
						out.add(new Galat("pola", "sds.galat.pola"));
					}
				}
			}
		}
		if (jenis == JenisStandar.KLASIFIKASI) {
			panjang(out, "tingkatKlasifikasi", tingkatKlasifikasi, 100);
			periksaKategori(out);
		}
		return out;
	}

	private void periksaKategori(List<Galat> out) {
		if (kategori.size() < 2) {
			out.add(new Galat("kategoriTeks", "sds.galat.kategoriKurang"));
			return;
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < kategori.size(); i++) {
			String[] k = kategori.get(i);
			int line = i + 1;
			if (k[0] == null || !KODE_KATEGORI.matcher(k[0]).matches()) {
				out.add(new Galat("kategoriTeks", "sds.galat.kategoriKode", line, k[0]));
			}
			else if (!codes.add(k[0])) {
				out.add(new Galat("kategoriTeks", "sds.galat.kategoriGanda", line, k[0]));
			}
			if (k[1] == null || k[1].isBlank() || k[1].length() > 500) {
				out.add(new Galat("kategoriTeks", "sds.galat.kategoriLabel", line));
			}
		}
		Predicate<String> ada = codes::contains;
		for (int i = 0; i < kategori.size(); i++) {
			String[] k = kategori.get(i);
			if (k[2] != null && (k[2].equals(k[0]) || !ada.test(k[2]))) {
				out.add(new Galat("kategoriTeks", "sds.galat.kategoriInduk", i + 1, k[2]));
			}
		}
	}

	public IsiStandar isi() {
		boolean variabel = jenis == JenisStandar.VARIABEL;
		return new IsiStandar(nama, definisi, referensi, variabel ? konsepKode : null, variabel ? unitObservasi : null,
				variabel ? ukuran : null, variabel ? satuan : null, variabel ? subjek : null, variabel ? tipeData : null,
				variabel ? jenisValueDomain : null,
				variabel && valueDomain != null && jenisValueDomain == JenisValueDomain.KLASIFIKASI
						? valueDomain.toUpperCase(java.util.Locale.ROOT) : variabel ? valueDomain : null,
				variabel ? nilaiMin : null, variabel ? nilaiMax : null, variabel ? pola : null,
				variabel ? aturanValidasi : null, jenis == JenisStandar.KLASIFIKASI ? tingkatKlasifikasi : null);
	}

	public List<Kategori> kategoriList() {
		return jenis != JenisStandar.KLASIFIKASI ? List.of()
				: kategori.stream().map(k -> new Kategori(k[0], k[1], k[2])).toList();
	}

	private static void wajib(List<Galat> out, String field, String v, int max) {
		if (v == null) {
			out.add(new Galat(field, "validasi.wajib"));
		}
		else {
			panjang(out, field, v, max);
		}
	}

	private static void panjang(List<Galat> out, String field, String v, int max) {
		if (v != null && v.length() > max) {
			out.add(new Galat(field, "metadata.galat.panjang", max));
		}
	}

	public static String t(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public static String up(String s) {
		return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
	}

}
