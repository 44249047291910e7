package id.satudata.perencanaan.daftardata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
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

import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.internal.JenisBerkas;
import id.satudata.perencanaan.internal.Label;
import id.satudata.shared.storage.TempFiles;
import id.satudata.shared.tabular.TabularFiles;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.UserFacingException;

/**
 * The Daftar Data pages: the lists by year, one list with its entries (filters, likely duplicates,
 * submit, copy to next year, import and export), proposing an entry. {@link DaftarDataService}
 * checks every action against the user's part.
 */
@Controller
@RequestMapping("/kelola/daftar-data")
@PreAuthorize("hasAnyRole('PRODUSEN_DATA','WALIDATA_PENDUKUNG','WALIDATA','PEMBINA_DATA','KOORDINATOR_FORUM','PPID',"
		+ "'KEPALA_DINAS','KEPALA_BIDANG','SUB_KOORDINATOR','PETUGAS_LAYANAN','ADMIN')")
class DaftarDataController {

	private final DaftarDataService service;
	private final SalinDaftarData salin;
	private final ImporDaftarData impor;
	private final EksporDaftarData ekspor;
	private final DuplikatEntri duplikat;
	private final AksesPerencanaan akses;
	private final Label label;
	private final TempFiles tempFiles;
	private final Flash flash;
	private final FormEntri formEntri;

	DaftarDataController(DaftarDataService service, SalinDaftarData salin, ImporDaftarData impor, EksporDaftarData ekspor,
			DuplikatEntri duplikat, AksesPerencanaan akses, Label label, TempFiles tempFiles, Flash flash,
			FormEntri formEntri) {
		this.formEntri = formEntri;
		this.service = service;
		this.salin = salin;
		this.impor = impor;
		this.ekspor = ekspor;
		this.duplikat = duplikat;
		this.akses = akses;
		this.label = label;
		this.tempFiles = tempFiles;
		this.flash = flash;
	}

	@InitBinder("entriForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields(EntriForm.BIDANG);
	}

	@GetMapping
	String lists(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<DaftarData> lists = service.daftarTerlihat(page);
		model.addAttribute("daftar", lists.getContent());
		model.addAttribute("halaman", lists);
		model.addAttribute("jumlah", service.jumlahPerStatus(lists.map(DaftarData::getId).getContent()));
		model.addAttribute("namaOrganisasi", label.organisasi());
		List<OrganisasiRef> bolehBuka = akses.organisasiTerlihat().stream().filter(o -> akses.walidata(o.id()))
			.sorted(Comparator.comparing(OrganisasiRef::nama)).toList();
		model.addAttribute("bolehBuka", bolehBuka);
		model.addAttribute("tahunBaru", LocalDate.now().getYear() + 1);
		model.addAttribute("statusPilihan", StatusEntri.values());
		return "perencanaan/kelola/daftar-data";
	}

	@PostMapping("/baru")
	String open(@RequestParam long organisasiId, @RequestParam(required = false) Integer tahun,
			@RequestParam(required = false) String catatan, RedirectAttributes redirect) {
		return flash.attempt(redirect, () -> {
			if (tahun == null) {
				throw new InvalidFieldException("tahun", "perencanaan.validasi.tahun");
			}
			DaftarData d = service.buka(organisasiId, tahun, catatan);
			flash.success(redirect, "daftarData.sukses.dibuka", d.getTahun());
			return "/kelola/daftar-data/" + d.getId();
		}, "/kelola/daftar-data");
	}

	@GetMapping("/{id}")
	String list(@PathVariable long id, @RequestParam(required = false) StatusEntri status,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		DaftarData d = service.daftar(id);
		Page<Entri> shown = service.cariEntri(id, status, unit, q, page);
		model.addAttribute("daftar", d);
		model.addAttribute("organisasi", label.org(d.getOrganisasiId()));
		model.addAttribute("entri", shown.getContent());
		model.addAttribute("halaman", shown);
		model.addAttribute("jumlahSemua", service.jumlahEntri(id, null));
		model.addAttribute("duplikat", duplikat.cari(service.entriAktif(id)));
		model.addAttribute("namaUnit", label.unit(List.of(d.getOrganisasiId())));
		List<UnitRef> produsen = label.produsen(d.getOrganisasiId());
		model.addAttribute("produsen", produsen);
		model.addAttribute("statusPilihan", StatusEntri.values());
		model.addAttribute("filterStatus", status);
		model.addAttribute("filterUnit", unit);
		model.addAttribute("q", q);
		model.addAttribute("walidata", akses.walidata(d.getOrganisasiId()));
		model.addAttribute("bolehUsul", akses.walidata(d.getOrganisasiId())
				|| produsen.stream().anyMatch(u -> akses.produsen(d.getOrganisasiId(), u.id())));
		model.addAttribute("jumlahDraft", service.jumlahEntri(id, StatusEntri.DRAFT));
		return "perencanaan/kelola/daftar-data-detail";
	}

