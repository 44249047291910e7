package id.satudata.standar.metadata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import id.satudata.standar.TipeIsian;
import id.satudata.standar.geospasial.KotakBatas;

/**
 * The rules of a metadata document (a map from field code to value, see
 * {@link id.satudata.standar.MetadataView.IsianView#nilai()}): reading a block from the editor's
 * parameters, checking the values (types, choice lists, dates, lengths, consistency), listing the
 * required fields still missing, and preparing a copy for another year. Pure logic.
 *
 * <p>Editor parameters: {@code f.<kode>} (several values for a multiple choice), {@code f.<kode>.mulai}
 * and {@code .selesai} for a date range, {@code f.<kode>.<baris>.<kolom>} for a table cell,
 * {@code f.<kode>Lainnya} for the free text beside a choice "lainnya". Only the fields of the
 * block's definition are read.
 */
final class IsiMetadata {

	static final int MAKS_TEKS = 500;
	static final int MAKS_TEKS_PANJANG = 5000;
	static final int MAKS_BARIS = 100;
	static final int MAKS_WILAYAH = 600;
	static final String PARAM = "f.";

	private static final Pattern ANGKA = Pattern.compile("\\d{1,9}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,100}@[^@\\s]{1,100}\\.[^@\\s]{2,40}");
	private static final Pattern TELEPON = Pattern.compile("[0-9+()\\-. ]{5,30}");
	private static final Pattern KODE_WILAYAH = Pattern.compile("\\d{2}(\\.\\d{2})?");
	private static final Pattern KONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

	/** A value that is not acceptable: the field (or {@code kode.baris.kolom}), the message and its arguments. */
	record Galat(String isian, String pesanKey, Object... args) {
	}

	/** A required field still empty ({@code kolom}/{@code baris} for a table cell, else null). */
	record Kurang(String blok, String isian, String kolom, Integer baris, boolean lainnya) {
	}

	private IsiMetadata() {
	}

	// ---- reading the editor ---------------------------------------------------------------------

	/** The values of one block as the editor sent them (empty inputs are absent). */
	static Map<String, Object> readBlock(Formulir.Blok blok, Map<String, List<String>> params) {
		Map<String, Object> out = new LinkedHashMap<>();
		for (Formulir.Isian i : blok.isian()) {
			String p = PARAM + i.kode();
			switch (i.tipe()) {
				case PILIHAN_GANDA -> {
					List<String> values = bersih(params.get(p));
					if (!values.isEmpty()) {
						out.put(i.kode(), List.copyOf(new LinkedHashSet<>(values)));
					}
				}
				case WILAYAH -> {
					List<String> codes = new ArrayList<>();
					for (String v : bersih(params.get(p))) {
						for (String part : v.split("[,;\\s]+")) {
							if (!part.isBlank() && !codes.contains(part.strip())) {
								codes.add(part.strip());
							}
						}
					}
					if (!codes.isEmpty()) {
						out.put(i.kode(), List.copyOf(codes));
					}
				}
				case RENTANG_TANGGAL -> {
					Map<String, String> range = new LinkedHashMap<>();
					satu(params, p + "." + DefinisiFormulir.JADWAL_MULAI).ifPresent(v -> range.put(DefinisiFormulir.JADWAL_MULAI, v));
					satu(params, p + "." + DefinisiFormulir.JADWAL_SELESAI).ifPresent(v -> range.put(DefinisiFormulir.JADWAL_SELESAI, v));
					if (!range.isEmpty()) {
						out.put(i.kode(), range);
					}
				}
				case KOTAK_BATAS -> {
					Map<String, String> box = new LinkedHashMap<>();
					for (String sisi : KotakBatas.SISI) {
						satu(params, p + "." + sisi).ifPresent(v -> box.put(sisi, v.replace(',', '.')));
					}
					if (!box.isEmpty()) {
						out.put(i.kode(), box);
					}
				}
				case TABEL -> {
					List<Map<String, String>> rows = new ArrayList<>();
					for (int r = 0; r < MAKS_BARIS + 1; r++) {
						Map<String, String> row = new LinkedHashMap<>();
						for (String k : i.kolom()) {
							satu(params, p + "." + r + "." + k).ifPresent(v -> row.put(k, v));
						}
						if (!row.isEmpty()) {
							rows.add(row);
						}
					}
					if (!rows.isEmpty()) {
						out.put(i.kode(), List.copyOf(rows));
					}
				}
				default -> satu(params, p).ifPresent(v -> out.put(i.kode(), v));
			}
			if (i.denganLainnya()) {
				satu(params, PARAM + i.kodeLainnya()).ifPresent(v -> out.put(i.kodeLainnya(), v));
			}
		}
		return out;
	}

	/** The document with one block replaced by the values read for it. */
	static Map<String, Object> gantiBlok(Map<String, Object> isi, Formulir.Blok blok, Map<String, Object> baru) {
		Map<String, Object> out = new LinkedHashMap<>(isi);
		for (Formulir.Isian i : blok.isian()) {
			out.remove(i.kode());
			out.remove(i.kodeLainnya());
		}
		out.putAll(baru);
		return out;
	}

