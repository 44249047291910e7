package id.satudata.katalog.dataset;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.datastore.ColumnType;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.InferredSchema;
import id.satudata.datastore.NumberFormat;
import id.satudata.katalog.rilis.RilisRepository;
import id.satudata.shared.storage.TempFiles;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;

/** A dataset's schema in the back office: proposed from a file, edited, then confirmed. */
@Controller
@RequestMapping("/kelola/dataset/{slug}/skema")
@PreAuthorize("hasAnyRole('WALIDATA', 'ADMIN')")
class SkemaAdminController {

	private static final String SKEMA = "katalog/kelola/skema";

	private final DatasetService datasetService;
	private final SkemaService service;
	private final RilisRepository rilisRepository;
	private final TempFiles tempFiles;
	private final Flash flash;

	SkemaAdminController(DatasetService datasetService, SkemaService service, RilisRepository rilisRepository,
			TempFiles tempFiles, Flash flash) {
		this.datasetService = datasetService;
		this.service = service;
		this.rilisRepository = rilisRepository;
		this.tempFiles = tempFiles;
		this.flash = flash;
	}

	@InitBinder("skemaForm")
	void bindSkema(WebDataBinder binder) {
		binder.setAllowedFields("kolom[*].nama", "kolom[*].label", "kolom[*].tipe", "kolom[*].satuan",
				"kolom[*].kodeReferensi", "kolom[*].wajib", "kolom[*].kunci", "kolom[*].nilaiMin", "kolom[*].nilaiMax",
				"kolom[*].pola", "kolom[*].formatAngka", "kolom[*].hapus", "kolom[*].kodeVariabel",
				"kolom[*].simbolBps");
		binder.setAutoGrowCollectionLimit(SkemaService.MAX_COLUMNS + SkemaForm.BARIS_KOSONG);
	}

	@GetMapping
	String schema(@PathVariable String slug, Model model) {
		Dataset d = datasetService.kelolaan(slug);
		model.addAttribute("skemaForm", SkemaForm.of(d.skema(), d.variabelKolom()));
		return schemaPage(d, model);
	}

	/**
	 * Proposes a schema from an uploaded file's inferred types; nothing is saved until confirmed. (The
	 * proposal is a page, not a redirect: only its refusal goes through a flash message.)
	 */
	@PostMapping("/usulkan")
	String propose(@PathVariable String slug, @RequestParam(required = false) MultipartFile berkas,
			@RequestParam(required = false) String sheet, Model model, RedirectAttributes redirect) {
		Dataset d = datasetService.kelolaan(slug);
		if (berkas == null || berkas.isEmpty()) {
			flash.error(redirect, "impor.galat.tanpaBerkas");
			return "redirect:/kelola/dataset/" + slug + "/skema";
		}
		Path file = tempFiles.save(berkas);
		try {
			InferredSchema inferred = service.usulkan(slug, file, new ImportOptions(blank(sheet), Map.of(), 0));
			model.addAttribute("skemaForm", SkemaForm.of(inferred.columns()));
			model.addAttribute("usulan", inferred);
			model.addAttribute("namaBerkas", berkas.getOriginalFilename());
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:/kelola/dataset/" + slug + "/skema";
		}
		finally {
			tempFiles.delete(file);
		}
		return schemaPage(d, model);
	}

	@PostMapping
	String saveSchema(@PathVariable String slug, @ModelAttribute("skemaForm") SkemaForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Dataset d = datasetService.kelolaan(slug);
		if (!result.hasErrors()) {
			try {
				service.ubah(slug, form.columns(), form.variabel());
				flash.success(redirect, "skema.sukses.disimpan");
				return "redirect:/kelola/dataset/" + slug;
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return schemaPage(d, model);
	}

	private String schemaPage(Dataset d, Model model) {
		model.addAttribute("dataset", d);
		model.addAttribute("tipePilihan", ColumnType.values());
		model.addAttribute("formatAngkaPilihan", NumberFormat.values());
		model.addAttribute("adaRilis", rilisRepository.existsByDatasetId(d.getId()));
		return SKEMA;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
