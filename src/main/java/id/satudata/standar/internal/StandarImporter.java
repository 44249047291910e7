package id.satudata.standar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.datastore.ColumnType;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.tabular.ReadOptions;
import id.satudata.shared.tabular.RowHandler;
import id.satudata.shared.tabular.TableWriter;
import id.satudata.shared.tabular.TabularFileException;
import id.satudata.shared.tabular.TabularFiles;
import id.satudata.standar.JenisStandar;
import id.satudata.standar.JenisValueDomain;
import id.satudata.standar.StatusStandar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import and export of standards in the documented exchange format (docs/standar.md): JSON
 * ({@code {"format": "satudata-sds", "standar": [...]}}) or a table (CSV/XLSX, one row per standard,
 * categories in one cell). An import is all or nothing: every row is checked (required fields by
 * kind, references to Konsep and Klasifikasi in the catalogue or the same file, codes, categories)
 * and every problem is reported with its row and field before anything is saved; a code already in
 * force with different content gets a new version.
 */
@Component
class StandarImporter {

	static final String FORMAT = "satudata-sds";
	static final int MAKS_BARIS = 5000;
	static final List<String> KOLOM = List.of("jenis", "kode", "nama", "definisi", "referensi", "pemilik", "konsep",
			"unit_observasi", "ukuran", "satuan", "subjek", "tipe_data", "jenis_value_domain", "value_domain", "nilai_min",
			"nilai_max", "pola", "aturan_validasi", "tingkat", "kategori");
	private static final Pattern KODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

	private final KatalogStandarService katalog;
	private final StandarDataRepository repository;
	private final KodeReferensiLookup kodeReferensi;
	private final JsonMapper json;
	private final Audit audit;

	StandarImporter(KatalogStandarService katalog, StandarDataRepository repository, KodeReferensiLookup kodeReferensi,
			JsonMapper json, Audit audit) {
		this.katalog = katalog;
		this.repository = repository;
		this.kodeReferensi = kodeReferensi;
		this.json = json;
		this.audit = audit;
	}

	/** One problem: the row (JSON: the position in {@code standar}, from 1; CSV: the line, header = 1), the field, the message. */
	record Galat(long baris, String kolom, String pesanKey, Object... args) {
	}

	/** What an import did: nothing, with every problem; or how many standards were added, revised, unchanged. */
	record Hasil(List<Galat> galat, int baru, int versiBaru, int sama) {

		boolean ok() {
			return galat.isEmpty();
		}

	}

	/** One standard as read from the file. */
	record Baris(long nomor, Map<String, String> nilai, List<String[]> kategori) {

		String get(String k) {
			String v = nilai.get(k);
			return v == null || v.isBlank() ? null : v.strip();
		}

	}

	// ---- import -------------------------------------------------------------------------------

