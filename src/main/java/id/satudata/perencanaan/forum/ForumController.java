package id.satudata.perencanaan.forum;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import id.satudata.katalog.Akses;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.daftardata.EntriRepository;
import id.satudata.perencanaan.daftardata.StatusEntri;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.internal.JenisBerkas;
import id.satudata.perencanaan.internal.Label;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;

/** Forum Satu Data sessions: list, record, decide, set, berita acara PDF and its signed scan. */
@Controller
@RequestMapping("/kelola/forum")
@PreAuthorize("hasAnyRole('PRODUSEN_DATA','WALIDATA_PENDUKUNG','WALIDATA','PEMBINA_DATA','KOORDINATOR_FORUM','PPID',"
		+ "'KEPALA_DINAS','KEPALA_BIDANG','SUB_KOORDINATOR','PETUGAS_LAYANAN','ADMIN')")
class ForumController {

	private final ForumService service;
	private final BeritaAcaraService beritaAcara;
	private final EntriRepository entri;
	private final AksesPerencanaan akses;
	private final AuditHistory history;
	private final Label label;
	private final Flash flash;

	ForumController(ForumService service, BeritaAcaraService beritaAcara, EntriRepository entri, AksesPerencanaan akses,
			AuditHistory history, Label label, Flash flash) {
		this.service = service;
		this.beritaAcara = beritaAcara;
		this.entri = entri;
		this.akses = akses;
		this.history = history;
		this.label = label;
		this.flash = flash;
	}

