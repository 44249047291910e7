package id.satudata.sinkron.panen;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.Messages;
import id.satudata.shared.web.UserFacingException;
import jakarta.validation.Valid;

/** The Walidata's harvest sources: {@code /kelola/panen}. */
@Controller
@RequestMapping("/kelola/panen")
@PreAuthorize("hasAnyRole('WALIDATA', 'ADMIN')")
class PanenController {

	private static final String FORM = "sinkron/panen/form";

	private final SumberPanenService service;
	private final OrganisasiDirectory organisasi;
	private final Flash flash;
	private final Messages messages;

	PanenController(SumberPanenService service, OrganisasiDirectory organisasi, Flash flash, Messages messages) {
		this.service = service;
		this.organisasi = organisasi;
		this.flash = flash;
		this.messages = messages;
	}

	@InitBinder("sumberForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields("nama", "jenis", "urlDasar", "organisasiId", "unitBawaanId", "filterOrganisasi",
				"intervalJam", "aktif", "imporTabel");
	}

	@GetMapping
	String daftar(Model model) {
		List<SumberPanen> sumber = service.daftar();
		Map<Long, JalanPanen> terakhir = new LinkedHashMap<>();
		sumber.forEach(s -> service.riwayat(s.getId()).stream().findFirst().ifPresent(j -> terakhir.put(s.getId(), j)));
		model.addAttribute("sumber", sumber);
		model.addAttribute("terakhir", terakhir);
		return "sinkron/panen/daftar";
	}

	/**
	 * The form for a new source. {@code organisasiId} picks the organization whose producers the
	 * default-producer list offers first; the page's script re-reads the list when the choice changes
	 * (without a script, saving with a producer of another organization answers with the field's error
	 * and the list of the chosen organization).
	 */
	@GetMapping("/baru")
	String baru(@RequestParam(required = false) Long organisasiId, Model model) {
		SumberForm f = new SumberForm();
		List<OrganisasiRef> kelolaan = service.organisasiKelolaan();
		kelolaan.stream().filter(o -> organisasiId == null || o.id() == organisasiId).findFirst()
			.or(() -> kelolaan.stream().findFirst()).ifPresent(o -> f.setOrganisasiId(o.id()));
		model.addAttribute("sumberForm", f);
		return form(model, null, f);
	}

	/** The producers a new source of this organization may default to, for the form's script. */
	@GetMapping(path = "/unit", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<PilihanUnit> unit(@RequestParam long organisasiId) {
		return pilihanUnit(service.unitTujuanKelolaan(organisasiId));
	}

	/** Producers each named with its organization ("Dinas Pendidikan" exists in many). */
	private List<PilihanUnit> pilihanUnit(List<UnitRef> units) {
		Map<Long, String> namaOrganisasi = new HashMap<>();
		return units.stream()
			.map(u -> new PilihanUnit(u.id(), u.nama() + " — " + namaOrganisasi.computeIfAbsent(u.organisasiId(),
					o -> organisasi.organisasi(o).map(OrganisasiRef::nama).orElse(""))))
			.toList();
	}

	/** A producer on the form and in {@code /kelola/panen/unit}'s JSON ({@code {"id", "nama"}}). */
	record PilihanUnit(long id, String nama) {
	}

	@PostMapping("/baru")
	String buat(@Valid @ModelAttribute("sumberForm") SumberForm f, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				SumberPanen s = service.buat(f);
				flash.success(redirect, "panen.sukses.dibuat");
				return "redirect:/kelola/panen/" + s.getId();
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return form(model, null, f);
	}

	@GetMapping("/{id}/ubah")
	String ubahForm(@PathVariable long id, Model model) {
		SumberPanen s = service.sumber(id);
		SumberForm f = SumberForm.of(s);
		model.addAttribute("sumberForm", f);
		return form(model, s, f);
	}

	@PostMapping("/{id}/ubah")
	String ubah(@PathVariable long id, @Valid @ModelAttribute("sumberForm") SumberForm f, BindingResult result,
			Model model, RedirectAttributes redirect) {
		SumberPanen s = service.sumber(id);
		if (!result.hasErrors()) {
			try {
				service.ubah(id, f);
				flash.success(redirect, "panen.sukses.diubah");
				return "redirect:/kelola/panen/" + id;
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return form(model, s, f);
	}

	private String form(Model model, SumberPanen s, SumberForm f) {
		model.addAttribute("sumberPanen", s);
		model.addAttribute("jenisPilihan", JenisSumber.values());
		model.addAttribute("organisasiPilihan", service.organisasiKelolaan());
		long org = s != null ? s.getOrganisasiId() : f.getOrganisasiId() == null ? 0 : f.getOrganisasiId();
		model.addAttribute("unitPilihan", org == 0 ? List.of() : pilihanUnit(service.unitTujuan(org)));
		return FORM;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		SumberPanen s = service.sumber(id);
		model.addAttribute("s", s);
		model.addAttribute("organisasiSumber", organisasi.organisasi(s.getOrganisasiId()).map(OrganisasiRef::nama)
			.orElse(""));
		List<PilihanUnit> units = pilihanUnit(service.unitTujuan(s.getOrganisasiId()));
		model.addAttribute("unitPilihan", units);
		Map<Long, String> namaUnit = new LinkedHashMap<>();
		units.forEach(u -> namaUnit.put(u.id(), u.nama()));
		model.addAttribute("namaUnit", namaUnit);
		model.addAttribute("pemetaan", service.pemetaan(id));
		model.addAttribute("riwayat", service.riwayat(id));
		return "sinkron/panen/detail";
	}

	@PostMapping("/{id}/pemetaan")
	String petakan(@PathVariable long id, @RequestParam String organisasiAsal,
			@RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/panen/" + id, () -> {
			service.petakan(id, organisasiAsal, unitId);
			flash.success(redirect, "panen.sukses.dipetakan");
		});
	}

	@PostMapping("/{id}/jalankan")
	String jalankan(@PathVariable long id, RedirectAttributes redirect) {
		return flash.attempt(redirect, () -> "/kelola/panen/" + id + "/jalan/" + service.jalankan(id).getId(),
				"/kelola/panen/" + id);
	}

	@GetMapping("/{id}/jalan/{jalanId}")
	String jalan(@PathVariable long id, @PathVariable long jalanId, Model model) {
		SumberPanen s = service.sumber(id);
		JalanPanen j = service.jalan(id, jalanId);
		model.addAttribute("s", s);
		model.addAttribute("j", j);
		model.addAttribute("pesan", Alasan.tampil(j.getPesan(), messages));
		List<ItemPanen> items = service.laporan(id, jalanId);
		model.addAttribute("items", items);
		Map<Long, String> alasan = new LinkedHashMap<>();
		items.forEach(i -> alasan.put(i.getId(), Alasan.tampil(i.getAlasan(), messages)));
		model.addAttribute("alasan", alasan);
		return "sinkron/panen/jalan";
	}

}
