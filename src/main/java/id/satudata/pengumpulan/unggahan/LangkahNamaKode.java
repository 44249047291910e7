package id.satudata.pengumpulan.unggahan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.NameMatching;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.pemeriksaan.HalamanTemuan;
import id.satudata.referensi.NamaKode;
import id.satudata.referensi.PencocokanNama;

/**
 * The "Cocokkan nama ke kode" step: the names of an upload that did not match exactly one code (its
 * {@code namaKode} findings), each with the candidate codes within the dataset's coverage to choose from.
 */
@Component
public class LangkahNamaKode {

	/** The findings' rule. */
	public static final String ATURAN = "namaKode";

	/** A name to decide on: the file column, the name as written, and the codes it may mean. */
	public record NamaRagu(String kolom, String nama, List<NamaKode.Kandidat> kandidat) {
	}

	private final Katalog katalog;
	private final PencocokanNama pencocokan;

	LangkahNamaKode(Katalog katalog, PencocokanNama pencocokan) {
		this.katalog = katalog;
		this.pencocokan = pencocokan;
	}

	/** The distinct names of the findings, in their order, with their candidates. */
	public List<NamaRagu> daftar(DatasetDetail d, List<HalamanTemuan.Temuan> temuan) {
		List<ColumnSpec> schema = katalog.skemaImpor(d.ringkas().id()).orElse(d.kolom());
		Map<String, NamaKode> matchers = new LinkedHashMap<>();
		Map<String, NamaRagu> out = new LinkedHashMap<>();
		for (HalamanTemuan.Temuan t : temuan) {
			if (!ATURAN.equals(t.aturan()) || t.kolom() == null || t.nilai() == null
					|| out.containsKey(t.kolom() + "\u0000" + t.nilai())) {
				continue;
			}
			Optional<ColumnSpec> column = NameMatching.codeColumnFor(t.kolom(), schema);
			if (column.isEmpty()) {
				continue;
			}
			NamaKode matcher = matchers.computeIfAbsent(t.kolom(), h -> matcher(d, column.get(), h));
			out.put(t.kolom() + "\u0000" + t.nilai(),
					new NamaRagu(t.kolom(), t.nilai(), matcher.cocokkan(t.nilai()).kandidat()));
		}
		return new ArrayList<>(out.values());
	}

	private NamaKode matcher(DatasetDetail d, ColumnSpec c, String header) {
		return NameMatching.matcher(pencocokan, c, header, d.cakupanWilayah());
	}

}
