package id.satudata.layanan.permintaan;

import org.springframework.core.io.InputStreamResource;
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

import id.satudata.layanan.tiket.BerkasLayanan;
import id.satudata.layanan.tiket.LayananPemohon;
import id.satudata.shared.web.Flash;

/**
 * A logged-in user's own tickets (filed while logged in) — requests and complaints alike, through
 * the ticket core — without tracking codes, and rating a resolved one.
 */
@Controller
@RequestMapping("/kelola/permintaan-saya")
@PreAuthorize("isAuthenticated()")
class PermintaanSayaController {

	private final LayananPemohon pemohon;
	private final BerkasLayanan berkas;
	private final Flash flash;

	PermintaanSayaController(LayananPemohon pemohon, BerkasLayanan berkas, Flash flash) {
		this.pemohon = pemohon;
		this.berkas = berkas;
		this.flash = flash;
	}

	@GetMapping
	String daftar(Model model) {
		model.addAttribute("daftar", pemohon.milikPengguna());
		return "layanan/kelola/saya";
	}

	@GetMapping("/{nomor}")
	String tiket(@PathVariable String nomor, Model model) {
		model.addAttribute("t", pemohon.milikSaya(nomor));
		model.addAttribute("aksiNilai", "/kelola/permintaan-saya/" + nomor + "/nilai");
		model.addAttribute("tautanLampiran", "/kelola/permintaan-saya/" + nomor + "/lampiran/");
		return "layanan/kelola/saya-tiket";
	}

	@PostMapping("/{nomor}/nilai")
	String nilai(@PathVariable String nomor, @RequestParam(required = false) Integer nilai,
			@RequestParam(required = false) String komentar, RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/permintaan-saya/" + nomor, () -> {
			pemohon.nilaiMilikSaya(nomor, nilai, komentar);
			flash.success(redirect, "layanan.sukses.dinilai");
		});
	}

	@GetMapping("/{nomor}/lampiran/{uuid}")
	ResponseEntity<InputStreamResource> lampiran(@PathVariable String nomor, @PathVariable String uuid) {
		return berkas.download(pemohon.lampiran(pemohon.milikSaya(nomor), uuid));
	}

}
