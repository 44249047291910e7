package id.satudata.perencanaan.daftardata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.storage.TempFiles;
import id.satudata.shared.tabular.TabularFiles;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.internal.JenisBerkas;
import id.satudata.perencanaan.internal.Label;

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
		binder.setAllowedFields("judul", "deskripsi", "produsenUnitId", "jenisData", "pembinaUnitId", "frekuensi", "topik",
				"akses", "usulanPrioritas", "standarData", "dasarHukum", "catatan", "datasetId", "version");
	}

	@GetMapping
	String lists(Model model) {
		List<DaftarData> lists = service.daftarTerlihat();
		Map<Long, Map<StatusEntri, Long>> jumlah = new HashMap<>();
		for (DaftarData d : lists) {
			Map<StatusEntri, Long> m = new java.util.EnumMap<>(StatusEntri.class);
			service.entriDaftar(d.getId()).forEach(e -> m.merge(e.getStatus(), 1L, Long::sum));
			jumlah.put(d.getId(), m);
		}
		model.addAttribute("daftar", lists);
		model.addAttribute("jumlah", jumlah);
		model.addAttribute("namaOrganisasi", label.organisasi());
		List<OrganisasiRef> bolehBuka = akses.organisasiTerlihat().stream().filter(o -> akses.walidata(o.id()))
			.sorted(Comparator.comparing(OrganisasiRef::nama)).toList();
		model.addAttribute("bolehBuka", bolehBuka);
		model.addAttribute("tahunBaru", java.time.LocalDate.now().getYear() + 1);
		model.addAttribute("statusPilihan", StatusEntri.values());
		return "perencanaan/kelola/daftar-data";
	}

	@PostMapping("/baru")
	String open(@RequestParam long organisasiId, @RequestParam(required = false) Integer tahun,
			@RequestParam(required = false) String catatan, RedirectAttributes redirect) {
		try {
			if (tahun == null) {
				throw new id.satudata.shared.web.InvalidFieldException("tahun", "perencanaan.validasi.tahun");
			}
			DaftarData d = service.buka(organisasiId, tahun, catatan);
			flash.success(redirect, "daftarData.sukses.dibuka", d.getTahun());
			return "redirect:/kelola/daftar-data/" + d.getId();
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:/kelola/daftar-data";
		}
	}

	@GetMapping("/{id}")
	String list(@PathVariable long id, @RequestParam(required = false) StatusEntri status,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String q, Model model) {
		DaftarData d = service.daftar(id);
		List<Entri> all = service.entriDaftar(id);
		String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
		List<Entri> shown = all.stream().filter(e -> status == null || e.getStatus() == status)
			.filter(e -> unit == null || e.getProdusenUnitId() == unit)
			.filter(e -> needle.isEmpty() || e.getJudul().toLowerCase(Locale.ROOT).contains(needle)).toList();
		model.addAttribute("daftar", d);
		model.addAttribute("organisasi", label.org(d.getOrganisasiId()));
		model.addAttribute("entri", shown);
		model.addAttribute("jumlahSemua", all.size());
		model.addAttribute("duplikat", duplikat.cari(all));
		model.addAttribute("namaUnit", label.unit(Set.of(d.getOrganisasiId())));
		model.addAttribute("produsen", label.produsen(d.getOrganisasiId()));
		model.addAttribute("statusPilihan", StatusEntri.values());
		model.addAttribute("filterStatus", status);
		model.addAttribute("filterUnit", unit);
		model.addAttribute("q", q);
		model.addAttribute("walidata", akses.walidata(d.getOrganisasiId()));
		model.addAttribute("bolehUsul", akses.walidata(d.getOrganisasiId()) || label.produsen(d.getOrganisasiId()).stream()
			.anyMatch(u -> akses.produsen(d.getOrganisasiId(), u.id())));
		model.addAttribute("jumlahDraft", all.stream().filter(e -> e.getStatus() == StatusEntri.DRAFT).count());
		return "perencanaan/kelola/daftar-data-detail";
	}

	@PostMapping("/{id}/ajukan")
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		try {
			int n = service.ajukanDaftar(id);
			flash.success(redirect, "daftarData.sukses.diajukan", n);
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
		}
		return "redirect:/kelola/daftar-data/" + id;
	}

	@PostMapping("/{id}/salin")
	String copy(@PathVariable long id, RedirectAttributes redirect) {
		try {
			SalinDaftarData.Hasil h = salin.keTahunBerikutnya(id);
			flash.success(redirect, "daftarData.sukses.disalin", h.disalin(), h.daftar().getTahun());
			return "redirect:/kelola/daftar-data/" + h.daftar().getId();
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:/kelola/daftar-data/" + id;
		}
	}

	@GetMapping("/{id}/ekspor.xlsx")
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		DaftarData d = service.daftar(id);
		List<Entri> all = service.entriDaftar(id);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"daftar-data-" + d.getTahun() + "-"
				+ d.getOrganisasiId() + ".xlsx\"");
		ekspor.tulis(d, all, response.getOutputStream());
	}

	@PostMapping("/{id}/impor")
	String importFile(@PathVariable long id, @RequestParam(required = false) MultipartFile berkas, Model model,
			RedirectAttributes redirect) {
		DaftarData d = service.daftar(id);
		if (berkas == null || berkas.isEmpty()) {
			flash.error(redirect, "berkas.galat.tanpaBerkas");
			return "redirect:/kelola/daftar-data/" + id;
		}
		if (!TabularFiles.isSupportedName(berkas.getOriginalFilename())) {
			flash.error(redirect, "imporDaftar.galat.jenisBerkas");
			return "redirect:/kelola/daftar-data/" + id;
		}
		Path file = tempFiles.save(berkas);
		try {
			ImporDaftarData.Hasil h = impor.impor(id, file);
			if (h.ok()) {
				flash.success(redirect, "imporDaftar.sukses", h.ditambah());
				return "redirect:/kelola/daftar-data/" + id;
			}
			model.addAttribute("daftar", d);
			model.addAttribute("laporan", h);
			model.addAttribute("namaBerkas", JenisBerkas.safeName(berkas.getOriginalFilename()));
			return "perencanaan/kelola/laporan-impor";
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:/kelola/daftar-data/" + id;
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
			throw new org.springframework.security.access.AccessDeniedException("May not propose entries here");
		}
		if (units.size() == 1) {
			f.setProdusenUnitId(units.get(0).id());
		}
		model.addAttribute("entriForm", f);
		return formEntri.tampilkan(d, model);
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
		return formEntri.tampilkan(d, model);
	}

}
