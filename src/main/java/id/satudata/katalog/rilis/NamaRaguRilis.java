package id.satudata.katalog.rilis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.NameMatching;
import id.satudata.katalog.dataset.Dataset;
import id.satudata.katalog.dataset.SkemaService;
import id.satudata.referensi.NamaKode;
import id.satudata.referensi.PencocokanNama;

/**
 * The "Cocokkan nama ke kode" step of the Walidata's own upload: the names of a refused upload that did
 * not match exactly one code (its {@value #ATURAN} findings), each with the candidate codes within the
 * dataset's coverage, and the choices sent back with the same file ({@code kolomN}, {@code namaN},
 * {@code kodeN}) read into the decisions of the next import.
 */
@Component
class NamaRaguRilis {

	static final String ATURAN = "namaKode";
	private static final int MAKS = 200;

	/** A name to decide on: the file column, the name as written, the codes it may mean, the code chosen. */
	record NamaRagu(String kolom, String nama, List<NamaKode.Kandidat> kandidat, String dipilih) {
	}

	private final SkemaService skemaService;
	private final PencocokanNama pencocokan;

	NamaRaguRilis(SkemaService skemaService, PencocokanNama pencocokan) {
		this.skemaService = skemaService;
		this.pencocokan = pencocokan;
	}

	/** The distinct names of the findings, in their order, with their candidates (at most {@value #MAKS}). */
	List<NamaRagu> daftar(Dataset d, List<ImportIssue> issues, Map<String, Map<String, String>> dipilih) {
		List<ColumnSpec> schema = skemaService.skemaImpor(d);
		Map<String, NamaKode> matchers = new LinkedHashMap<>();
		Map<String, NamaRagu> out = new LinkedHashMap<>();
		for (ImportIssue i : issues) {
			if (out.size() >= MAKS) {
				break;
			}
			if (!ATURAN.equals(i.rule()) || i.column() == null || i.value() == null
					|| out.containsKey(i.column() + "\u0000" + i.value())) {
				continue;
			}
			Optional<ColumnSpec> column = NameMatching.codeColumnFor(i.column(), schema);
			if (column.isEmpty()) {
				continue;
			}
			NamaKode matcher = matchers.computeIfAbsent(i.column(), h -> matcher(d, column.get(), h));
			String chosen = dipilih.getOrDefault(i.column(), Map.of()).get(i.value());
			out.put(i.column() + "\u0000" + i.value(),
					new NamaRagu(i.column(), i.value(), matcher.cocokkan(i.value()).kandidat(), chosen));
		}
		return new ArrayList<>(out.values());
	}

	/** The choices sent with the form: file column → name as written → code (blank choices left out). */
	static Map<String, Map<String, String>> pilihan(Map<String, String> params) {
		Map<String, Map<String, String>> out = new LinkedHashMap<>();
		for (int n = 0; n < MAKS; n++) {
			String kolom = params.get("kolom" + n);
			String nama = params.get("nama" + n);
			String kode = params.get("kode" + n);
			if (kolom == null || nama == null) {
				break;
			}
			if (kode != null && !kode.isBlank()) {
				out.computeIfAbsent(kolom, k -> new LinkedHashMap<>()).put(nama, kode.strip());
			}
		}
		return out;
	}

	private NamaKode matcher(Dataset d, ColumnSpec c, String header) {
		return NameMatching.matcher(pencocokan, c, header, d.getCakupanWilayah());
	}

}