	private static java.util.Optional<String> satu(Map<String, List<String>> params, String name) {
		List<String> v = bersih(params.get(name));
		return v.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(v.get(0));
	}

	private static List<String> bersih(List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream().filter(v -> v != null && !v.isBlank()).map(v -> v.strip().replace("\r\n", "\n"))
			.toList();
	}

	// ---- checking values ----------------------------------------------------------------------

	/**
	 * Every unacceptable value of the document in the given blocks (empty fields are not errors here;
	 * see {@link #kurang}).
	 *
	 * @param wilayahAda whether a region code exists (province or kabupaten/kota)
	 */
	static List<Galat> periksa(Formulir f, Map<String, Object> isi, Collection<Formulir.Blok> blok,
			Predicate<String> wilayahAda) {
		List<Galat> out = new ArrayList<>();
		for (Formulir.Blok b : blok) {
			for (Formulir.Isian i : b.isian()) {
				Object v = isi.get(i.kode());
				if (v != null) {
					periksaNilai(i, v, wilayahAda, out);
				}
				if (i.denganLainnya() && isi.get(i.kodeLainnya()) instanceof String s) {
					teks(i.kodeLainnya(), s, MAKS_TEKS, out);
				}
			}
		}
		// the sampling method must belong to the chosen kind of selection
		if (blok.stream().anyMatch(b -> b.isian().stream().anyMatch(i -> i.kode().equals("metodeSampel")))
				&& isi.get("metodeSampel") instanceof String metode && isi.get("metodePemilihanSampel") instanceof String jenis) {
			boolean probabilitas = Pilihan.SAMPEL_PROBABILITAS.contains(metode);
			if (probabilitas != "PROBABILITAS".equals(jenis)) {
				out.add(new Galat("metodeSampel", "metadata.galat.metodeSampel"));
			}
		}
		return out;
	}

	private static void periksaNilai(Formulir.Isian i, Object v, Predicate<String> wilayahAda, List<Galat> out) {
		String k = i.kode();
		switch (i.tipe()) {
			case TEKS -> teks(k, (String) v, MAKS_TEKS, out);
			case TEKS_PANJANG -> teks(k, (String) v, MAKS_TEKS_PANJANG, out);
			case ANGKA -> {
				String s = (String) v;
				if (!ANGKA.matcher(s).matches()) {
					out.add(new Galat(k, "metadata.galat.angka"));
				}
				else if (Formulir.TAHUN.equals(k) && (Integer.parseInt(s) < 1945 || Integer.parseInt(s) > 2100)) {
					out.add(new Galat(k, "metadata.galat.tahun"));
				}
			}
			case TANGGAL -> tanggal(k, (String) v, out);
			case EMAIL -> {
				if (((String) v).length() > 200 || !EMAIL.matcher((String) v).matches()) {
					out.add(new Galat(k, "metadata.galat.email"));
				}
			}
			case TELEPON -> {
				String s = (String) v;
				if (!TELEPON.matcher(s).matches() || s.chars().filter(Character::isDigit).count() < 5) {
					out.add(new Galat(k, "metadata.galat.telepon"));
				}
			}
			case PILIHAN, YA_TIDAK -> {
				if (!Pilihan.nilai(i.daftar()).contains((String) v)) {
					out.add(new Galat(k, "metadata.galat.pilihan"));
				}
			}
			case PILIHAN_GANDA -> {
				for (Object o : (List<?>) v) {
					if (!Pilihan.nilai(i.daftar()).contains(String.valueOf(o))) {
						out.add(new Galat(k, "metadata.galat.pilihan"));
						break;
					}
				}
			}
			case RENTANG_TANGGAL -> {
				Map<?, ?> m = (Map<?, ?>) v;
				LocalDate mulai = tanggal(k, (String) m.get(DefinisiFormulir.JADWAL_MULAI), out);
				LocalDate selesai = tanggal(k, (String) m.get(DefinisiFormulir.JADWAL_SELESAI), out);
				if (mulai != null && selesai != null && selesai.isBefore(mulai)) {
					out.add(new Galat(k, "metadata.galat.rentang"));
				}
			}
			case WILAYAH -> {
				List<?> codes = (List<?>) v;
				if (codes.size() > MAKS_WILAYAH) {
					out.add(new Galat(k, "metadata.galat.terlaluBanyak", MAKS_WILAYAH));
					return;
				}
				for (Object o : codes) {
					String code = String.valueOf(o);
					if (!KODE_WILAYAH.matcher(code).matches() || !wilayahAda.test(code)) {
						out.add(new Galat(k, "metadata.galat.wilayah", code));
						return;
					}
				}
			}
			case KOTAK_BATAS -> KotakBatas.periksa((Map<?, ?>) v).ifPresent(key -> out.add(new Galat(k, key)));
			case TABEL -> {
				List<?> rows = (List<?>) v;
				if (rows.size() > MAKS_BARIS) {
					out.add(new Galat(k, "metadata.galat.terlaluBanyak", MAKS_BARIS));
					return;
				}
				for (int r = 0; r < rows.size(); r++) {
					Map<?, ?> row = (Map<?, ?>) rows.get(r);
					for (String kolom : i.kolom()) {
						if (row.get(kolom) instanceof String s) {
							teks(k + "." + r + "." + kolom, s, MAKS_TEKS_PANJANG, out);
						}
					}
					if (!(row.get(i.kolom().get(0)) instanceof String)) {
						out.add(new Galat(k + "." + r + "." + i.kolom().get(0), "metadata.galat.barisTanpaNama", r + 1));
					}
				}
			}
		}
	}

