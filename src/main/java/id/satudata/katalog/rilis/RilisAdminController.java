package id.satudata.katalog.rilis;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.datastore.Datastore;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.Query;
import id.satudata.datastore.TableRef;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.JenisLampiran;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.dataset.Dataset;
import id.satudata.katalog.dataset.DatasetService;
import id.satudata.katalog.internal.KatalogAkses;
import id.satudata.katalog.internal.KatalogService;
import id.satudata.shared.storage.TempFiles;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.Messages;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * A dataset's releases in the back office: uploading one with its issue report, its page with a
 * preview, publishing and withdrawing. Attachments: {@code lampiran}.
 */
@Controller
@RequestMapping("/kelola/dataset/{slug}/rilis")
@PreAuthorize("hasAnyRole('WALIDATA', 'ADMIN')")
class RilisAdminController {

	private static final String RILIS = "katalog/kelola/rilis";
	private static final String LAPORAN = "katalog/kelola/laporan-unggah";
	private static final int PRATINJAU = 20;

	private final RilisService service;
	private final DatasetService datasetService;
	private final KatalogService katalog;
	private final KatalogAkses akses;
	private final Datastore datastore;
	private final TempFiles tempFiles;
	private final Flash flash;
	private final Messages messages;
	private final NamaRaguRilis namaRagu;

	RilisAdminController(RilisService service, DatasetService datasetService, KatalogService katalog,
			KatalogAkses akses, Datastore datastore, TempFiles tempFiles, Flash flash, Messages messages,
			NamaRaguRilis namaRagu) {
		this.namaRagu = namaRagu;
		this.service = service;
		this.datasetService = datasetService;
		this.katalog = katalog;
		this.akses = akses;
		this.datastore = datastore;
		this.tempFiles = tempFiles;
		this.flash = flash;
		this.messages = messages;
	}

	/**
	 * A new version from a file. A table that fails its checks shows its issue report (a page, not a
	 * redirect), so only a refusal goes through a flash message. Names that did not match one code are
	 * offered there with their candidate codes; the codes chosen ({@code kolomN}, {@code namaN},
	 * {@code kodeN}) come back with the same file and apply to its names.
	 */
	@PostMapping
	String upload(@PathVariable String slug, @RequestParam(required = false) MultipartFile berkas,
			@RequestParam(required = false) String periode, @RequestParam(required = false) String catatan,
			@RequestParam(required = false) String sheet, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		Dataset d = datasetService.kelolaan(slug);
		if (berkas == null || berkas.isEmpty()) {
			flash.error(redirect, "impor.galat.tanpaBerkas");
			return "redirect:/kelola/dataset/" + slug + "#unggah";
		}
		Path file = tempFiles.save(berkas);
		try {
			Map<String, Map<String, String>> pilihan = NamaRaguRilis.pilihan(params);
			RilisService.Unggahan up = service.unggah(slug, file, berkas.getOriginalFilename(), periode, catatan,
					new ImportOptions(blank(sheet), Map.of(), 0)
						.withNames(new id.satudata.datastore.NameMatching(null, pilihan)));
			if (up.rilis() == null) {
				model.addAttribute("dataset", d);
				model.addAttribute("impor", up.impor());
				model.addAttribute("namaBerkas", berkas.getOriginalFilename());
				model.addAttribute("periode", periode);
				model.addAttribute("catatan", catatan);
				model.addAttribute("sheet", sheet);
				model.addAttribute("namaRagu", namaRagu.daftar(d, up.impor().issues(), pilihan));
				return LAPORAN;
			}
			java.util.List<id.satudata.shared.tabular.TableShaper.Excluded> excluded = up.impor().file() == null
					? java.util.List.of() : up.impor().file().excluded();
			if (excluded.isEmpty()) {
				flash.success(redirect, "rilis.sukses.diunggah", up.rilis().getPeriode(), up.rilis().getVersi(),
						up.rilis().getJumlahBaris());
			}
			else {
				flash.success(redirect, "rilis.sukses.diunggahTanpaBaris", up.rilis().getPeriode(), up.rilis().getVersi(),
						up.rilis().getJumlahBaris(), excluded.size(), String.join("; ", excluded.stream()
							.map(e -> e.row() + " (" + messages.get("datastore.dikecualikan." + e.kind().name()) + ")").toList()));
			}
			flash.info(redirect, ringkasanSimbol(up.impor().symbols(), service.schemaOf(up.rilis())));
			flash.warnings(redirect, up.impor().issues().stream()
				.filter(i -> i.severity() == id.satudata.datastore.Severity.PERINGATAN)
				.map(i -> messages.get("rilis.peringatan.baris", String.valueOf(i.row()), messages.get(i.messageKey(), i.argsArray())))
				.toList());
			return "redirect:/kelola/dataset/" + slug + "/rilis/" + up.rilis().getUuid();
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:/kelola/dataset/" + slug + "#unggah";
		}
		finally {
			tempFiles.delete(file);
		}
	}

