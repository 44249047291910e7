package id.satudata.perencanaan.rencanaaksi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import id.satudata.audit.AuditHistory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.internal.HariIni;
import id.satudata.perencanaan.internal.Label;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;

/** The Rencana Aksi: items by year (overdue ones highlighted), one item with progress, evidence and steps. */
@Controller
@RequestMapping("/kelola/rencana-aksi")
@PreAuthorize("hasAnyRole('PRODUSEN_DATA','WALIDATA_PENDUKUNG','WALIDATA','PEMBINA_DATA','KOORDINATOR_FORUM','PPID',"
		+ "'KEPALA_DINAS','KEPALA_BIDANG','SUB_KOORDINATOR','PETUGAS_LAYANAN','ADMIN')")
class RencanaAksiController {

	private final RencanaAksiService service;
	private final HariIni hariIni;
	private final AksesPerencanaan akses;
	private final AuditHistory history;
	private final Label label;
	private final Flash flash;

	RencanaAksiController(RencanaAksiService service, HariIni hariIni, AksesPerencanaan akses,
			AuditHistory history, Label label, Flash flash) {
		this.service = service;
		this.hariIni = hariIni;
		this.akses = akses;
		this.history = history;
		this.label = label;
		this.flash = flash;
	}

	@InitBinder("rencanaAksiForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields("judul", "uraian", "unitId", "tenggat", "tahun", "version");
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer tahun, @RequestParam(defaultValue = "0") int page, Model model) {
		int year = tahun == null ? hariIni.tanggal().getYear() : tahun;
		Set<Long> orgs = akses.idOrganisasiTerlihat();
		model.addAttribute("tahun", year);
		Page<RencanaAksi> item = service.daftar(orgs, year, page);
		model.addAttribute("item", item.getContent());
		model.addAttribute("halaman", item);
		model.addAttribute("hariIni", hariIni.tanggal());
		model.addAttribute("namaUnit", label.unit(orgs));
		model.addAttribute("namaOrganisasi", label.organisasi());
		model.addAttribute("bolehBuat", !akses.organisasiDengan(Peran.KOORDINATOR_FORUM).isEmpty());
		return "perencanaan/kelola/rencana-aksi";
	}

	@GetMapping("/baru")
	String newItem(Model model) {
		if (akses.organisasiDengan(Peran.KOORDINATOR_FORUM).isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException("Not a Koordinator Forum");
		}
		RencanaAksiForm f = new RencanaAksiForm();
		f.setTahun(hariIni.tanggal().getYear());
		model.addAttribute("rencanaAksiForm", f);
		return form(model, null);
	}

	@PostMapping("/baru")
	String create(@RequestParam long organisasiId, @Valid @ModelAttribute("rencanaAksiForm") RencanaAksiForm f,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				RencanaAksi r = service.buat(organisasiId, f);
				flash.success(redirect, "rencanaAksi.sukses.dibuat");
				return "redirect:/kelola/rencana-aksi/" + r.getId();
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}/ubah")
	String edit(@PathVariable long id, Model model) {
		RencanaAksi r = service.item(id);
		model.addAttribute("rencanaAksiForm", RencanaAksiForm.of(r));
		return form(model, r);
	}

	@PostMapping("/{id}/ubah")
	String update(@PathVariable long id, @Valid @ModelAttribute("rencanaAksiForm") RencanaAksiForm f,
			BindingResult result, Model model, RedirectAttributes redirect) {
		RencanaAksi r = service.item(id);
		if (!result.hasErrors()) {
			try {
				service.ubah(id, f);
				flash.success(redirect, "umum.tersimpan");
				return "redirect:/kelola/rencana-aksi/" + id;
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return form(model, r);
	}

	private String form(Model model, RencanaAksi r) {
		List<OrganisasiRef> orgs = akses.organisasiDengan(Peran.KOORDINATOR_FORUM).stream().map(label::org)
			.sorted(Comparator.comparing(OrganisasiRef::nama)).toList();
		model.addAttribute("item", r);
		model.addAttribute("organisasiPilihan", orgs);
		model.addAttribute("unitPilihan", label.unit(r != null ? Set.of(r.getOrganisasiId())
				: orgs.stream().map(OrganisasiRef::id).collect(java.util.stream.Collectors.toSet())));
		return "perencanaan/kelola/rencana-aksi-form";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		RencanaAksi r = service.item(id);
		model.addAttribute("item", r);
		model.addAttribute("organisasi", label.org(r.getOrganisasiId()));
		model.addAttribute("namaUnit", label.unit(Set.of(r.getOrganisasiId())));
		model.addAttribute("bukti", service.buktiDari(id));
		model.addAttribute("aksi", service.aksiTersedia(r));
		model.addAttribute("bolehLapor", service.bolehLapor(r));
		model.addAttribute("bolehUbah", r.getStatus().terbuka() && akses.koordinator(r.getOrganisasiId()));
		model.addAttribute("hariIni", hariIni.tanggal());
		model.addAttribute("riwayat", history.untukObjek("RencanaAksi", String.valueOf(id)));
		return "perencanaan/kelola/rencana-aksi-detail";
	}

	@PostMapping("/{id}/aksi")
	String act(@PathVariable long id, @RequestParam AksiRencanaAksi aksi, @RequestParam(required = false) String catatan,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/rencana-aksi/" + id, () -> {
			service.jalankan(id, aksi, catatan);
			flash.success(redirect, "umum.tersimpan");
		});
	}

	@PostMapping("/{id}/progres")
	String progress(@PathVariable long id, @RequestParam(required = false) Integer progres,
			@RequestParam(required = false) String catatan, RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/rencana-aksi/" + id, () -> {
			service.lapor(id, progres, catatan);
			flash.success(redirect, "umum.tersimpan");
		});
	}

	@PostMapping("/{id}/bukti")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile berkas,
			@RequestParam(required = false) String keterangan, RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/rencana-aksi/" + id + "#bukti", () -> {
			service.unggahBukti(id, berkas, keterangan);
			flash.success(redirect, "rencanaAksi.sukses.bukti");
		});
	}

	@PostMapping("/{id}/bukti/{uuid}/hapus")
	String removeEvidence(@PathVariable long id, @PathVariable String uuid, RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/rencana-aksi/" + id + "#bukti", () -> {
			service.hapusBukti(id, uuid);
			flash.success(redirect, "umum.tersimpan");
		});
	}

	@GetMapping("/{id}/bukti/{uuid}")
	void download(@PathVariable long id, @PathVariable String uuid, HttpServletResponse response) throws IOException {
		BuktiRencanaAksi b = service.bukti(id, uuid);
		try (InputStream in = service.open(b)) {
			response.setContentType(b.getTipeMime() == null ? "application/octet-stream" : b.getTipeMime());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(b.getNamaBerkas(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
			response.setHeader("X-Content-Type-Options", "nosniff");
			in.transferTo(response.getOutputStream());
		}
	}

}
