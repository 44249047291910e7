package id.satudata.katalog.dataset;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.Datastore;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.InferredSchema;
import id.satudata.katalog.AturanStandarKolom;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.web.UserFacingException;

/**
 * A dataset's schema: proposed from a file, checked and kept, and turned into the column specs an
 * upload is checked against ({@link #skemaImpor}, where the rules of Standar Data Statistik apply).
 */
@Service
@Transactional(readOnly = true)
public class SkemaService {

	public static final int MAX_COLUMNS = 200;

	private final DatasetService datasetService;
	private final KodeReferensiLookup kodeReferensi;
	private final Datastore datastore;
	private final Audit audit;
	private final Clock clock;
	/** The rules of Standar Data Statistik variables columns follow (module standar), if present. */
	private final ObjectProvider<AturanStandarKolom> aturanStandar;

	SkemaService(DatasetService datasetService, KodeReferensiLookup kodeReferensi, Datastore datastore, Audit audit,
			Clock clock, ObjectProvider<AturanStandarKolom> aturanStandar) {
		this.datasetService = datasetService;
		this.kodeReferensi = kodeReferensi;
		this.datastore = datastore;
		this.audit = audit;
		this.clock = clock;
		this.aturanStandar = aturanStandar;
	}

	@Transactional
	public Dataset ubah(String slug, List<ColumnSpec> columns) {
		return ubah(slug, columns, Map.of());
	}

	/** @param variabel column name → code of the Standar Data Statistik variable the column follows */
	@Transactional
	public Dataset ubah(String slug, List<ColumnSpec> columns, Map<String, String> variabel) {
		Dataset d = datasetService.kelolaan(slug);
		periksa(columns);
		AturanStandarKolom standar = aturanStandar.getIfAvailable();
		for (ColumnSpec c : columns) {
			String kode = variabel.get(c.name());
			if (kode != null && standar != null && standar.aturan(kode).isEmpty()) {
				throw new UserFacingException("skema.galat.variabel", c.label(), kode);
			}
		}
		d.gantiSkema(columns, variabel, clock.instant());
		audit.record("dataset.skemaDiubah", "Dataset", d.getId(), columns.size() + " kolom: "
				+ String.join(", ", columns.stream().map(ColumnSpec::name).toList()));
		return d;
	}

	/** A schema proposed from a file's inferred types (nothing is kept). */
	public InferredSchema usulkan(String slug, Path file, ImportOptions options) {
		datasetService.kelolaan(slug);
		return datastore.infer(file, options);
	}

	/**
	 * The column specs an upload of this dataset is checked against: its schema, with the rules of the
	 * Standar Data Statistik variable a column follows added (its Kode Referensi list when the column
	 * has none, the tighter of the two ranges, both patterns, its unit when the column has none). The
	 * one place where standards drive validation: every import of a dataset's table (the back office,
	 * the CKAN API, the collection module) must build its specs here. The specs are stored with the
	 * release, so the rules it was checked against stay with it.
	 */
	public List<ColumnSpec> skemaImpor(Dataset d) {
		AturanStandarKolom standar = aturanStandar.getIfAvailable();
		Map<String, String> variabel = d.variabelKolom();
		if (standar == null || variabel.isEmpty()) {
			return d.skema();
		}
		List<ColumnSpec> out = new ArrayList<>();
		for (ColumnSpec c : d.skema()) {
			String kode = variabel.get(c.name());
			Optional<AturanStandarKolom.Aturan> aturan = kode == null ? Optional.empty() : standar.aturan(kode);
			out.add(aturan.map(a -> terapkan(c, a)).orElse(c));
		}
		return out;
	}

	static ColumnSpec terapkan(ColumnSpec c, AturanStandarKolom.Aturan a) {
		BigDecimal min = c.min() == null ? a.min() : a.min() == null ? c.min() : c.min().max(a.min());
		BigDecimal max = c.max() == null ? a.max() : a.max() == null ? c.max() : c.max().min(a.max());
		if (!c.type().numeric()) {
			min = null;
			max = null;
		}
		String pola = c.pattern() == null || c.pattern().isBlank() ? a.pola()
				: a.pola() == null ? c.pattern() : "(?=(?:" + c.pattern() + ")$)(?:" + a.pola() + ")";
		String codeList = c.codeList() == null || c.codeList().isBlank() ? a.kodeReferensi() : c.codeList();
		String unit = c.unit() == null || c.unit().isBlank() ? a.satuan() : c.unit();
		return new ColumnSpec(c.name(), c.label(), c.type(), unit, codeList, c.required(), min, max, pola, c.numberFormat(),
				c.key(), c.symbols());
	}

	void periksa(List<ColumnSpec> columns) {
		if (columns.isEmpty()) {
			throw new UserFacingException("skema.galat.kosong");
		}
		if (columns.size() > MAX_COLUMNS) {
			throw new UserFacingException("skema.galat.terlaluBanyak", MAX_COLUMNS);
		}
		Set<String> names = new HashSet<>();
		for (ColumnSpec c : columns) {
			if (!names.add(c.name())) {
				throw new UserFacingException("skema.galat.namaGanda", c.name());
			}
			if ("_id".equals(c.name()) || c.name().startsWith("__")) {
				throw new UserFacingException("skema.galat.namaCadangan", c.name());
			}
			if (c.codeList() != null && !c.codeList().isBlank() && !kodeReferensi.adaDaftar(c.codeList())) {
				throw new UserFacingException("skema.galat.kodeReferensi", c.label(), c.codeList());
			}
			if (c.min() != null && c.max() != null && c.min().compareTo(c.max()) > 0) {
				throw new UserFacingException("skema.galat.rentang", c.label());
			}
			if (c.pattern() != null && !c.pattern().isBlank()) {
				try {
					Pattern.compile(c.pattern());
				}
				catch (PatternSyntaxException e) {
					throw new UserFacingException("skema.galat.pola", c.label());
				}
			}
		}
	}

}