	@PostMapping("/{id}/ajukan")
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/daftar-data/" + id,
				() -> flash.success(redirect, "daftarData.sukses.diajukan", service.ajukanDaftar(id)));
	}

	@PostMapping("/{id}/salin")
	String copy(@PathVariable long id, RedirectAttributes redirect) {
		return flash.attempt(redirect, () -> {
			SalinDaftarData.Hasil h = salin.keTahunBerikutnya(id);
			flash.success(redirect, "daftarData.sukses.disalin", h.disalin(), h.daftar().getTahun());
			return "/kelola/daftar-data/" + h.daftar().getId();
		}, "/kelola/daftar-data/" + id);
	}

	@GetMapping("/{id}/ekspor.xlsx")
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		DaftarData d = service.daftar(id);
		List<Entri> all = service.entriDaftar(id);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"daftar-data-" + d.getTahun() + "-"
				+ d.getOrganisasiId() + ".xlsx\"");
		ekspor.write(d, all, response.getOutputStream());
	}

	@PostMapping("/{id}/impor")
	String importFile(@PathVariable long id, @RequestParam(required = false) MultipartFile berkas, Model model,
			RedirectAttributes redirect) {
		DaftarData d = service.daftar(id);
		String daftarIni = "/kelola/daftar-data/" + id;
		if (berkas == null || berkas.isEmpty()) {
			flash.error(redirect, "berkas.galat.tanpaBerkas");
			return "redirect:" + daftarIni;
		}
		if (!TabularFiles.isSupportedName(berkas.getOriginalFilename())) {
			flash.error(redirect, "imporDaftar.galat.jenisBerkas");
			return "redirect:" + daftarIni;
		}
		Path file = tempFiles.save(berkas);
		try {
			// rows with problems are reported on a page; a file that is no table goes back to the list
			AtomicReference<ImporDaftarData.Hasil> laporan = new AtomicReference<>();
			String ke = flash.attempt(redirect, () -> {
				ImporDaftarData.Hasil h = impor.impor(id, file);
				if (h.ok()) {
					flash.success(redirect, "imporDaftar.sukses", h.ditambah());
				}
				else {
					laporan.set(h);
				}
				return daftarIni;
			}, daftarIni);
			if (laporan.get() == null) {
				return ke;
			}
			model.addAttribute("daftar", d);
			model.addAttribute("laporan", laporan.get());
			model.addAttribute("namaBerkas", JenisBerkas.safeName(berkas.getOriginalFilename()));
			return "perencanaan/kelola/laporan-impor";
		}
		finally {
			tempFiles.delete(file);
		}
	}

	@GetMapping("/{id}/entri/baru")
	String newEntry(@PathVariable long id, Model model) {
		DaftarData d = service.daftar(id);
		EntriForm f = new EntriForm();
		List<UnitRef> units = formEntri.unitUntuk(d);
		if (units.isEmpty()) {
			throw new AccessDeniedException("May not propose entries here");
		}
		if (units.size() == 1) {
			f.setProdusenUnitId(units.get(0).id());
		}
		model.addAttribute("entriForm", f);
		return formEntri.render(d, model);
	}

	@PostMapping("/{id}/entri/baru")
	String create(@PathVariable long id, @Valid @ModelAttribute("entriForm") EntriForm f, BindingResult result,
			Model model, RedirectAttributes redirect) {
		DaftarData d = service.daftar(id);
		if (!result.hasErrors()) {
			try {
				Entri e = service.usulkan(id, f);
				flash.success(redirect, "entri.sukses.diusulkan", e.getJudul());
				return "redirect:/kelola/daftar-data/entri/" + e.getId();
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return formEntri.render(d, model);
	}

}