	/** "BPS symbols read: Laki-laki: 2 nihil, 1 dirahasiakan; ..." or nothing. */
	private java.util.List<String> ringkasanSimbol(id.satudata.datastore.SymbolSummary symbols,
			java.util.List<id.satudata.datastore.ColumnSpec> schema) {
		if (symbols.isEmpty()) {
			return java.util.List.of();
		}
		java.util.Map<String, String> labels = new java.util.HashMap<>();
		schema.forEach(c -> labels.put(c.name(), c.label()));
		return java.util.List.of(messages.get("datastore.simbol.ringkasan", String.join("; ", symbols.describe(
				s -> messages.get(s.labelKey()), c -> labels.getOrDefault(c, c)))));
	}

	@GetMapping("/{uuid}")
	String release(@PathVariable String slug, @PathVariable String uuid, Model model) {
		Dataset d = datasetService.kelolaan(slug);
		DatasetDetail detail = katalog.detail(d, akses.lingkup());
		RilisView rilis = detail.rilis().stream().filter(r -> r.uuid().equals(uuid)).findFirst()
			.orElseThrow(() -> new NotFoundException("rilis.galat.tidakAda"));
		Rilis r = service.rilis(uuid);
		TableRef table = new TableRef(r.getStorageKey(), service.schemaOf(r), r.getJumlahBaris());
		model.addAttribute("dataset", d);
		model.addAttribute("d", detail);
		model.addAttribute("rilis", rilis);
		model.addAttribute("hanyaLewatPemeriksaan", r.hanyaLewatPemeriksaan());
		model.addAttribute("kolom", table.columns());
		model.addAttribute("pratinjau", datastore.search(table, Query.all(PRATINJAU)));
		model.addAttribute("jenisLampiranPilihan", JenisLampiran.values());
		return RILIS;
	}

	@PostMapping("/{uuid}/terbitkan")
	String publish(@PathVariable String slug, @PathVariable String uuid, RedirectAttributes redirect) {
		Rilis r = service.kelolaan(slug, uuid);
		return flash.attempt(redirect, "/kelola/dataset/" + slug + "/rilis/" + uuid, () -> {
			service.terbitkanLangsung(r.getUuid());
			flash.success(redirect, "rilis.sukses.diterbitkan", r.getPeriode(), r.getVersi());
		});
	}

	@PostMapping("/{uuid}/tarik")
	String withdraw(@PathVariable String slug, @PathVariable String uuid, RedirectAttributes redirect) {
		Rilis r = service.kelolaan(slug, uuid);
		return flash.attempt(redirect, "/kelola/dataset/" + slug + "/rilis/" + uuid, () -> {
			service.tarik(r.getUuid());
			flash.success(redirect, "rilis.sukses.ditarik", r.getPeriode(), r.getVersi());
		});
	}

	/** Deletes a draft; a published (or withdrawn) release is refused with 409, not through a flash. */
	@PostMapping("/{uuid}/hapus")
	String delete(@PathVariable String slug, @PathVariable String uuid, RedirectAttributes redirect) {
		Rilis r = service.hapusDraf(slug, uuid);
		flash.success(redirect, "rilis.sukses.dihapus", r.getPeriode(), r.getVersi());
		return "redirect:/kelola/dataset/" + slug;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
