package id.satudata.perencanaan.daftardata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.audit.AuditHistory;
import id.satudata.perencanaan.internal.KatalogBaca;
import id.satudata.perencanaan.internal.Label;
import id.satudata.perencanaan.jadwal.JadwalRilisService;
import id.satudata.perencanaan.prioritas.PrioritasService;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.UserFacingException;

/**
 * One Daftar Data entry: its fields and dataset, its release schedule (edited row by row or
 * generated again), its likely duplicates, the steps the user may take and its history.
 */
@Controller
@RequestMapping("/kelola/daftar-data/entri")
@PreAuthorize("hasAnyRole('PRODUSEN_DATA','WALIDATA_PENDUKUNG','WALIDATA','PEMBINA_DATA','KOORDINATOR_FORUM','PPID',"
		+ "'KEPALA_DINAS','KEPALA_BIDANG','SUB_KOORDINATOR','PETUGAS_LAYANAN','ADMIN')")
class EntriController {

	/** Schedules up to this long are edited row by row (daily and weekly ones follow their frequency). */
	static final int MAKS_BARIS_EDIT = 60;

	private final DaftarDataService service;
	private final FormEntri formEntri;
	private final JadwalRilisService jadwal;
	private final PrioritasService prioritas;
	private final DuplikatEntri duplikat;
	private final AuditHistory history;
	private final Label label;
	private final KatalogBaca katalog;
	private final Flash flash;

	EntriController(DaftarDataService service, FormEntri formEntri, JadwalRilisService jadwal,
			PrioritasService prioritas, DuplikatEntri duplikat, AuditHistory history, Label label, KatalogBaca katalog,
			Flash flash) {
		this.service = service;
		this.formEntri = formEntri;
		this.jadwal = jadwal;
		this.prioritas = prioritas;
		this.duplikat = duplikat;
		this.history = history;
		this.label = label;
		this.katalog = katalog;
		this.flash = flash;
	}

	@InitBinder("entriForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields(EntriForm.BIDANG);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Entri e = service.entri(id);
		DaftarData d = service.daftar(e.getDaftarDataId());
		model.addAttribute("e", e);
		model.addAttribute("daftar", d);
		model.addAttribute("organisasi", label.org(e.getOrganisasiId()));
		model.addAttribute("namaUnit", label.unit(Set.of(e.getOrganisasiId())));
		model.addAttribute("namaTopik", label.topik());
		model.addAttribute("dataset", e.getDatasetId() == null ? null : katalog.detail(e.getDatasetId()).orElse(null));
		model.addAttribute("aksi", service.aksiTersedia(e));
		model.addAttribute("bolehUbah", service.bolehUbah(e));
		model.addAttribute("bolehJadwal", service.bolehUbahJadwal(e));
		model.addAttribute("editBaris", e.getJadwal().size() <= MAKS_BARIS_EDIT);
		model.addAttribute("rilis", e.getStatus() == StatusEntri.DISETUJUI ? jadwal.susun(List.of(e), j -> true) : List.of());
		model.addAttribute("duplikat", duplikat.cari(service.entriAktif(d.getId())).getOrDefault(e.getId(), List.of()));
		model.addAttribute("rekomendasi", prioritas.untukEntri(e.getId()));
		model.addAttribute("riwayat", history.untukObjek("EntriDaftarData", String.valueOf(e.getId())));
		return "perencanaan/kelola/entri";
	}

	@GetMapping("/{id}/ubah")
	String edit(@PathVariable long id, Model model) {
		Entri e = service.entri(id);
		model.addAttribute("e", e);
		model.addAttribute("entriForm", EntriForm.of(e));
		return formEntri.render(service.daftar(e.getDaftarDataId()), model);
	}

	@PostMapping("/{id}/ubah")
	String update(@PathVariable long id, @Valid @ModelAttribute("entriForm") EntriForm f, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Entri e = service.entri(id);
		if (!result.hasErrors()) {
			try {
				service.ubah(id, f);
				flash.success(redirect, "umum.tersimpan");
				return "redirect:/kelola/daftar-data/entri/" + id;
			}
			catch (UserFacingException ex) {
				FormErrors.apply(result, ex);
			}
		}
		model.addAttribute("e", e);
		return formEntri.render(service.daftar(e.getDaftarDataId()), model);
	}

	@PostMapping("/{id}/jadwal")
	String schedule(@PathVariable long id, @RequestParam(name = "periode", required = false) List<String> periode,
			@RequestParam(name = "tanggal", required = false) List<String> tanggal, RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/daftar-data/entri/" + id + "#jadwal", () -> {
			List<BarisJadwal> rows = new ArrayList<>();
			int n = Math.max(periode == null ? 0 : periode.size(), tanggal == null ? 0 : tanggal.size());
			for (int i = 0; i < n; i++) {
				String p = periode != null && i < periode.size() ? periode.get(i) : null;
				String t = tanggal != null && i < tanggal.size() ? tanggal.get(i) : null;
				rows.add(new BarisJadwal(p, parse(t, i + 1)));
			}
			service.ubahJadwal(id, rows);
			flash.success(redirect, "jadwal.sukses.disimpan");
		});
	}

	@PostMapping("/{id}/jadwal/buat-ulang")
	String regenerate(@PathVariable long id, RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/daftar-data/entri/" + id + "#jadwal", () -> {
			service.buatUlangJadwal(id);
			flash.success(redirect, "jadwal.sukses.dibuatUlang");
		});
	}

	@PostMapping("/{id}/aksi")
	String act(@PathVariable long id, @RequestParam AksiEntri aksi, @RequestParam(required = false) String catatan,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/daftar-data/entri/" + id, () -> {
			if (catatan != null && catatan.length() > 2000) {
				throw new InvalidFieldException("catatan", "perencanaan.galat.terlaluPanjang", 2000);
			}
			Entri e = service.jalankan(id, aksi, catatan);
			flash.success(redirect, "entri.sukses.aksi", e.getJudul());
		});
	}

	private static LocalDate parse(String text, int row) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException("jadwal", "jadwal.galat.tanggal", row, text);
		}
	}

}
