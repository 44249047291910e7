package id.satudata.ppid.permohonan;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.katalog.Katalog;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;

/**
 * The PPID's public page {@code /ppid} (how to ask, the TERBATAS datasets that may be asked for)
 * and the request form {@code /ppid/permohonan/baru} for registered users.
 */
@Controller
class PpidPublikController {

	private final PermohonanService service;
	private final Katalog katalog;
	private final OrganisasiDirectory organisasi;
	private final CurrentUser currentUser;
	private final Flash flash;

	PpidPublikController(PermohonanService service, Katalog katalog, OrganisasiDirectory organisasi,
			CurrentUser currentUser, Flash flash) {
		this.service = service;
		this.katalog = katalog;
		this.organisasi = organisasi;
		this.currentUser = currentUser;
		this.flash = flash;
	}

	@InitBinder("permohonanForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields("dataset", "organisasiId", "nama", "jenisIdentitas", "nomorIdentitas", "alamat", "telepon",
				"surel", "pekerjaan", "rincian", "tujuan", "caraMemperoleh", "caraSalinan", "persetujuan");
	}

	@GetMapping("/ppid")
	String beranda(Model model) {
		model.addAttribute("stub", katalog.stubDapatDimohon());
		return "ppid/publik";
	}

	@GetMapping("/ppid/permohonan/baru")
	@PreAuthorize("isAuthenticated()")
	String form(@RequestParam(required = false) String dataset, Model model) {
		PermohonanForm form = new PermohonanForm();
		if (dataset != null && !dataset.isBlank()) {
			katalog.stub(dataset).ifPresent(s -> form.setDataset(s.slug()));
		}
		currentUser.get().ifPresent(u -> form.setNama(u.getNamaLengkap()));
		model.addAttribute("permohonanForm", form);
		return form(model, form);
	}

	@PostMapping("/ppid/permohonan/baru")
	@PreAuthorize("isAuthenticated()")
	String ajukan(@ModelAttribute("permohonanForm") PermohonanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Permohonan p = service.ajukan(form);
				flash.success(redirect, "ppid.sukses.diajukan", p.getNomor());
				return "redirect:" + PermohonanService.tautanSaya(p.getNomor());
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return form(model, form);
	}

	private String form(Model model, PermohonanForm form) {
		model.addAttribute("stubDipilih",
				form.getDataset() == null || form.getDataset().isBlank() ? null : katalog.stub(form.getDataset()).orElse(null));
		model.addAttribute("badanPublik", organisasi.semuaOrganisasi());
		model.addAttribute("jenisIdentitasPilihan", JenisIdentitas.values());
		model.addAttribute("caraMemperolehPilihan", CaraMemperoleh.values());
		model.addAttribute("caraSalinanPilihan", CaraSalinan.values());
		return "ppid/form";
	}

}
