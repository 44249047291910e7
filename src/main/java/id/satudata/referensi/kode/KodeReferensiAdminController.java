package id.satudata.referensi.kode;

import java.nio.file.Path;

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

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.referensi.internal.Halaman;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.storage.TempFiles;
import id.satudata.shared.tabular.TabularFiles;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;

/** The Walidata's management of code lists: create, edit, import, export, versions (codes: {@link KodeAdminController}). */
@Controller
@RequestMapping("/kelola/kode-referensi")
@PreAuthorize("hasAnyRole('WALIDATA', 'ADMIN')")
class KodeReferensiAdminController {

	private static final String LIST_FORM = "referensi/kelola/daftar-form";
	private static final String DETAIL = "referensi/kelola/daftar-detail";
	private static final String REPORT = "referensi/kelola/laporan-impor";

	private final KodeReferensiService service;
	private final ImporEksporKode imporEkspor;
	private final TempFiles tempFiles;
	private final CurrentUser currentUser;
	private final Flash flash;
	private final OrganisasiDirectory organisasi;

	KodeReferensiAdminController(KodeReferensiService service, ImporEksporKode imporEkspor, TempFiles tempFiles,
			CurrentUser currentUser, Flash flash, OrganisasiDirectory organisasi) {
		this.service = service;
		this.imporEkspor = imporEkspor;
		this.tempFiles = tempFiles;
		this.currentUser = currentUser;
		this.flash = flash;
		this.organisasi = organisasi;
	}

	@InitBinder("daftarForm")
	void bindList(WebDataBinder binder) {
		binder.setAllowedFields("slug", "nama", "deskripsi", "sumber", "hierarkis", "publik", "pemilikOrganisasiId",
				"version");
	}

	@GetMapping
	String lists(Model model) {
		model.addAttribute("daftar", service.semuaDaftar());
		model.addAttribute("bisaKelola", service.slugDikelola());
		return "referensi/kelola/daftar";
	}

	@GetMapping("/baru")
	String newList(Model model) {
		model.addAttribute("daftarForm", new DaftarForm());
		addOwnerChoices(model);
		return LIST_FORM;
	}

	@PostMapping("/baru")
	String createList(@Valid @ModelAttribute("daftarForm") DaftarForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if ("padanan".equals(form.getSlug())) {
			result.rejectValue("slug", "kodeReferensi.galat.slugSudahAda", new Object[] { form.getSlug() }, null);
		}
		if (!result.hasErrors()) {
			try {
				DaftarKode created = service.buatDaftar(form);
				flash.success(redirect, "kodeReferensi.sukses.dibuat");
				return "redirect:/kelola/kode-referensi/" + created.getSlug();
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		addOwnerChoices(model);
		return LIST_FORM;
	}

	@GetMapping("/{slug}")
	String detail(@PathVariable String slug, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		DaftarKode daftar = service.daftar(slug);
		int p = Halaman.safePage(page);
		int size = KodeReferensiPublicController.PAGE_SIZE;
		model.addAttribute("daftarKode", daftar);
		model.addAttribute("bisaKelola", service.canManage(daftar));
		model.addAttribute("hasil", service.cari(daftar, q, null, true, size, p * size));
		model.addAttribute("q", q);
		model.addAttribute("versi", service.riwayatVersi(daftar));
		model.addAttribute("pemilik", daftar.getPemilikOrganisasiId() == null ? null
				: organisasi.organisasi(daftar.getPemilikOrganisasiId()).orElse(null));
		if (!model.containsAttribute("daftarForm")) {
			model.addAttribute("daftarForm", DaftarForm.of(daftar));
		}
		return DETAIL;
	}

	@PostMapping("/{slug}")
	String updateList(@PathVariable String slug, @Valid @ModelAttribute("daftarForm") DaftarForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.setSlug(slug);
		if (!result.hasFieldErrors("nama") && !result.hasFieldErrors("deskripsi") && !result.hasFieldErrors("sumber")) {
			try {
				service.ubahDaftar(slug, form);
				flash.success(redirect, "umum.tersimpan");
				return "redirect:/kelola/kode-referensi/" + slug;
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return detail(slug, null, 0, model);
	}

	@PostMapping("/{slug}/impor")
	String importFile(@PathVariable String slug, @RequestParam(required = false) MultipartFile berkas,
			@RequestParam(defaultValue = "GABUNG") ImportMode mode, @RequestParam(required = false) String catatan,
			Model model, RedirectAttributes redirect) {
		DaftarKode daftar = service.daftar(slug);
		if (berkas == null || berkas.isEmpty()) {
			flash.error(redirect, "impor.galat.tanpaBerkas");
			return "redirect:/kelola/kode-referensi/" + slug;
		}
		if (!TabularFiles.isSupportedName(berkas.getOriginalFilename())) {
			flash.error(redirect, "impor.galat.jenisBerkas");
			return "redirect:/kelola/kode-referensi/" + slug;
		}
		Path file = tempFiles.save(berkas);
		try {
			ImportOutcome outcome = imporEkspor.imporBerkas(slug, file, mode, catatan);
			if (outcome.applied()) {
				if (outcome.unchanged()) {
					flash.success(redirect, "impor.sukses.tanpaPerubahan", outcome.rows());
				}
				else {
					flash.success(redirect, "impor.sukses", outcome.versi(), outcome.tambah(), outcome.ubah(),
							outcome.pensiun());
				}
				return "redirect:/kelola/kode-referensi/" + slug;
			}
			model.addAttribute("daftarKode", daftar);
			model.addAttribute("laporan", outcome);
			model.addAttribute("namaBerkas", berkas.getOriginalFilename());
			return REPORT;
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:/kelola/kode-referensi/" + slug;
		}
		finally {
			tempFiles.delete(file);
		}
	}

	@GetMapping("/{slug}/unduh.csv")
	void exportCsv(@PathVariable String slug, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		export(slug, response, false);
	}

	@GetMapping("/{slug}/unduh.xlsx")
	void exportXlsx(@PathVariable String slug, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		export(slug, response, true);
	}

	private void export(String slug, jakarta.servlet.http.HttpServletResponse response, boolean xlsx)
			throws java.io.IOException {
		DaftarKode daftar = service.daftar(slug);
		response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
				: "text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"kode-" + slug + "-v" + daftar.getVersi()
				+ "-lengkap" + (xlsx ? ".xlsx" : ".csv") + "\"");
		imporEkspor.exportTo(daftar, response.getOutputStream(), xlsx, true);
	}

	private void addOwnerChoices(Model model) {
		boolean admin = currentUser.has(Peran.ADMIN);
		model.addAttribute("pilihanPemilik", organisasi.semuaOrganisasi().stream()
			.filter(o -> admin || currentUser.hasIn(Peran.WALIDATA, o.id())).toList());
		model.addAttribute("admin", admin);
	}

}
