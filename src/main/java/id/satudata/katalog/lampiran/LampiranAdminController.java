package id.satudata.katalog.lampiran;

import java.nio.file.Path;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.katalog.JenisLampiran;
import id.satudata.katalog.rilis.RilisService;
import id.satudata.shared.storage.TempFiles;
import id.satudata.shared.web.Flash;

/** A release's attachments in the back office: adding a file or link, removing one. */
@Controller
@RequestMapping("/kelola/dataset/{slug}/rilis/{uuid}/lampiran")
@PreAuthorize("hasAnyRole('WALIDATA', 'ADMIN')")
class LampiranAdminController {

	private final LampiranService service;
	private final RilisService rilisService;
	private final TempFiles tempFiles;
	private final Flash flash;

	LampiranAdminController(LampiranService service, RilisService rilisService, TempFiles tempFiles, Flash flash) {
		this.service = service;
		this.rilisService = rilisService;
		this.tempFiles = tempFiles;
		this.flash = flash;
	}

	@PostMapping
	String attach(@PathVariable String slug, @PathVariable String uuid, @RequestParam(required = false) String nama,
			@RequestParam(required = false) String deskripsi, @RequestParam(required = false) JenisLampiran jenis,
			@RequestParam(required = false) String url, @RequestParam(required = false) MultipartFile berkas,
			RedirectAttributes redirect) {
		rilisService.kelolaan(slug, uuid);
		Path file = berkas == null || berkas.isEmpty() || jenis == JenisLampiran.TAUTAN ? null : tempFiles.save(berkas);
		try {
			return flash.attempt(redirect, halamanRilis(slug, uuid), () -> {
				service.lampirkan(uuid, nama, deskripsi, jenis, url, file,
						file == null ? null : berkas.getOriginalFilename(), file == null ? null : berkas.getContentType());
				flash.success(redirect, "lampiran.sukses.ditambah");
			});
		}
		finally {
			tempFiles.delete(file);
		}
	}

	@PostMapping("/{lampiran}/hapus")
	String detach(@PathVariable String slug, @PathVariable String uuid, @PathVariable String lampiran,
			RedirectAttributes redirect) {
		rilisService.kelolaan(slug, uuid);
		service.hapus(lampiran);
		flash.success(redirect, "lampiran.sukses.dihapus");
		return "redirect:" + halamanRilis(slug, uuid);
	}

	private static String halamanRilis(String slug, String uuid) {
		return "/kelola/dataset/" + slug + "/rilis/" + uuid + "#lampiran";
	}

}