	private static void teks(String k, String s, int maks, List<Galat> out) {
		if (s.length() > maks) {
			out.add(new Galat(k, "metadata.galat.panjang", maks));
		}
		else if (KONTROL.matcher(s).find()) {
			out.add(new Galat(k, "metadata.galat.karakter"));
		}
	}

	private static LocalDate tanggal(String k, String s, List<Galat> out) {
		if (s == null) {
			return null;
		}
		try {
			return LocalDate.parse(s);
		}
		catch (DateTimeParseException e) {
			out.add(new Galat(k, "metadata.galat.tanggal"));
			return null;
		}
	}

	// ---- completeness ---------------------------------------------------------------------------

	/** The required fields still empty in the given blocks, in form order. */
	static List<Kurang> kurang(Formulir f, Map<String, Object> isi, Collection<Formulir.Blok> blok) {
		List<Kurang> out = new ArrayList<>();
		for (Formulir.Blok b : blok) {
			for (Formulir.Isian i : b.isian()) {
				Object v = isi.get(i.kode());
				boolean wajib = i.wajibPada(isi);
				if (wajib) {
					if (i.tipe() == TipeIsian.KOTAK_BATAS) {
						Map<?, ?> m = v instanceof Map<?, ?> x ? x : Map.of();
						if (!KotakBatas.lengkap(m)) {
							out.add(new Kurang(b.kode(), i.kode(), null, null, false));
						}
					}
					else if (i.tipe() == TipeIsian.RENTANG_TANGGAL) {
						Map<?, ?> m = v instanceof Map<?, ?> x ? x : Map.of();
						if (m.get(DefinisiFormulir.JADWAL_MULAI) == null || m.get(DefinisiFormulir.JADWAL_SELESAI) == null) {
							out.add(new Kurang(b.kode(), i.kode(), null, null, false));
						}
					}
					else if (i.tipe() == TipeIsian.TABEL) {
						List<?> rows = v instanceof List<?> l ? l : List.of();
						if (rows.isEmpty()) {
							out.add(new Kurang(b.kode(), i.kode(), null, null, false));
						}
						for (int r = 0; r < rows.size(); r++) {
							Map<?, ?> row = (Map<?, ?>) rows.get(r);
							for (String kolom : i.kolom()) {
								if (row.get(kolom) == null) {
									out.add(new Kurang(b.kode(), i.kode(), kolom, r + 1, false));
								}
							}
						}
					}
					else if (kosong(v)) {
						out.add(new Kurang(b.kode(), i.kode(), null, null, false));
					}
				}
				if (i.denganLainnya() && Formulir.bila(i.kode(), Pilihan.LAINNYA).test(isi) && kosong(isi.get(i.kodeLainnya()))) {
					out.add(new Kurang(b.kode(), i.kode(), null, null, true));
				}
			}
		}
		return out;
	}

	static boolean kosong(Object v) {
		return v == null || (v instanceof String s && s.isBlank()) || (v instanceof Collection<?> c && c.isEmpty())
				|| (v instanceof Map<?, ?> m && m.isEmpty());
	}

	// ---- copies and the public ------------------------------------------------------------------

	/** A copy for another year: fields that belong to one year are left out. */
	static Map<String, Object> salinanTahun(Formulir f, Map<String, Object> isi, int tahun) {
		Map<String, Object> out = new LinkedHashMap<>(isi);
		for (Formulir.Isian i : f.semuaIsian()) {
			if (i.tahunan()) {
				out.remove(i.kode());
			}
		}
		out.put(Formulir.TAHUN, String.valueOf(tahun));
		return out;
	}

	/** Blocks by code, in form order; all of them when {@code kode} is empty. The header always counts. */
	static List<Formulir.Blok> blok(Formulir f, Collection<String> kode) {
		if (kode == null || kode.isEmpty()) {
			return f.blok();
		}
		Set<String> want = new LinkedHashSet<>(kode);
		want.add(DefinisiFormulir.KEPALA);
		return f.blok().stream().filter(b -> want.contains(b.kode()) || f.blok().indexOf(b) == 0).toList();
	}

}
