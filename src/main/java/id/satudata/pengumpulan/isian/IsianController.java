package id.satudata.pengumpulan.isian;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.siegmar.fastcsv.writer.CsvWriter;
import id.satudata.datastore.ColumnSpec;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.pemeriksaan.PengajuanView;
import id.satudata.pengumpulan.internal.AksesProdusen;
import id.satudata.pengumpulan.internal.PengumpulanProperties;
import id.satudata.pengumpulan.unggahan.TemplatXlsx;
import id.satudata.pengumpulan.unggahan.Unggahan;
import id.satudata.pengumpulan.unggahan.UnggahanService;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.KodeView;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.NotFoundException;

/**
 * A small table typed in a form instead of uploaded: one input per cell of the schema's columns
 * (a list of the coverage's codes for code columns), turned into a CSV and checked exactly like an
 * upload.
 */
@Controller
@RequestMapping("/kelola/pengumpulan/pengajuan/{id}/isian")
@PreAuthorize("hasRole('PRODUSEN_DATA')")
class IsianController {

	static final int MAKS_BARIS = 200;
	private static final int MAKS_PILIHAN = 500;

	private final AksesProdusen akses;
	private final Katalog katalog;
	private final KodeReferensiLookup kodeReferensi;
	private final UnggahanService unggahan;
	private final PengumpulanProperties properties;
	private final Flash flash;
	private final FileStore fileStore;

	IsianController(AksesProdusen akses, Katalog katalog, KodeReferensiLookup kodeReferensi, UnggahanService unggahan,
			PengumpulanProperties properties, Flash flash, FileStore fileStore) {
		this.fileStore = fileStore;
		this.akses = akses;
		this.katalog = katalog;
		this.kodeReferensi = kodeReferensi;
		this.unggahan = unggahan;
		this.properties = properties;
		this.flash = flash;
	}

	@GetMapping
	String form(@PathVariable long id, @RequestParam(required = false) Integer baris, Model model) {
		PengajuanView p = akses.pengajuan(id);
		DatasetDetail d = katalog.dataset(String.valueOf(p.datasetId())).orElseThrow(NotFoundException::new);
		int rows = Math.min(MAKS_BARIS, Math.max(1, baris == null ? properties.barisIsian() : baris));
		model.addAttribute("p", p);
		model.addAttribute("dataset", d);
		model.addAttribute("baris", rows);
		model.addAttribute("maksBaris", MAKS_BARIS);
		model.addAttribute("pilihan", pilihan(d));
		model.addAttribute("nilai", sebelumnya(p, d));
		return "pengumpulan/isian";
	}

	@PostMapping
	String submit(@PathVariable long id, @RequestParam long version, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		PengajuanView p = akses.pengajuan(id);
		DatasetDetail d = katalog.dataset(String.valueOf(p.datasetId())).orElseThrow(NotFoundException::new);
		List<ColumnSpec> cols = d.kolom();
		StringWriter csv = new StringWriter();
		int written = 0;
		try (CsvWriter w = CsvWriter.builder().build(csv)) {
			w.writeRecord(cols.stream().map(ColumnSpec::name).toList());
			for (int r = 0; r < MAKS_BARIS; r++) {
				List<String> values = new ArrayList<>();
				boolean any = false;
				for (int c = 0; c < cols.size(); c++) {
					String v = form.getOrDefault("sel[" + r + "][" + c + "]", "").strip();
					any |= !v.isEmpty();
					values.add(v);
				}
				if (any) {
					w.writeRecord(values);
					written++;
				}
			}
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		if (written == 0) {
			flash.error(redirect, "pengumpulan.isian.kosong");
			return "redirect:/kelola/pengumpulan/pengajuan/" + id + "/isian";
		}
		return flash.attempt(redirect, () -> {
			Unggahan u = unggahan.mulai(id, version, "isian-" + p.periode() + ".csv",
					new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
					new UnggahanService.OpsiImpor(null, Map.of()));
			return "/kelola/pengumpulan/unggahan/" + u.getUuid();
		}, "/kelola/pengumpulan/pengajuan/" + id);
	}

	/**
	 * What the producer typed last time (the newest version, when it came from this form), so a
	 * correction starts from their table, not from an empty one. Keys: "row,column".
	 */
	private Map<String, String> sebelumnya(PengajuanView p, DatasetDetail d) {
		Map<String, String> out = new java.util.HashMap<>();
		PengajuanView.Versi v = p.versiTerkini().orElse(null);
		if (v == null || v.berkasKey() == null || !v.namaBerkas().startsWith("isian-")) {
			return out;
		}
		List<String> names = d.kolom().stream().map(ColumnSpec::name).toList();
		try {
			java.nio.file.Path file = fileStore.localPath(v.berkasKey());
			id.satudata.shared.tabular.TabularFiles.read(file, id.satudata.shared.tabular.ReadOptions.strictUtf8(),
					new id.satudata.shared.tabular.RowHandler() {
						List<String> header = List.of();
						int row;

						@Override
						public void header(List<String> h) {
							header = h;
						}

						@Override
						public void row(long rowNumber, String[] values) {
							if (row < MAKS_BARIS) {
								for (int i = 0; i < values.length && i < header.size(); i++) {
									int c = names.indexOf(header.get(i));
									if (c >= 0 && values[i] != null && !values[i].isEmpty()) {
										out.put(row + "," + c, values[i]);
									}
								}
							}
							row++;
						}
					});
		}
		catch (java.io.IOException | RuntimeException e) {
			return Map.of();
		}
		return out;
	}

	/** Per code column, the codes of the coverage at the dataset's level (when few enough for a list). */
	private Map<String, List<KodeView>> pilihan(DatasetDetail d) {
		Map<String, List<KodeView>> out = new java.util.HashMap<>();
		String level = TemplatXlsx.level(d.ringkas().tingkatPenyajian());
		for (ColumnSpec c : d.kolom()) {
			if (c.codeList() != null && d.cakupanWilayah() != null && level != null) {
				List<KodeView> codes = kodeReferensi.turunanPadaTingkat(c.codeList(), d.cakupanWilayah(), level);
				if (!codes.isEmpty() && codes.size() <= MAKS_PILIHAN) {
					out.put(c.name(), codes);
				}
			}
		}
		return out;
	}

}
