package id.satudata.referensi.kode;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/** The Walidata's changes to the codes of a list: add, edit, retire. */
@Controller
@RequestMapping("/kelola/kode-referensi/{slug}/kode")
@PreAuthorize("hasAnyRole('WALIDATA', 'ADMIN')")
class KodeAdminController {

	private static final String KODE_FORM = "referensi/kelola/kode-form";

	private final KodeReferensiService service;
	private final Flash flash;

	KodeAdminController(KodeReferensiService service, Flash flash) {
		this.service = service;
		this.flash = flash;
	}

	@InitBinder("kodeForm")
	void bindKode(WebDataBinder binder) {
		binder.setAllowedFields("kode", "nama", "kodeInduk", "tingkat", "berlakuMulai", "berlakuSampai");
	}

	@GetMapping("/baru")
	String newKode(@PathVariable String slug, Model model) {
		model.addAttribute("daftarKode", service.daftar(slug));
		model.addAttribute("kodeForm", new KodeForm());
		model.addAttribute("baru", true);
		return KODE_FORM;
	}

	@PostMapping("/baru")
	String addKode(@PathVariable String slug, @Valid @ModelAttribute("kodeForm") KodeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("daftarKode", service.daftar(slug));
		model.addAttribute("baru", true);
		if (!result.hasErrors()) {
			try {
				service.tambahKode(slug, form);
				flash.success(redirect, "kodeReferensi.sukses.kodeDitambah", form.getKode());
				return "redirect:/kelola/kode-referensi/" + slug;
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return KODE_FORM;
	}

	@GetMapping("/{kode}")
	String editKode(@PathVariable String slug, @PathVariable String kode, Model model) {
		DaftarKode daftar = service.daftar(slug);
		KodeItem item = service.kode(daftar, kode).orElseThrow(() -> new NotFoundException("kodeReferensi.galat.kodeTidakAda"));
		model.addAttribute("daftarKode", daftar);
		model.addAttribute("item", item);
		model.addAttribute("kodeForm", KodeForm.of(item));
		model.addAttribute("baru", false);
		return KODE_FORM;
	}

	@PostMapping("/{kode}")
	String updateKode(@PathVariable String slug, @PathVariable String kode,
			@Valid @ModelAttribute("kodeForm") KodeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.setKode(kode);
		DaftarKode daftar = service.daftar(slug);
		model.addAttribute("daftarKode", daftar);
		model.addAttribute("item", service.kode(daftar, kode).orElseThrow(NotFoundException::new));
		model.addAttribute("baru", false);
		if (!result.hasFieldErrors("nama") && !result.hasFieldErrors("kodeInduk") && !result.hasFieldErrors("tingkat")) {
			try {
				service.ubahKode(slug, kode, form);
				flash.success(redirect, "umum.tersimpan");
				return "redirect:/kelola/kode-referensi/" + slug;
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return KODE_FORM;
	}

	@PostMapping("/{kode}/pensiun")
	String retire(@PathVariable String slug, @PathVariable String kode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/kode-referensi/" + slug, () -> {
			service.pensiunkanKode(slug, kode, sampai);
			flash.success(redirect, "kodeReferensi.sukses.dipensiunkan", kode);
		});
	}

}
