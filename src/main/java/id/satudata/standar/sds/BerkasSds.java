package id.satudata.standar.sds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.satudata.shared.tabular.ReadOptions;
import id.satudata.shared.tabular.RowHandler;
import id.satudata.shared.tabular.TabularFileException;
import id.satudata.shared.tabular.TabularFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a file of the exchange format ({@link FormatSds}) into rows: JSON by its name, else a table
 * (CSV/XLSX, at most {@link FormatSds#MAKS_BARIS} rows). What cannot be read is reported as problems,
 * never thrown.
 */
@Component
class BerkasSds {

	/** One problem: the row (JSON: the position in {@code standar}, from 1; CSV: the line, header = 1), the field, the message. */
	record Galat(long baris, String kolom, String pesanKey, Object... args) {
	}

	/** One standard as read from the file. */
	record Baris(long nomor, Map<String, String> nilai, List<String[]> kategori) {

		String get(String k) {
			String v = nilai.get(k);
			return v == null || v.isBlank() ? null : v.strip();
		}

	}

	private final JsonMapper json;

	BerkasSds(JsonMapper json) {
		this.json = json;
	}

	/** The rows of {@code file}, read as JSON when {@code namaBerkas} ends in {@code .json}; problems go to {@code galat}. */
	List<Baris> read(Path file, String namaBerkas, List<Galat> galat) {
		return namaBerkas != null && namaBerkas.toLowerCase(Locale.ROOT).endsWith(".json") ? readJson(file, galat)
				: readTable(file, galat);
	}

	private List<Baris> readTable(Path file, List<Galat> galat) {
		List<Baris> out = new ArrayList<>();
		try {
			TabularFiles.read(file, ReadOptions.detect().withMaxRows(FormatSds.MAKS_BARIS), new RowHandler() {
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

	private List<Baris> readJson(Path file, List<Galat> galat) {
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
		if (list == null || !list.isArray() || (root.get("format") != null && !FormatSds.FORMAT.equals(root.get("format").asString()))) {
			galat.add(new Galat(0, null, "sds.impor.jsonFormat"));
			return List.of();
		}
		if (list.size() > FormatSds.MAKS_BARIS) {
			galat.add(new Galat(0, null, "sds.impor.terlaluBanyak", FormatSds.MAKS_BARIS));
			return List.of();
		}
		List<Baris> out = new ArrayList<>();
		int n = 0;
		for (JsonNode item : list) {
			n++;
			Map<String, String> m = new LinkedHashMap<>();
			for (String k : FormatSds.KOLOM) {
				String field = FormatSds.camel(k);
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

}
