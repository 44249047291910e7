package id.satudata.standar.metadata;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.audit.AuditHistory;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;
import id.satudata.standar.JenisMetadata;
import id.satudata.standar.MetadataView;
import id.satudata.standar.PemilikRef;

/**
 * The metadata statistik editor: an owner's forms, creating (empty or copied from another year),
 * the overview with the required fields still missing, finalizing, copying, deleting a draft, PDF,
 * JSON and ISO 19139. Every page keeps the caller's "back" link ({@link Kembali}); one block at a
 * time is edited on {@link BlokMetadataController}.
 */
@Controller
@RequestMapping("/kelola/metadata")
@PreAuthorize("isAuthenticated()")
class MetadataController {

	private final MetadataStatistikService service;
	private final Flash flash;
	private final AuditHistory auditHistory;

	MetadataController(MetadataStatistikService service, Flash flash, AuditHistory auditHistory) {
		this.service = service;
		this.flash = flash;
		this.auditHistory = auditHistory;
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
		model.addAttribute("tahunIni", Year.now(ZoneId.of("Asia/Jakarta")).getValue());
		Kembali.addTo(model, kembali);
		return "standar/metadata/pemilik";
	}

	@PostMapping("/pemilik/{jenis}/{id}")
	String create(@PathVariable String jenis, @PathVariable String id, @RequestParam(required = false) JenisMetadata formulir,
			@RequestParam(required = false) Integer tahun, @RequestParam(required = false) String judul,
			@RequestParam(required = false) Long salinDari, @RequestParam(required = false) String kembali,
			RedirectAttributes redirect) {
		PemilikRef p = pemilik(jenis, id);
		service.info(p).orElseThrow(() -> new NotFoundException("metadata.galat.pemilikTidakAda"));
		return flash.attempt(redirect, () -> {
			if (tahun == null) {
				throw new UserFacingException("metadata.galat.tahun");
			}
			if (salinDari == null && formulir == null) {
				throw new UserFacingException("metadata.galat.formulirWajib");
			}
			MetadataView v = salinDari != null ? service.salin(salinDari, p, tahun) : service.buat(formulir, p, tahun, judul);
			flash.success(redirect, "metadata.sukses.dibuat");
			return "/kelola/metadata/" + v.id() + Kembali.query(kembali);
		}, "/kelola/metadata/pemilik/" + p.jenis() + "/" + p.id() + Kembali.query(kembali));
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
		Kembali.addTo(model, kembali);
		return "standar/metadata/detail";
	}

	@PostMapping("/{id}/final")
	String finalize(@PathVariable long id, @RequestParam(required = false) String kembali, RedirectAttributes redirect) {
		service.terbaca(id);
		return flash.attempt(redirect, "/kelola/metadata/" + id + Kembali.query(kembali), () -> {
			service.finalkan(id);
			flash.success(redirect, "metadata.sukses.final");
		});
	}

	@PostMapping("/{id}/salin")
	String copy(@PathVariable long id, @RequestParam(required = false) Integer tahun,
			@RequestParam(required = false) String kembali, RedirectAttributes redirect) {
		DokumenMetadata d = service.terbaca(id);
		return flash.attempt(redirect, () -> {
			if (tahun == null) {
				throw new UserFacingException("metadata.galat.tahun");
			}
			MetadataView v = service.salin(id, d.pemilik(), tahun);
			flash.success(redirect, "metadata.sukses.disalin", d.getTahun(), tahun);
			return "/kelola/metadata/" + v.id() + Kembali.query(kembali);
		}, "/kelola/metadata/" + id + Kembali.query(kembali));
	}

	@PostMapping("/{id}/hapus")
	String delete(@PathVariable long id, @RequestParam(required = false) String kembali, RedirectAttributes redirect) {
		DokumenMetadata d = service.terbaca(id);
		return flash.attempt(redirect, () -> {
			service.hapus(id);
			flash.success(redirect, "metadata.sukses.dihapus");
			return "/kelola/metadata/pemilik/" + d.getPemilikJenis() + "/" + d.getPemilikId() + Kembali.query(kembali);
		}, "/kelola/metadata/" + id + Kembali.query(kembali));
	}

	// ---- downloads ----------------------------------------------------------------------------

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

	private static String nama(DokumenMetadata d) {
		return d.getJenis().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + d.getTahun() + "-" + d.getId();
	}

	private static PemilikRef pemilik(String jenis, String id) {
		try {
			return new PemilikRef(jenis, id);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("metadata.galat.pemilikTidakAda");
		}
	}

}
