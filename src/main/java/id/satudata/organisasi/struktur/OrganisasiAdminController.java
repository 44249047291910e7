package id.satudata.organisasi.struktur;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.TingkatOrganisasi;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;

/** Administration of organizations and their units. */
@Controller
@RequestMapping("/kelola/admin")
@PreAuthorize("hasRole('ADMIN')")
class OrganisasiAdminController {

	private static final String FORM = "organisasi/admin/organisasi-form";
	private static final String UNIT_FORM = "organisasi/admin/unit-form";

	private final OrganisasiService service;
	private final Flash flash;

	OrganisasiAdminController(OrganisasiService service, Flash flash) {
		this.service = service;
		this.flash = flash;
	}

	@InitBinder("organisasi")
	void bindOrganisasi(WebDataBinder binder) {
		binder.setAllowedFields("tingkat", "kodeWilayah", "nama", "alamat", "email", "telepon", "situsWeb", "version");
	}

	@InitBinder("unit")
	void bindUnit(WebDataBinder binder) {
		binder.setAllowedFields("nama", "singkatan", "jenis", "alamat", "email", "telepon", "version");
	}

	@ModelAttribute("semuaTingkat")
	TingkatOrganisasi[] tingkat() {
		return TingkatOrganisasi.values();
	}

	@ModelAttribute("semuaJenisUnit")
	JenisUnit[] jenisUnit() {
		return JenisUnit.values();
	}

	@GetMapping("/organisasi")
	String list(Model model) {
		model.addAttribute("organisasi", service.pohon());
		model.addAttribute("jumlahUnit", service.jumlahUnit());
		return "organisasi/admin/organisasi-daftar";
	}

	@GetMapping("/organisasi/baru")
	String newForm(Model model) {
		model.addAttribute("organisasi", new OrganisasiForm());
		return FORM;
	}

	@PostMapping("/organisasi/baru")
	String create(@Validated({ Default.class, OrganisasiForm.Baru.class }) @ModelAttribute("organisasi") OrganisasiForm form,
			BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			Organisasi created = service.buat(form);
			flash.success(redirect, "organisasi.sukses.dibuat");
			return "redirect:/kelola/admin/organisasi/" + created.getId();
		}
		catch (UserFacingException e) {
			FormErrors.apply(result, e);
			return FORM;
		}
	}

	@GetMapping("/organisasi/{id}")
	String detail(@PathVariable long id, Model model) {
		Organisasi organisasi = service.muatOrganisasi(id);
		model.addAttribute("entitas", organisasi);
		if (!model.containsAttribute("organisasi")) {
			model.addAttribute("organisasi", OrganisasiForm.of(organisasi));
		}
		model.addAttribute("units", service.daftarUnit(id));
		model.addAttribute("induk", organisasi.getIndukId() == null ? null : service.muatOrganisasi(organisasi.getIndukId()));
		return "organisasi/admin/organisasi-detail";
	}

	@PostMapping("/organisasi/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("organisasi") OrganisasiForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				service.ubah(id, form);
				flash.success(redirect, "umum.tersimpan");
				return "redirect:/kelola/admin/organisasi/" + id;
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return detail(id, model);
	}

	@PostMapping("/organisasi/{id}/status")
	String status(@PathVariable long id, @RequestParam boolean aktif, RedirectAttributes redirect) {
		service.ubahStatus(id, aktif);
		flash.success(redirect, aktif ? "umum.diaktifkan" : "umum.dinonaktifkan");
		return "redirect:/kelola/admin/organisasi/" + id;
	}

	@GetMapping("/organisasi/{id}/unit/baru")
	String newUnit(@PathVariable long id, Model model) {
		model.addAttribute("entitas", service.muatOrganisasi(id));
		model.addAttribute("unit", new UnitForm());
		return UNIT_FORM;
	}

	@PostMapping("/organisasi/{id}/unit/baru")
	String createUnit(@PathVariable long id, @Valid @ModelAttribute("unit") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("entitas", service.muatOrganisasi(id));
		if (result.hasErrors()) {
			return UNIT_FORM;
		}
		try {
			service.buatUnit(id, form);
			flash.success(redirect, "unit.sukses.dibuat");
			return "redirect:/kelola/admin/organisasi/" + id;
		}
		catch (UserFacingException e) {
			FormErrors.apply(result, e);
			return UNIT_FORM;
		}
	}

	@GetMapping("/unit/{id}")
	String editUnit(@PathVariable long id, Model model) {
		Unit unit = service.muatUnit(id);
		model.addAttribute("entitas", service.muatOrganisasi(unit.getOrganisasiId()));
		model.addAttribute("unitEntitas", unit);
		model.addAttribute("unit", UnitForm.of(unit));
		return UNIT_FORM;
	}

	@PostMapping("/unit/{id}")
	String updateUnit(@PathVariable long id, @Valid @ModelAttribute("unit") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Unit unit = service.muatUnit(id);
		model.addAttribute("entitas", service.muatOrganisasi(unit.getOrganisasiId()));
		model.addAttribute("unitEntitas", unit);
		if (result.hasErrors()) {
			return UNIT_FORM;
		}
		try {
			service.ubahUnit(id, form);
			flash.success(redirect, "umum.tersimpan");
			return "redirect:/kelola/admin/organisasi/" + unit.getOrganisasiId();
		}
		catch (UserFacingException e) {
			FormErrors.apply(result, e);
			return UNIT_FORM;
		}
	}

	@PostMapping("/unit/{id}/status")
	String unitStatus(@PathVariable long id, @RequestParam boolean aktif, RedirectAttributes redirect) {
		Unit unit = service.muatUnit(id);
		return flash.attempt(redirect, "/kelola/admin/organisasi/" + unit.getOrganisasiId(), () -> {
			service.ubahStatusUnit(id, aktif);
			flash.success(redirect, aktif ? "umum.diaktifkan" : "umum.dinonaktifkan");
		});
	}

}
