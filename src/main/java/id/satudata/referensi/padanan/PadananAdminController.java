package id.satudata.referensi.padanan;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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

import id.satudata.referensi.kode.ImportMode;
import id.satudata.referensi.kode.ImportOutcome;
import id.satudata.referensi.kode.KodeReferensiService;
import id.satudata.shared.storage.TempFiles;
import id.satudata.shared.tabular.TabularFiles;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;

/** The Walidata's management of crosswalks between code lists. */
@Controller
@RequestMapping("/kelola/padanan")
@PreAuthorize("hasAnyRole('WALIDATA', 'ADMIN')")
class PadananAdminController {

	private static final String FORM = "referensi/kelola/padanan-form";

	private final PadananService service;
	private final KodeReferensiService kodeReferensi;
	private final TempFiles tempFiles;
	private final Flash flash;

	PadananAdminController(PadananService service, KodeReferensiService kodeReferensi, TempFiles tempFiles,
			Flash flash) {
		this.service = service;
		this.kodeReferensi = kodeReferensi;
		this.tempFiles = tempFiles;
		this.flash = flash;
	}

	@InitBinder("padananForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields("slug", "nama", "deskripsi", "daftarSumber", "daftarTarget");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("padanan", service.semua());
		return "referensi/kelola/padanan-daftar";
	}

	@GetMapping("/baru")
	String newForm(Model model) {
		model.addAttribute("padananForm", new PadananForm());
		model.addAttribute("semuaDaftar", kodeReferensi.semuaDaftar());
		return FORM;
	}

	@PostMapping("/baru")
	String create(@Valid @ModelAttribute("padananForm") PadananForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Padanan p = service.buat(form);
				flash.success(redirect, "padanan.sukses.dibuat");
				return "redirect:/kode-referensi/padanan/" + p.getSlug();
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		model.addAttribute("semuaDaftar", kodeReferensi.semuaDaftar());
		return FORM;
	}

	@PostMapping("/{slug}/pasangan")
	String addPair(@PathVariable String slug, @RequestParam(required = false) String kodeSumber,
			@RequestParam(required = false) String kodeTarget, @RequestParam(required = false) String catatan,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kode-referensi/padanan/" + slug, () -> {
			service.tambahPasangan(slug, kodeSumber, kodeTarget, catatan);
			flash.success(redirect, "padanan.sukses.pasanganDitambah");
		});
	}

	@PostMapping("/{slug}/pasangan/hapus")
	String removePair(@PathVariable String slug, @RequestParam String kodeSumber, @RequestParam String kodeTarget,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kode-referensi/padanan/" + slug, () -> {
			service.hapusPasangan(slug, kodeSumber, kodeTarget);
			flash.success(redirect, "padanan.sukses.pasanganDihapus");
		});
	}

	@PostMapping("/{slug}/impor")
	String importPairs(@PathVariable String slug, @RequestParam(required = false) MultipartFile berkas,
			@RequestParam(defaultValue = "GABUNG") ImportMode mode, Model model, RedirectAttributes redirect) {
		Padanan p = service.padanan(slug);
		if (berkas == null || berkas.isEmpty() || !TabularFiles.isSupportedName(berkas.getOriginalFilename())) {
			flash.error(redirect, berkas == null || berkas.isEmpty() ? "impor.galat.tanpaBerkas" : "impor.galat.jenisBerkas");
			return "redirect:/kode-referensi/padanan/" + slug;
		}
		Path file = tempFiles.save(berkas);
		try {
			ImportOutcome outcome = service.imporPasangan(slug, file, mode);
			if (outcome.applied()) {
				flash.success(redirect, "padanan.sukses.diimpor", outcome.tambah());
				return "redirect:/kode-referensi/padanan/" + slug;
			}
			model.addAttribute("padanan", p);
			model.addAttribute("laporan", outcome);
			model.addAttribute("namaBerkas", berkas.getOriginalFilename());
			return "referensi/kelola/laporan-impor";
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:/kode-referensi/padanan/" + slug;
		}
		finally {
			tempFiles.delete(file);
		}
	}

	@GetMapping("/{slug}/unduh.csv")
	void csv(@PathVariable String slug, HttpServletResponse response) throws IOException {
		Padanan p = service.padanan(slug);
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"padanan-" + slug + ".csv\"");
		service.export(p, response.getOutputStream(), false);
	}

}
