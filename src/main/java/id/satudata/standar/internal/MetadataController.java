package id.satudata.standar.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.shared.web.Flash;
import id.satudata.shared.web.Messages;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;
import id.satudata.standar.JenisMetadata;
import id.satudata.standar.MetadataView;
import id.satudata.standar.PemilikRef;

/**
 * The metadata statistik editor: an owner's forms, creating (empty or copied from another year),
 * the overview with the required fields still missing, editing one block at a time (saved as a
 * draft), finalizing, PDF and JSON. Every page keeps the caller's "back" link ({@code kembali}).
 * The block editor reads only the fields of the block's definition ({@link IsiMetadata#bacaBlok}):
 * no data binder, so nothing else can be assigned.
 */
@Controller
@RequestMapping("/kelola/metadata")
@PreAuthorize("isAuthenticated()")
class MetadataController {

	private final MetadataStatistikService service;
	private final TampilanMetadata tampilan;
	private final Flash flash;
	private final Messages messages;
	private final id.satudata.audit.AuditHistory auditHistory;

	MetadataController(MetadataStatistikService service, TampilanMetadata tampilan, Flash flash, Messages messages,
			id.satudata.audit.AuditHistory auditHistory) {
		this.auditHistory = auditHistory;
		this.service = service;
		this.tampilan = tampilan;
		this.flash = flash;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("dokumen", service.daftarSaya().stream().map(MetadataStatistikService::ringkas).toList());
		model.addAttribute("q", q);
		model.addAttribute("dataset", service.datasetBolehDiisi(q));
		return "standar/metadata/daftar";
	}

	// ---- an owner's forms ---------------------------------------------------------------------

	@GetMapping("/pemilik/{jenis}/{id}")
	String owner(@PathVariable String jenis, @PathVariable String id, @RequestParam(required = false) String kembali,
			Model model) {
		PemilikRef p = pemilik(jenis, id);
		model.addAttribute("info", service.info(p).orElseThrow(() -> new NotFoundException("metadata.galat.pemilikTidakAda")));
		model.addAttribute("pemilik", p);
		model.addAttribute("dokumen", service.milik(p));
		model.addAttribute("bolehUbah", service.bolehUbahPemilik(p.jenis(), p.id()));
		model.addAttribute("jenisPilihan", JenisMetadata.values());
		model.addAttribute("tahunIni", java.time.Year.now(java.time.ZoneId.of("Asia/Jakarta")).getValue());
		kembali(model, kembali);
		return "standar/metadata/pemilik";
	}

	@PostMapping("/pemilik/{jenis}/{id}")
	String create(@PathVariable String jenis, @PathVariable String id, @RequestParam(required = false) JenisMetadata formulir,
			@RequestParam(required = false) Integer tahun, @RequestParam(required = false) String judul,
			@RequestParam(required = false) Long salinDari, @RequestParam(required = false) String kembali,
			RedirectAttributes redirect) {
		PemilikRef p = pemilik(jenis, id);
		service.info(p).orElseThrow(() -> new NotFoundException("metadata.galat.pemilikTidakAda"));
		String back = "redirect:/kelola/metadata/pemilik/" + p.jenis() + "/" + p.id() + query(kembali);
		try {
			if (tahun == null) {
				throw new UserFacingException("metadata.galat.tahun");
			}
			MetadataView v;
			if (salinDari != null) {
				v = service.salin(salinDari, p, tahun);
			}
			else {
				if (formulir == null) {
					throw new UserFacingException("metadata.galat.formulirWajib");
				}
				v = service.buat(formulir, p, tahun, judul);
			}
			flash.success(redirect, "metadata.sukses.dibuat");
			return "redirect:/kelola/metadata/" + v.id() + query(kembali);
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return back;
		}
	}

	// ---- one form -----------------------------------------------------------------------------

	@GetMapping("/{id}")
	String detail(@PathVariable long id, @RequestParam(required = false) String kembali, Model model) {
		DokumenMetadata d = service.terbaca(id);
		model.addAttribute("m", service.view(d));
		model.addAttribute("kelengkapan", service.kelengkapan(d));
		model.addAttribute("info", service.info(d).orElse(null));
		model.addAttribute("bolehUbah", service.bolehUbah(d));
		model.addAttribute("tahunBerikut", d.getTahun() + 1);
		model.addAttribute("riwayat", auditHistory.untukObjek("MetadataStatistik", String.valueOf(id)));
		kembali(model, kembali);
		return "standar/metadata/detail";
	}

	@GetMapping("/{id}/blok/{blok}")
	String editBlock(@PathVariable long id, @PathVariable String blok, @RequestParam(required = false) String kembali,
			Model model) {
		DokumenMetadata d = service.terubah(id);
		return blockPage(d, blok, service.isi(d), Map.of(), d.getVersion(), kembali, model);
	}

	@PostMapping("/{id}/blok/{blok}")
	String saveBlock(@PathVariable long id, @PathVariable String blok, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(required = false) Long version, @RequestParam(required = false) String kembali,
			@RequestParam(required = false) String lanjut, @RequestParam(required = false) String tambahBaris,
			Model model, RedirectAttributes redirect) {
		try {
			DokumenMetadata d = service.simpanBlok(id, blok, params, version);
			if (tambahBaris != null) {
				return "redirect:/kelola/metadata/" + id + "/blok/" + blok + query(kembali) + "#isian-" + tambahBaris;
			}
			flash.success(redirect, "metadata.sukses.draf");
			String next = lanjut == null ? null : nextBlock(d, blok);
			return next == null ? "redirect:/kelola/metadata/" + id + query(kembali)
					: "redirect:/kelola/metadata/" + id + "/blok/" + next + query(kembali);
		}
		catch (IsianTidakValidException e) {
			DokumenMetadata d = service.terubah(id);
			Formulir f = DefinisiFormulir.untuk(d.getJenis());
			Formulir.Blok b = f.blok(blok).orElseThrow(NotFoundException::new);
			Map<String, String> errors = new HashMap<>();
			e.getGalat().forEach(g -> errors.putIfAbsent(g.isian(), messages.get(g.pesanKey(), g.args())));
			model.addAttribute("galat", messages.get(e));
			return blockPage(d, blok, IsiMetadata.gantiBlok(service.isi(d), b, IsiMetadata.bacaBlok(b, params)), errors,
					version, kembali, model);
		}
	}