	@Transactional
	Hasil impor(Path file, String namaBerkas, String pemilikBawaan, Long pemilikOrganisasiId) {
		List<Galat> galat = new ArrayList<>();
		List<Baris> rows = (namaBerkas != null && namaBerkas.toLowerCase(Locale.ROOT).endsWith(".json")) ? bacaJson(file, galat)
				: bacaTabel(file, galat);
		if (!galat.isEmpty()) {
			return new Hasil(galat, 0, 0, 0);
		}
		if (rows.isEmpty()) {
			return new Hasil(List.of(new Galat(0, null, "sds.impor.kosong")), 0, 0, 0);
		}
		// codes defined in the file, by kind, so rows may refer to each other
		Map<String, JenisStandar> diBerkas = new HashMap<>();
		Map<String, Long> pertama = new HashMap<>();
		for (Baris b : rows) {
			String kode = b.get("kode") == null ? null : b.get("kode").toUpperCase(Locale.ROOT);
			JenisStandar jenis = jenis(b.get("jenis"));
			if (kode != null && jenis != null) {
				Long seen = pertama.putIfAbsent(kode, b.nomor());
				if (seen != null) {
					galat.add(new Galat(b.nomor(), "kode", "sds.impor.kodeGanda", kode, seen));
				}
				diBerkas.put(kode, jenis);
			}
		}
		DrafStandar.Rujukan rujukan = new DrafStandar.Rujukan() {
			@Override
			public boolean standarAda(JenisStandar jenis, String kode) {
				return diBerkas.get(kode) == jenis || katalog.berlakuEntity(kode).filter(s -> s.getJenis() == jenis).isPresent();
			}

			@Override
			public boolean daftarKodeAda(String slug) {
				return kodeReferensi.adaDaftar(slug);
			}
		};
		List<Object[]> siap = new ArrayList<>();
		for (Baris b : rows) {
			JenisStandar jenis = jenis(b.get("jenis"));
			if (jenis == null) {
				galat.add(new Galat(b.nomor(), "jenis", "sds.impor.jenis", b.get("jenis")));
				continue;
			}
			String kode = b.get("kode") == null ? null : b.get("kode").toUpperCase(Locale.ROOT);
			if (kode == null) {
				galat.add(new Galat(b.nomor(), "kode", "validasi.wajib"));
			}
			else if (!KODE.matcher(kode).matches()) {
				galat.add(new Galat(b.nomor(), "kode", "sds.impor.kode", kode));
			}
			else {
				Optional<StandarData> ada = repository.findFirstByKodeOrderByVersiDesc(kode);
				if (ada.isPresent() && ada.get().getJenis() != jenis) {
					galat.add(new Galat(b.nomor(), "jenis", "sds.impor.jenisBerbeda", kode, ada.get().getJenis()));
				}
			}
			DrafStandar d;
			try {
				d = draf(b, jenis);
			}
			catch (NumberFormatException e) {
				galat.add(new Galat(b.nomor(), "nilai_min", "sds.impor.angka"));
				continue;
			}
			catch (IllegalArgumentException e) {
				galat.add(new Galat(b.nomor(), e.getMessage(), "sds.impor.pilihan", b.get(e.getMessage())));
				continue;
			}
			for (DrafStandar.Galat g : d.periksa(rujukan)) {
				galat.add(new Galat(b.nomor(), kolomBerkas(g.isian()), g.pesanKey(), g.args()));
			}
			if (b.get("pemilik") != null && b.get("pemilik").length() > 200) {
				galat.add(new Galat(b.nomor(), "pemilik", "metadata.galat.panjang", 200));
			}
			siap.add(new Object[] { kode, d, b.get("pemilik") });
		}
		if (!galat.isEmpty()) {
			return new Hasil(galat, 0, 0, 0);
		}
		int baru = 0;
		int versiBaru = 0;
		int sama = 0;
		// concepts and classifications before the variables that refer to them
		siap.sort((x, y) -> Integer.compare(urutan(((DrafStandar) x[1]).jenis()), urutan(((DrafStandar) y[1]).jenis())));
		for (Object[] s : siap) {
			String kode = (String) s[0];
			DrafStandar d = (DrafStandar) s[1];
			String pemilik = s[2] == null ? pemilikBawaan : (String) s[2];
			Optional<StandarData> berlaku = repository.findFirstByKodeAndStatus(kode, StatusStandar.BERLAKU);
			if (berlaku.isPresent() && samaIsi(berlaku.get(), d)) {
				sama++;
				continue;
			}
			boolean ada = repository.existsByKode(kode);
			katalog.terbitkan(d.jenis(), ada ? null : kode, ada ? kode : null, d.isi(), d.kategoriList(), pemilik,
					pemilikOrganisasiId, null);
			if (ada) {
				versiBaru++;
			}
			else {
				baru++;
			}
		}
		audit.record("sds.diimpor", "StandarData", null, baru + " baru, " + versiBaru + " versi baru, " + sama + " tetap ("
				+ (namaBerkas == null ? "" : namaBerkas) + ")");
		return new Hasil(List.of(), baru, versiBaru, sama);
	}

	private static int urutan(JenisStandar j) {
		return j == JenisStandar.VARIABEL ? 1 : 0;
	}

	private static DrafStandar draf(Baris b, JenisStandar jenis) {
		return new DrafStandar(jenis, b.get("nama"), b.get("definisi"), b.get("referensi"), DrafStandar.up(b.get("konsep")),
				b.get("unit_observasi"), b.get("ukuran"), b.get("satuan"), b.get("subjek"),
				enumOf(ColumnType.class, b, "tipe_data"), enumOf(JenisValueDomain.class, b, "jenis_value_domain"),
				b.get("value_domain"), angka(b.get("nilai_min")), angka(b.get("nilai_max")), b.get("pola"),
				b.get("aturan_validasi"), b.get("tingkat"), b.kategori());
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, Baris b, String kolom) {
		String v = b.get(kolom);
		if (v == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(kolom);
		}
	}

	private static BigDecimal angka(String v) {
		return v == null ? null : new BigDecimal(v.replace(',', '.'));
	}

