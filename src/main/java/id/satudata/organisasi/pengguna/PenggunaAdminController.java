package id.satudata.organisasi.pengguna;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

import id.satudata.organisasi.struktur.OrganisasiService;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;

/** Administration of users and the roles they hold. */
@Controller
@RequestMapping("/kelola/admin/pengguna")
@PreAuthorize("hasRole('ADMIN')")
class PenggunaAdminController {

	private static final String FORM = "organisasi/admin/pengguna-form";
	private static final String DETAIL = "organisasi/admin/pengguna-detail";

	private final PenggunaService service;
	private final OrganisasiService organisasi;
	private final MfaService mfa;
	private final Flash flash;

	PenggunaAdminController(PenggunaService service, OrganisasiService organisasi, MfaService mfa, Flash flash) {
		this.service = service;
		this.organisasi = organisasi;
		this.mfa = mfa;
		this.flash = flash;
	}

	@InitBinder("pengguna")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields("username", "namaLengkap", "email", "nip", "jabatan", "password", "version");
	}

	@ModelAttribute("semuaPeran")
	Peran[] peran() {
		return Peran.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Peran peran,
			@RequestParam(required = false) Long organisasiId, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("hasil", service.cari(q, peran, organisasiId,
				PageRequest.of(Math.max(page, 0), 50, Sort.by("username"))));
		model.addAttribute("q", q);
		model.addAttribute("peranDipilih", peran);
		model.addAttribute("organisasiDipilih", organisasiId);
		model.addAttribute("semuaOrganisasi", organisasi.semuaOrganisasi());
		return "organisasi/admin/pengguna-daftar";
	}

	@GetMapping("/baru")
	String newForm(Model model) {
		model.addAttribute("pengguna", new PenggunaForm());
		return FORM;
	}

	@PostMapping("/baru")
	String create(@Valid @ModelAttribute("pengguna") PenggunaForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			Pengguna created = service.buat(form);
			flash.success(redirect, "pengguna.sukses.dibuat");
			return "redirect:/kelola/admin/pengguna/" + created.getId();
		}
		catch (UserFacingException e) {
			FormErrors.apply(result, e);
			return FORM;
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Pengguna p = service.muat(id);
		model.addAttribute("entitas", p);
		if (!model.containsAttribute("pengguna")) {
			model.addAttribute("pengguna", PenggunaForm.of(p));
		}
		model.addAttribute("penugasan", service.penugasan(p));
		model.addAttribute("semuaOrganisasi", organisasi.semuaOrganisasi());
		model.addAttribute("semuaUnit", organisasi.unitAktif());
		return DETAIL;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("pengguna") PenggunaForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("namaLengkap") && !result.hasFieldErrors("email") && !result.hasFieldErrors("nip")
				&& !result.hasFieldErrors("jabatan")) {
			try {
				service.ubah(id, form);
				flash.success(redirect, "umum.tersimpan");
				return "redirect:/kelola/admin/pengguna/" + id;
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return detail(id, model);
	}

	@PostMapping("/{id}/peran")
	String tambahPeran(@PathVariable long id, @RequestParam(required = false) Peran peran,
			@RequestParam(required = false) Long organisasiId, @RequestParam(required = false) Long unitId,
			RedirectAttributes redirect) {
		return act(id, redirect, "peran.sukses.ditambah", () -> service.tambahPeran(id, peran, organisasiId, unitId));
	}

	@PostMapping("/{id}/peran/hapus")
	String cabutPeran(@PathVariable long id, @RequestParam Peran peran, @RequestParam long organisasiId,
			@RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
		return act(id, redirect, "peran.sukses.dicabut", () -> service.cabutPeran(id, peran, organisasiId, unitId));
	}

	@PostMapping("/{id}/status")
	String status(@PathVariable long id, @RequestParam boolean aktif, RedirectAttributes redirect) {
		return act(id, redirect, aktif ? "umum.diaktifkan" : "umum.dinonaktifkan", () -> service.ubahStatus(id, aktif));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam(required = false) String password,
			RedirectAttributes redirect) {
		return act(id, redirect, "password.sukses.direset", () -> service.aturUlangPassword(id, password));
	}

	@PostMapping("/{id}/mfa/reset")
	String resetMfa(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "mfa.sukses.direset", () -> mfa.reset(id));
	}

	private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
		return flash.attempt(redirect, "/kelola/admin/pengguna/" + id, () -> {
			action.run();
			flash.success(redirect, successKey);
		});
	}

}
