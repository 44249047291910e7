package id.satudata.standar.sds;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.satudata.shared.tabular.TableWriter;
import id.satudata.standar.StatusStandar;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue's standards in force, written in the exchange format ({@link FormatSds}): JSON or CSV. */
@Component
class EksporSds {

	private final StandarDataRepository repository;
	private final JsonMapper json;

	EksporSds(StandarDataRepository repository, JsonMapper json) {
		this.repository = repository;
		this.json = json;
	}

	/** Every standard in force in the JSON exchange format. */
	void writeJson(OutputStream out) {
		List<Map<String, Object>> standar = new ArrayList<>();
		for (StandarData s : repository.findByStatusOrderByJenisAscKodeAsc(StatusStandar.BERLAKU)) {
			Map<String, Object> m = new LinkedHashMap<>();
			Map<String, String> row = FormatSds.baris(s);
			for (String k : FormatSds.KOLOM) {
				if (!k.equals("kategori") && row.get(k) != null && !row.get(k).isEmpty()) {
					m.put(FormatSds.camel(k), k.startsWith("nilai_") ? new BigDecimal(row.get(k)) : row.get(k));
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
		root.put("format", FormatSds.FORMAT);
		root.put("versiFormat", 1);
		root.put("standar", standar);
		json.writerWithDefaultPrettyPrinter().writeValue(out, root);
	}

	/** Every standard in force as CSV (formula-like cells neutralized by the writer). */
	void writeCsv(OutputStream out) throws IOException {
		try (TableWriter w = TableWriter.csv(out)) {
			w.header(FormatSds.KOLOM);
			for (StandarData s : repository.findByStatusOrderByJenisAscKodeAsc(StatusStandar.BERLAKU)) {
				Map<String, String> row = FormatSds.baris(s);
				w.row(FormatSds.KOLOM.stream().map(k -> (Object) row.getOrDefault(k, "")).toList());
			}
		}
	}

}