	@InitBinder("forumForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields("judul", "nomor", "tanggal", "jamMulai", "jamSelesai", "tempat", "kota", "agenda",
				"pembahasan", "pimpinanNama", "pimpinanJabatan", "notulisNama", "notulisJabatan", "version");
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<ForumSesi> sesi = service.daftar(page);
		model.addAttribute("sesi", sesi.getContent());
		model.addAttribute("halaman", sesi);
		model.addAttribute("namaOrganisasi", label.organisasi());
		model.addAttribute("bolehBuat", !organisasiKoordinator().isEmpty());
		return "perencanaan/kelola/forum";
	}

	@GetMapping("/baru")
	String newSession(Model model) {
		if (organisasiKoordinator().isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException("Not a Koordinator Forum");
		}
		ForumForm f = new ForumForm();
		f.setTanggal(LocalDate.now());
		model.addAttribute("forumForm", f);
		return form(model, null);
	}

	@PostMapping("/baru")
	String create(@RequestParam long organisasiId, @Valid @ModelAttribute("forumForm") ForumForm f, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ForumSesi s = service.buat(organisasiId, f);
				flash.success(redirect, "forum.sukses.dibuat");
				return "redirect:/kelola/forum/" + s.getId();
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}/ubah")
	String edit(@PathVariable long id, Model model) {
		ForumSesi s = service.sesi(id);
		model.addAttribute("forumForm", ForumForm.of(s));
		return form(model, s);
	}

	@PostMapping("/{id}/ubah")
	String update(@PathVariable long id, @Valid @ModelAttribute("forumForm") ForumForm f, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ForumSesi s = service.sesi(id);
		if (!result.hasErrors()) {
			try {
				service.ubah(id, f);
				flash.success(redirect, "umum.tersimpan");
				return "redirect:/kelola/forum/" + id;
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return form(model, s);
	}

	private String form(Model model, ForumSesi s) {
		model.addAttribute("sesi", s);
		model.addAttribute("organisasiPilihan", organisasiKoordinator());
		return "perencanaan/kelola/forum-form";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		ForumSesi s = service.sesi(id);
		Map<Long, Entri> byId = new HashMap<>();
		entri.findAllByIdIn(s.getKeputusan().stream().map(KeputusanEntri::getEntriId).toList())
			.forEach(e -> byId.put(e.getId(), e));
		model.addAttribute("sesi", s);
		model.addAttribute("organisasi", label.org(s.getOrganisasiId()));
		model.addAttribute("entriKeputusan", byId);
		model.addAttribute("namaUnit", label.unit(Set.of(s.getOrganisasiId())));
		model.addAttribute("unitPilihan", label.org(s.getOrganisasiId()) == null ? List.of()
				: label.unit(Set.of(s.getOrganisasiId())));
		model.addAttribute("bolehKelola", service.bolehKelola(s));
		model.addAttribute("bolehScan", !s.draft() && akses.koordinator(s.getOrganisasiId()));
		model.addAttribute("entriPilihan", entri.findByOrganisasiIdAndStatusInOrderByTahunDescJudulAsc(s.getOrganisasiId(),
				EnumSet.of(StatusEntri.MENUNGGU_PERSETUJUAN, StatusEntri.DISETUJUI)));
		model.addAttribute("keputusanPilihan", KeputusanForum.values());
		model.addAttribute("prioritasPilihan", PrioritasForum.values());
		model.addAttribute("aksesPilihan", Akses.values());
		model.addAttribute("riwayat", history.untukObjek("ForumSatuData", String.valueOf(id)));
		return "perencanaan/kelola/forum-detail";
	}

	@PostMapping("/{id}/peserta")
	String addParticipant(@PathVariable long id, @RequestParam(required = false) String nama,
			@RequestParam(required = false) String jabatan, @RequestParam(required = false) String instansi,
			RedirectAttributes redirect) {
		return act(id, redirect, "#peserta", () -> service.tambahPeserta(id, nama, jabatan, instansi));
	}

	@PostMapping("/{id}/peserta/{index}/hapus")
	String removeParticipant(@PathVariable long id, @PathVariable int index, RedirectAttributes redirect) {
		return act(id, redirect, "#peserta", () -> service.hapusPeserta(id, index));
	}

	@PostMapping("/{id}/keputusan")
	String addDecision(@PathVariable long id, @RequestParam(required = false) Long entriId,
			@RequestParam(required = false) KeputusanForum keputusan, @RequestParam(required = false) PrioritasForum prioritas,
			@RequestParam(required = false) Akses aksesBaru, @RequestParam(required = false) String catatan,
			RedirectAttributes redirect) {
		return act(id, redirect, "#keputusan", () -> {
			if (entriId == null) {
				throw new id.satudata.shared.web.InvalidFieldException("entriId", "forum.galat.entri");
			}
			service.tambahKeputusan(id, entriId, keputusan, prioritas, aksesBaru, catatan);
		});
	}

	@PostMapping("/{id}/keputusan/{index}/hapus")
	String removeDecision(@PathVariable long id, @PathVariable int index, RedirectAttributes redirect) {
		return act(id, redirect, "#keputusan", () -> service.hapusKeputusan(id, index));
	}

	@PostMapping("/{id}/tindak-lanjut")
	String addFollowUp(@PathVariable long id, @RequestParam(required = false) String uraian,
			@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tenggat,
			RedirectAttributes redirect) {
		return act(id, redirect, "#tindak-lanjut", () -> service.tambahTindakLanjut(id, uraian, unitId, tenggat));
	}

	@PostMapping("/{id}/tindak-lanjut/{index}/hapus")
	String removeFollowUp(@PathVariable long id, @PathVariable int index, RedirectAttributes redirect) {
		return act(id, redirect, "#tindak-lanjut", () -> service.hapusTindakLanjut(id, index));
	}

	@PostMapping("/{id}/tetapkan")
	String set(@PathVariable long id, RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/forum/" + id, () -> {
			ForumSesi s = service.tetapkan(id);
			flash.success(redirect, "forum.sukses.ditetapkan", s.getKeputusan().size(), s.getTindakLanjut().size());
		});
	}

	@GetMapping("/{id}/berita-acara.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		byte[] bytes = beritaAcara.pdf(id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("berita-acara-forum-" + id + ".pdf").build().toString())
			.body(bytes);
	}

	@PostMapping("/{id}/scan")
	String uploadScan(@PathVariable long id, @RequestParam(required = false) MultipartFile berkas,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/forum/" + id, () -> {
			beritaAcara.unggahScan(id, berkas);
			flash.success(redirect, "beritaAcara.sukses.scan");
		});
	}

	@GetMapping("/{id}/scan")
	void downloadScan(@PathVariable long id, HttpServletResponse response) throws IOException {
		ForumSesi s = service.sesi(id);
		try (InputStream in = beritaAcara.openScan(s)) {
			String ext = JenisBerkas.extension(s.getScanNamaBerkas());
			response.setContentType("PDF".equals(ext) ? MediaType.APPLICATION_PDF_VALUE
					: "PNG".equals(ext) ? MediaType.IMAGE_PNG_VALUE : MediaType.IMAGE_JPEG_VALUE);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(s.getScanNamaBerkas(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
			in.transferTo(response.getOutputStream());
		}
	}

	private String act(long id, RedirectAttributes redirect, String anchor, Runnable work) {
		return flash.attempt(redirect, "/kelola/forum/" + id + anchor, () -> {
			work.run();
			flash.success(redirect, "umum.tersimpan");
		});
	}

	private List<OrganisasiRef> organisasiKoordinator() {
		return akses.organisasiDengan(id.satudata.shared.security.Peran.KOORDINATOR_FORUM).stream().map(label::org)
			.sorted(Comparator.comparing(OrganisasiRef::nama)).toList();
	}

}