	private String blockPage(DokumenMetadata d, String kodeBlok, Map<String, Object> isi, Map<String, String> errors,
			Long version, String kembali, Model model) {
		Formulir f = DefinisiFormulir.untuk(d.getJenis());
		List<Formulir.Blok> blok = service.blok(d);
		Formulir.Blok b = blok.stream().filter(x -> x.kode().equals(kodeBlok)).findFirst()
			.orElseThrow(() -> new NotFoundException("metadata.galat.blokTidakAda"));
		Map<String, String> labels = new LinkedHashMap<>();
		blok.forEach(x -> labels.put(x.kode(), messages.get(f.blokKey(x))));
		model.addAttribute("m", service.view(d));
		model.addAttribute("f", f);
		model.addAttribute("blok", b);
		model.addAttribute("semuaBlok", labels);
		model.addAttribute("isi", isi);
		model.addAttribute("errors", errors);
		model.addAttribute("version", version);
		model.addAttribute("tampilan", tampilan);
		model.addAttribute("pilihan", Pilihan.DAFTAR);
		model.addAttribute("wajib", wajibNow(b, isi));
		model.addAttribute("adaBerikut", nextBlock(d, kodeBlok) != null);
		model.addAttribute("adaPeta", b.isian().stream().anyMatch(i -> i.tipe() == id.satudata.standar.TipeIsian.KOTAK_BATAS));
		kembali(model, kembali);
		return "standar/metadata/blok";
	}

	private static Map<String, Boolean> wajibNow(Formulir.Blok b, Map<String, Object> isi) {
		Map<String, Boolean> out = new HashMap<>();
		b.isian().forEach(i -> out.put(i.kode(), i.wajibPada(isi)));
		return out;
	}

	private String nextBlock(DokumenMetadata d, String kode) {
		List<Formulir.Blok> blok = service.blok(d);
		for (int i = 0; i < blok.size() - 1; i++) {
			if (blok.get(i).kode().equals(kode)) {
				return blok.get(i + 1).kode();
			}
		}
		return null;
	}

	@PostMapping("/{id}/final")
	String finalize(@PathVariable long id, @RequestParam(required = false) String kembali, RedirectAttributes redirect) {
		service.terbaca(id);
		try {
			service.finalkan(id);
			flash.success(redirect, "metadata.sukses.final");
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
		}
		return "redirect:/kelola/metadata/" + id + query(kembali);
	}

	@PostMapping("/{id}/salin")
	String copy(@PathVariable long id, @RequestParam(required = false) Integer tahun,
			@RequestParam(required = false) String kembali, RedirectAttributes redirect) {
		DokumenMetadata d = service.terbaca(id);
		try {
			if (tahun == null) {
				throw new UserFacingException("metadata.galat.tahun");
			}
			MetadataView v = service.salin(id, d.pemilik(), tahun);
			flash.success(redirect, "metadata.sukses.disalin", d.getTahun(), tahun);
			return "redirect:/kelola/metadata/" + v.id() + query(kembali);
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:/kelola/metadata/" + id + query(kembali);
		}
	}

	@PostMapping("/{id}/hapus")
	String delete(@PathVariable long id, @RequestParam(required = false) String kembali, RedirectAttributes redirect) {
		DokumenMetadata d = service.terbaca(id);
		try {
			service.hapus(id);
			flash.success(redirect, "metadata.sukses.dihapus");
			return "redirect:/kelola/metadata/pemilik/" + d.getPemilikJenis() + "/" + d.getPemilikId() + query(kembali);
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:/kelola/metadata/" + id + query(kembali);
		}
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		DokumenMetadata d = service.terbaca(id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(nama(d) + ".pdf").build().toString())
			.body(service.pdf(id));
	}

	@GetMapping("/{id}/iso19139.xml")
	ResponseEntity<byte[]> iso19139(@PathVariable long id) {
		DokumenMetadata d = service.terbaca(id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nama(d) + "-iso19139.xml").build().toString())
			.body(service.iso19139(d, false));
	}

	@GetMapping("/{id}/json")
	ResponseEntity<byte[]> json(@PathVariable long id) {
		DokumenMetadata d = service.terbaca(id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nama(d) + ".json").build().toString())
			.body(service.json(id).getBytes(StandardCharsets.UTF_8));
	}

	// ---- helpers ------------------------------------------------------------------------------

	private static String nama(DokumenMetadata d) {
		return d.getJenis().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + d.getTahun() + "-" + d.getId();
	}

	private static PemilikRef pemilik(String jenis, String id) {
		try {
			return new PemilikRef(jenis, id);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("metadata.galat.pemilikTidakAda");
		}
	}

	private static void kembali(Model model, String kembali) {
		model.addAttribute("kembali", MetadataStatistikService.amanKembali(kembali) ? kembali : null);
	}

	private static String query(String kembali) {
		return MetadataStatistikService.amanKembali(kembali)
				? "?kembali=" + java.net.URLEncoder.encode(kembali, StandardCharsets.UTF_8) : "";
	}

}