	private static JenisStandar jenis(String v) {
		if (v == null) {
			return null;
		}
		try {
			return JenisStandar.valueOf(v.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** The file's column of a form field. */
	private static String kolomBerkas(String isian) {
		return switch (isian) {
			case "konsepKode" -> "konsep";
			case "unitObservasi" -> "unit_observasi";
			case "tipeData" -> "tipe_data";
			case "jenisValueDomain" -> "jenis_value_domain";
			case "valueDomain" -> "value_domain";
			case "nilaiMin" -> "nilai_min";
			case "nilaiMax" -> "nilai_max";
			case "aturanValidasi" -> "aturan_validasi";
			case "tingkatKlasifikasi" -> "tingkat";
			case "kategoriTeks" -> "kategori";
			default -> isian;
		};
	}

	private static boolean samaIsi(StandarData s, DrafStandar d) {
		IsiStandar a = s.getIsi();
		IsiStandar b = d.isi();
		return Objects.equals(a.getNama(), b.getNama()) && Objects.equals(a.getDefinisi(), b.getDefinisi())
				&& Objects.equals(a.getReferensi(), b.getReferensi()) && Objects.equals(a.getKonsepKode(), b.getKonsepKode())
				&& Objects.equals(a.getUnitObservasi(), b.getUnitObservasi()) && Objects.equals(a.getUkuran(), b.getUkuran())
				&& Objects.equals(a.getSatuan(), b.getSatuan()) && Objects.equals(a.getSubjek(), b.getSubjek())
				&& a.getTipeData() == b.getTipeData() && a.getJenisValueDomain() == b.getJenisValueDomain()
				&& Objects.equals(a.getValueDomain(), b.getValueDomain()) && sama(a.getNilaiMin(), b.getNilaiMin())
				&& sama(a.getNilaiMax(), b.getNilaiMax()) && Objects.equals(a.getPola(), b.getPola())
				&& Objects.equals(a.getAturanValidasi(), b.getAturanValidasi())
				&& Objects.equals(a.getTingkatKlasifikasi(), b.getTingkatKlasifikasi())
				&& kategoriTeks(s.getKategori()).equals(kategoriTeks(d.kategoriList()));
	}

	private static boolean sama(BigDecimal x, BigDecimal y) {
		return x == null ? y == null : y != null && x.compareTo(y) == 0;
	}

	// ---- reading files ------------------------------------------------------------------------

	List<Baris> bacaTabel(Path file, List<Galat> galat) {
		List<Baris> out = new ArrayList<>();
		try {
			TabularFiles.read(file, ReadOptions.detect().withMaxRows(MAKS_BARIS), new RowHandler() {
				List<String> header = List.of();

				@Override
				public void header(List<String> names) {
					header = names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
					for (String wajib : List.of("jenis", "kode", "nama", "definisi")) {
						if (!header.contains(wajib)) {
							galat.add(new Galat(1, wajib, "sds.impor.kolomHilang", wajib));
						}
					}
				}

				@Override
				public void row(long rowNumber, String[] values) {
					Map<String, String> m = new LinkedHashMap<>();
					for (int i = 0; i < header.size() && i < values.length; i++) {
						m.put(header.get(i), values[i]);
					}
					if (m.values().stream().allMatch(v -> v == null || v.isBlank())) {
						return;
					}
					List<String[]> kategori = new ArrayList<>();
					String k = m.get("kategori");
					if (k != null && !k.isBlank()) {
						for (String part : k.split("\\|")) {
							if (part.isBlank()) {
								continue;
							}
							int eq = part.indexOf('=');
							String kode = eq < 0 ? part.strip() : part.substring(0, eq).strip();
							String rest = eq < 0 ? null : part.substring(eq + 1);
							String induk = null;
							if (rest != null && rest.contains("@")) {
								induk = rest.substring(rest.lastIndexOf('@') + 1).strip();
								rest = rest.substring(0, rest.lastIndexOf('@'));
							}
							kategori.add(new String[] { kode, rest == null ? null : rest.strip(), induk == null || induk.isEmpty() ? null : induk });
						}
					}
					out.add(new Baris(rowNumber, m, kategori));
				}
			});
		}
		catch (TabularFileException e) {
			galat.add(new Galat(0, null, e.getMessageKey(), e.getArgs()));
		}
		return out;
	}

	List<Baris> bacaJson(Path file, List<Galat> galat) {
		JsonNode root;
		try (InputStream in = Files.newInputStream(file)) {
			root = json.readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (RuntimeException e) {
			galat.add(new Galat(0, null, "sds.impor.jsonRusak"));
			return List.of();
		}
		JsonNode list = root == null ? null : root.get("standar");
		if (list == null || !list.isArray() || (root.get("format") != null && !FORMAT.equals(root.get("format").asString()))) {
			galat.add(new Galat(0, null, "sds.impor.jsonFormat"));
			return List.of();
		}
		if (list.size() > MAKS_BARIS) {
			galat.add(new Galat(0, null, "sds.impor.terlaluBanyak", MAKS_BARIS));
			return List.of();
		}
		List<Baris> out = new ArrayList<>();
		int n = 0;
		for (JsonNode item : list) {
			n++;
			Map<String, String> m = new LinkedHashMap<>();
			for (String k : KOLOM) {
				String field = camel(k);
				JsonNode v = item.get(field);
				if (v != null && !v.isNull() && !v.isArray() && !v.isObject()) {
					m.put(k, v.asString());
				}
			}
			List<String[]> kategori = new ArrayList<>();
			JsonNode ks = item.get("kategori");
			if (ks != null && ks.isArray()) {
				for (JsonNode k : ks) {
					kategori.add(new String[] { teks(k.get("kode")), teks(k.get("label")), teks(k.get("induk")) });
				}
			}
			out.add(new Baris(n, m, kategori));
		}
		return out;
	}

	private static String teks(JsonNode n) {
		return n == null || n.isNull() ? null : n.asString();
	}

	/** {@code unit_observasi} → {@code unitObservasi} (the JSON names). */
	static String camel(String kolom) {
		StringBuilder b = new StringBuilder();
		boolean up = false;
		for (char c : kolom.toCharArray()) {
			if (c == '_') {
				up = true;
			}
			else {
				b.append(up ? Character.toUpperCase(c) : c);
				up = false;
			}
		}
		return b.toString();
	}

	// ---- export -------------------------------------------------------------------------------

	/** Every standard in force in the JSON exchange format. */
	void eksporJson(OutputStream out) {
		List<Map<String, Object>> standar = new ArrayList<>();
		for (StandarData s : repository.findByStatusOrderByJenisAscKodeAsc(StatusStandar.BERLAKU)) {
			Map<String, Object> m = new LinkedHashMap<>();
			Map<String, String> row = baris(s);
			for (String k : KOLOM) {
				if (!k.equals("kategori") && row.get(k) != null && !row.get(k).isEmpty()) {
					m.put(camel(k), k.startsWith("nilai_") ? new BigDecimal(row.get(k)) : row.get(k));
				}
			}
			m.put("versi", s.getVersi());
			if (!s.getKategori().isEmpty()) {
				m.put("kategori", s.getKategori().stream().map(k -> {
					Map<String, String> c = new LinkedHashMap<>();
					c.put("kode", k.getKode());
					c.put("label", k.getLabel());
					if (k.getKodeInduk() != null) {
						c.put("induk", k.getKodeInduk());
					}
					return c;
				}).toList());
			}
			standar.add(m);
		}
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("format", FORMAT);
		root.put("versiFormat", 1);
		root.put("standar", standar);
		json.writerWithDefaultPrettyPrinter().writeValue(out, root);
	}

	/** Every standard in force as CSV (formula-like cells neutralized by the writer). */
	void eksporCsv(OutputStream out) throws IOException {
		try (TableWriter w = TableWriter.csv(out)) {
			w.header(KOLOM);
			for (StandarData s : repository.findByStatusOrderByJenisAscKodeAsc(StatusStandar.BERLAKU)) {
				Map<String, String> row = baris(s);
				w.row(KOLOM.stream().map(k -> (Object) row.getOrDefault(k, "")).toList());
			}
		}
	}

	private static Map<String, String> baris(StandarData s) {
		IsiStandar i = s.getIsi();
		Map<String, String> m = new LinkedHashMap<>();
		m.put("jenis", s.getJenis().name());
		m.put("kode", s.getKode());
		m.put("nama", i.getNama());
		m.put("definisi", i.getDefinisi());
		m.put("referensi", nz(i.getReferensi()));
		m.put("pemilik", s.getPemilikNama());
		m.put("konsep", nz(i.getKonsepKode()));
		m.put("unit_observasi", nz(i.getUnitObservasi()));
		m.put("ukuran", nz(i.getUkuran()));
		m.put("satuan", nz(i.getSatuan()));
		m.put("subjek", nz(i.getSubjek()));
		m.put("tipe_data", i.getTipeData() == null ? "" : i.getTipeData().name());
		m.put("jenis_value_domain", i.getJenisValueDomain() == null ? "" : i.getJenisValueDomain().name());
		m.put("value_domain", nz(i.getValueDomain()));
		m.put("nilai_min", i.getNilaiMin() == null ? "" : i.getNilaiMin().stripTrailingZeros().toPlainString());
		m.put("nilai_max", i.getNilaiMax() == null ? "" : i.getNilaiMax().stripTrailingZeros().toPlainString());
		m.put("pola", nz(i.getPola()));
		m.put("aturan_validasi", nz(i.getAturanValidasi()));
		m.put("tingkat", nz(i.getTingkatKlasifikasi()));
		m.put("kategori", kategoriTeks(s.getKategori()));
		return m;
	}

	static String kategoriTeks(List<Kategori> kategori) {
		return String.join("|", kategori.stream()
			.map(k -> k.getKode() + "=" + k.getLabel() + (k.getKodeInduk() == null ? "" : "@" + k.getKodeInduk())).toList());
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
