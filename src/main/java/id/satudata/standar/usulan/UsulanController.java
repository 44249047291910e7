package id.satudata.standar.usulan;

import java.util.List;
import java.util.Locale;

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

import id.satudata.datastore.ColumnType;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;
import id.satudata.standar.JenisStandar;
import id.satudata.standar.JenisValueDomain;
import id.satudata.standar.sds.DrafStandar;
import id.satudata.standar.sds.KatalogStandarService;
import id.satudata.standar.sds.StandarTidakValidException;

/**
 * SDS proposals in the back office: the inbox, reuse first (search the catalogue before writing),
 * writing and revising a proposal, its page with history and handling times, and the steps of
 * the flow; the naming rules as the user types (htmx).
 */
@Controller
@RequestMapping("/kelola/standar-data")
@PreAuthorize("hasAnyRole('PRODUSEN_DATA', 'WALIDATA', 'PEMBINA_DATA', 'ADMIN')")
class UsulanController {

	private final UsulanSdsService service;
	private final KatalogStandarService katalog;
	private final Flash flash;

	UsulanController(UsulanSdsService service, KatalogStandarService katalog, Flash flash) {
		this.service = service;
		this.katalog = katalog;
		this.flash = flash;
	}

	@InitBinder("usulanForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields(UsulanForm.FIELDS);
	}

	@GetMapping
	String inbox(Model model) {
		model.addAttribute("kotak", service.kotak());
		return "standar/usulan/kotak";
	}

	// ---- reuse first, then a proposal ----------------------------------------------------------

	@GetMapping("/usulan/baru")
	String newProposal(@RequestParam(required = false) JenisStandar jenis, @RequestParam(required = false) String nama,
			Model model) {
		UsulanForm form = new UsulanForm();
		form.setJenis(jenis == null ? JenisStandar.VARIABEL : jenis);
		form.setNama(nama);
		model.addAttribute("usulanForm", form);
		model.addAttribute("dicari", nama != null && !nama.isBlank());
		return formPage(model, null);
	}

