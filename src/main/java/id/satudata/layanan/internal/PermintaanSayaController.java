package id.satudata.layanan.internal;

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

import id.satudata.shared.web.Flash;
import id.satudata.shared.web.UserFacingException;

/** A logged-in user's own requests and complaints (filed while logged in), without tracking codes. */
@Controller
@RequestMapping("/kelola/permintaan-saya")
@PreAuthorize("isAuthenticated()")
class PermintaanSayaController {

	private final PermintaanService permintaan;
	private final PengaduanService pengaduan;
	private final TampilanTiket tampilan;
	private final BerkasLayanan berkas;
	private final Flash flash;

	PermintaanSayaController(PermintaanService permintaan, PengaduanService pengaduan, TampilanTiket tampilan,
			BerkasLayanan berkas, Flash flash) {
		this.permintaan = permintaan;
		this.pengaduan = pengaduan;
		this.tampilan = tampilan;
		this.berkas = berkas;
		this.flash = flash;
	}

	@GetMapping
	String daftar(Model model) {
		model.addAttribute("permintaan", permintaan.milikPengguna());
		model.addAttribute("pengaduan", pengaduan.milikPengguna());
		return "layanan/kelola/saya";
	}

	@GetMapping("/{nomor}")
	String tiket(@PathVariable String nomor, Model model) {
		model.addAttribute("t", tampilan.milikSaya(nomor));
		model.addAttribute("aksiNilai", "/kelola/permintaan-saya/" + nomor + "/nilai");
		model.addAttribute("tautanLampiran", "/kelola/permintaan-saya/" + nomor + "/lampiran/");
		return "layanan/kelola/saya-tiket";
	}

	@PostMapping("/{nomor}/nilai")
	String nilai(@PathVariable String nomor, @RequestParam(required = false) Integer nilai,
			@RequestParam(required = false) String komentar, RedirectAttributes redirect) {
		try {
			if (NomorTiket.PENGADUAN.equals(NomorTiket.jenisDari(nomor))) {
				pengaduan.nilaiMilikSaya(nomor, nilai, komentar);
			}
			else {
				permintaan.nilaiMilikSaya(nomor, nilai, komentar);
			}
			flash.success(redirect, "layanan.sukses.dinilai");
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
		}
		return "redirect:/kelola/permintaan-saya/" + nomor;
	}

	@GetMapping("/{nomor}/lampiran/{uuid}")
	ResponseEntity<InputStreamResource> lampiran(@PathVariable String nomor, @PathVariable String uuid) {
		return PelacakanController.unduh(berkas, tampilan.lampiran(tampilan.milikSaya(nomor), uuid));
	}

}
