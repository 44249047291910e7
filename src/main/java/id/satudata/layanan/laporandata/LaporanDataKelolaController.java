package id.satudata.layanan.laporandata;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.layanan.tiket.JejakLayanan;
import id.satudata.layanan.tiket.RiwayatLayanan;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.UserFacingException;

/**
 * The reports on the datasets the user answers for ({@code /kelola/laporan-data}): the organization's
 * Walidata sees its organization's, a Produsen Data those of its unit; a report's page with its
 * history, and the answer that closes it.
 */
@Controller
@RequestMapping("/kelola/laporan-data")
@PreAuthorize("hasAnyRole('WALIDATA', 'PRODUSEN_DATA')")
class LaporanDataKelolaController {

	private final LaporanDataService service;
	private final JejakLayanan jejak;
	private final Flash flash;

	LaporanDataKelolaController(LaporanDataService service, JejakLayanan jejak, Flash flash) {
		this.service = service;
		this.jejak = jejak;
		this.flash = flash;
	}

	@GetMapping
	String daftar(@RequestParam(defaultValue = "terbuka") String tampil, @RequestParam(name = "page", defaultValue = "0") int halaman,
			Model model) {
		boolean semua = "semua".equals(tampil);
		model.addAttribute("tampil", semua ? "semua" : "terbuka");
		model.addAttribute("halaman", service.daftar(semua, halaman));
		return "layanan/kelola/laporan-data-daftar";
	}

	@GetMapping("/{nomor}")
	String rincian(@PathVariable String nomor, Model model) {
		LaporanData t = service.lihat(nomor);
		model.addAttribute("t", t);
		model.addAttribute("riwayat", jejak.riwayat(RiwayatLayanan.LAPORAN_DATA, t.getId()));
		return "layanan/kelola/laporan-data";
	}

	@PostMapping("/{nomor}/jawab")
	String jawab(@PathVariable String nomor, @RequestParam(required = false) String jawaban,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		try {
			service.jawab(nomor, jawaban, version);
			flash.success(redirect, "layanan.laporanData.dijawab");
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
		}
		return "redirect:/kelola/laporan-data/" + nomor;
	}

}