	@PostMapping("/usulan/baru")
	String create(@ModelAttribute("usulanForm") UsulanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			UsulanSds u = service.buat(form);
			flash.success(redirect, "sds.sukses.drafDisimpan");
			return "redirect:/kelola/standar-data/usulan/" + u.getId();
		}
		catch (StandarTidakValidException e) {
			apply(result, e);
		}
		catch (UserFacingException e) {
			FormErrors.apply(result, e);
		}
		model.addAttribute("dicari", true);
		return formPage(model, null);
	}

	@GetMapping("/usulan/{id}/ubah")
	String edit(@PathVariable long id, Model model) {
		UsulanSds u = service.usulan(id);
		model.addAttribute("usulanForm", UsulanForm.of(u));
		model.addAttribute("dicari", true);
		return formPage(model, u);
	}

	@PostMapping("/usulan/{id}/ubah")
	String update(@PathVariable long id, @ModelAttribute("usulanForm") UsulanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UsulanSds u = service.usulan(id);
		try {
			service.ubah(id, form);
			flash.success(redirect, "sds.sukses.drafDisimpan");
			return "redirect:/kelola/standar-data/usulan/" + id;
		}
		catch (StandarTidakValidException e) {
			apply(result, e);
		}
		catch (UserFacingException e) {
			FormErrors.apply(result, e);
		}
		model.addAttribute("dicari", true);
		return formPage(model, u);
	}

	private String formPage(Model model, UsulanSds u) {
		UsulanForm form = (UsulanForm) model.getAttribute("usulanForm");
		model.addAttribute("usulan", u);
		model.addAttribute("mirip", form == null || form.getNama() == null ? List.of() : katalog.mirip(form.getJenis(), form.getNama()));
		model.addAttribute("jenisPilihan", JenisStandar.values());
		model.addAttribute("tipePilihan", ColumnType.values());
		model.addAttribute("valueDomainPilihan", JenisValueDomain.values());
		model.addAttribute("konsep", katalog.telusur(null, JenisStandar.KONSEP, 500));
		model.addAttribute("klasifikasi", katalog.telusur(null, JenisStandar.KLASIFIKASI, 500));
		return "standar/usulan/form";
	}

	private static void apply(BindingResult result, StandarTidakValidException e) {
		for (DrafStandar.Galat g : e.getGalat()) {
			if (result.getFieldType(g.isian()) != null && !result.hasFieldErrors(g.isian())) {
				result.rejectValue(g.isian(), g.pesanKey(), g.args(), g.pesanKey());
			}
		}
		result.reject(e.getMessageKey(), e.getArgs(), e.getMessageKey());
	}

	/** The naming rules and similar standards for what the user is typing (an htmx fragment). */
	@GetMapping("/periksa-nama")
	String checkName(@RequestParam(required = false) JenisStandar jenis, @RequestParam(required = false) String nama,
			@RequestParam(required = false) String kodeDiperbarui, Model model) {
		JenisStandar j = jenis == null ? JenisStandar.VARIABEL : jenis;
		String n = nama == null ? "" : nama;
		model.addAttribute("temuan", n.isBlank() ? List.of() : service.kaidah(j, n, DrafStandar.up(kodeDiperbarui)));
		model.addAttribute("mirip", katalog.mirip(j, n));
		model.addAttribute("nama", n);
		return "standar/usulan/periksa-nama :: hasil";
	}

	// ---- a proposal ---------------------------------------------------------------------------

	@GetMapping("/usulan/{id}")
	String detail(@PathVariable long id, Model model) {
		UsulanSds u = service.usulan(id);
		List<LangkahUsulan> steps = service.riwayat(u);
		model.addAttribute("u", u);
		model.addAttribute("riwayat", steps);
		model.addAttribute("waktu", service.waktu(u, steps));
		java.util.Set<AksiUsulan> aksi = service.aksiTersedia(u);
		model.addAttribute("aksi", aksi);
		model.addAttribute("bolehUbahIsi", aksi.contains(AksiUsulan.AJUKAN));
		model.addAttribute("perluChecklist", aksi.contains(AksiUsulan.TERUSKAN) || aksi.contains(AksiUsulan.SETUJUI));
		model.addAttribute("menunggu", service.menunggu(u).orElse(null));
		model.addAttribute("checklist", UsulanSdsService.checklist(u.getJenis()));
		// once approved, the standard itself is in the catalogue: it is not "another" standard of the same name
		String sendiri = u.getStandarKode() != null ? u.getStandarKode() : u.getKodeDiperbarui();
		model.addAttribute("kaidah", service.kaidah(u.getJenis(), u.getIsi().getNama(), sendiri));
		model.addAttribute("mirip", katalog.mirip(u.getJenis(), u.getIsi().getNama()).stream()
			.filter(h -> !h.standar().getKode().equals(sendiri)).toList());
		model.addAttribute("aktif", u.konteks().aktif());
		model.addAttribute("tingkat", TingkatUsulan.values());
		return "standar/usulan/detail";
	}

	@PostMapping("/usulan/{id}/aksi")
	String act(@PathVariable long id, @RequestParam AksiUsulan aksi, @RequestParam(required = false) String catatan,
			@RequestParam(required = false) List<String> checklist, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		service.usulan(id);
		return flash.attempt(redirect, "/kelola/standar-data/usulan/" + id, () -> {
			UsulanSds u = service.jalankan(id, aksi, catatan, checklist, version);
			if (u.getStatus() == StatusUsulan.DISETUJUI) {
				flash.success(redirect, "sds.sukses.disetujui", u.getStandarKode());
			}
			else {
				flash.success(redirect, "sds.sukses." + aksi.name().toLowerCase(Locale.ROOT));
			}
		});
	}

}
