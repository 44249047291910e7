package id.satudata.pengumpulan.aturan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.Severity;
import id.satudata.datastore.TableRef;
import id.satudata.datastore.TableRule;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.StatusRilis;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.KodeView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validation engine: turns the rules a Walidata attached to a dataset's columns (and the
 * built-in coverage rule) into table rules the datastore checks during the import, alongside the
 * schema's own column rules (type, required, range, pattern, Kode Referensi, key uniqueness).
 * <p>
 * Built in: a column coded with a Kode Referensi list in which the dataset's cakupan wilayah is a
 * code must hold codes of that subtree (a kecamatan of Kepulauan Bangka Belitung for a provincial
 * dataset) — an error, unless the Walidata attached a CAKUPAN rule of their own to the column.
 */
@Component
public class MesinValidasi {

	private final AturanValidasiRepository aturan;
	private final KodeReferensiLookup kodeReferensi;
	private final Katalog katalog;
	private final JsonMapper json;

	MesinValidasi(AturanValidasiRepository aturan, KodeReferensiLookup kodeReferensi, Katalog katalog, JsonMapper json) {
		this.aturan = aturan;
		this.kodeReferensi = kodeReferensi;
		this.katalog = katalog;
		this.json = json;
	}

	public List<TableRule> aturan(DatasetDetail d) {
		List<TableRule> out = new ArrayList<>();
		List<AturanValidasi> attached = aturan.findByDatasetIdAndAktifTrueOrderByIdAsc(d.ringkas().id());
		// the effective schema: a column following a Standar Data variable may get its code list from it
		List<ColumnSpec> schema = katalog.skemaImpor(d.ringkas().id()).orElse(d.kolom());
		Map<String, ColumnSpec> columns = new LinkedHashMap<>();
		schema.forEach(c -> columns.put(c.name(), c));
		for (ColumnSpec c : schema) {
			boolean own = attached.stream().anyMatch(a -> a.getJenis() == JenisAturan.CAKUPAN && a.getKolom().equals(c.name()));
			if (!own && cakupanBerlaku(d, c)) {
				out.add(cakupan(d, c, Severity.GALAT));
			}
		}
		for (AturanValidasi a : attached) {
			ColumnSpec c = columns.get(a.getKolom());
			if (c == null) {
				continue; // the column left the schema: the rule waits until it is back or removed
			}
			ParameterAturan p = parameter(a);
			switch (a.getJenis()) {
				case CAKUPAN -> {
					if (cakupanBerlaku(d, c)) {
						out.add(cakupan(d, c, a.getTingkat()));
					}
				}
				case KELENGKAPAN -> kelengkapan(d, c, p, a.getTingkat()).ifPresent(out::add);
				case JUMLAH -> {
					List<String> parts = p.bagian().stream().filter(columns::containsKey).toList();
					if (!parts.isEmpty()) {
						out.add(new TableRule.SumOfParts("jumlah", "pengumpulan.temuan.jumlah", a.getTingkat(), c.name(),
								parts, p.toleransi()));
					}
				}
				case BARIS_JUMLAH -> {
					if (c.type().numeric()) {
						out.add(new TableRule.TotalRows("barisJumlah", "pengumpulan.temuan.barisJumlah", a.getTingkat(), c.name(),
								p.toleransi()));
					}
				}
				case PERUBAHAN -> perubahan(d, c, p, a.getTingkat()).ifPresent(out::add);
			}
		}
		return out;
	}

	ParameterAturan parameter(AturanValidasi a) {
		return json.readValue(a.getParameterJson(), ParameterAturan.class);
	}

	private boolean cakupanBerlaku(DatasetDetail d, ColumnSpec c) {
		String cakupan = d.cakupanWilayah();
		return c.codeList() != null && cakupan != null && !cakupan.isBlank()
				&& kodeReferensi.kode(c.codeList(), cakupan).isPresent();
	}

	private TableRule cakupan(DatasetDetail d, ColumnSpec c, Severity severity) {
		Set<String> allowed = kodeReferensi.turunan(c.codeList(), d.cakupanWilayah());
		String nama = kodeReferensi.kode(c.codeList(), d.cakupanWilayah()).map(KodeView::nama).orElse(d.cakupanWilayah());
		return new TableRule.AllowedCodes("cakupan", "pengumpulan.temuan.cakupan", severity, c.name(), allowed,
				List.of(nama));
	}

	private Optional<TableRule> kelengkapan(DatasetDetail d, ColumnSpec c, ParameterAturan p, Severity severity) {
		if (c.codeList() == null || d.cakupanWilayah() == null || p.tingkat() == null) {
			return Optional.empty();
		}
		Map<String, String> expected = new LinkedHashMap<>();
		for (KodeView k : kodeReferensi.turunanPadaTingkat(c.codeList(), d.cakupanWilayah(), p.tingkat())) {
			expected.put(k.kode(), k.nama());
		}
		if (expected.isEmpty()) {
			return Optional.empty();
		}
		List<String> groups = p.kelompok().stream().filter(g -> d.kolom().stream().anyMatch(x -> x.name().equals(g)))
			.toList();
		return Optional.of(new TableRule.Complete("kelengkapan", groups.isEmpty() ? "pengumpulan.temuan.kelengkapanSemua"
				: "pengumpulan.temuan.kelengkapan", severity, c.name(), expected, groups));
	}

	/** Compared with the newest published release (of any period), rows matched on the given key columns. */
	private Optional<TableRule> perubahan(DatasetDetail d, ColumnSpec c, ParameterAturan p, Severity severity) {
		if (p.batas() == null || !c.type().numeric()) {
			return Optional.empty();
		}
		Optional<RilisView> previous = d.rilis().stream().filter(r -> r.status() == StatusRilis.TERBIT).findFirst();
		if (previous.isEmpty()) {
			return Optional.empty();
		}
		Optional<TableRef> table = katalog.tabel(previous.get().uuid()).map(t -> t.tabel());
		if (table.isEmpty()) {
			return Optional.empty();
		}
		List<String> keys = p.kunci().isEmpty()
				? d.kolom().stream().filter(x -> x.key() && x.codeList() != null).map(ColumnSpec::name).toList()
				: p.kunci();
		List<String> usable = keys.stream().filter(k -> table.get().column(k).isPresent()).toList();
		if (usable.isEmpty() || table.get().column(c.name()).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new TableRule.ChangeLimit("perubahan", "pengumpulan.temuan.perubahan", severity, table.get(),
				usable, List.of(c.name()), p.batas()));
	}

}
