package id.satudata.layanan.permintaan;

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

/**
 * Data requests in the back office ({@code /kelola/permintaan-data}): the list of the organizations
 * the user handles (service desk staff, Walidata), a request's page with the area, years, purpose and
 * (for the handling staff only) the requester, the answer with a dataset (the handler) and the
 * proposal to next year's Daftar Data (the Walidata). The chain's other steps stay on the request's
 * page of the service desk.
 */
@Controller
@RequestMapping("/kelola/permintaan-data")
@PreAuthorize("isAuthenticated()")
class PermintaanDataKelolaController {

	private final PermintaanDataService service;
	private final JejakLayanan jejak;
	private final Flash flash;

	PermintaanDataKelolaController(PermintaanDataService service, JejakLayanan jejak, Flash flash) {
		this.service = service;
		this.jejak = jejak;
		this.flash = flash;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('WALIDATA', 'KEPALA_DINAS', 'KEPALA_BIDANG', 'SUB_KOORDINATOR', 'PETUGAS_LAYANAN', 'ADMIN')")
	String daftar(@RequestParam(name = "page", defaultValue = "0") int halaman, Model model) {
		model.addAttribute("halaman", service.daftar(halaman));
		return "layanan/kelola/permintaan-data-daftar";
	}

	@GetMapping("/{nomor}")
	String rincian(@PathVariable String nomor, Model model) {
		PermintaanDataService.Rincian r = service.lihat(nomor);
		model.addAttribute("r", r);
		model.addAttribute("t", r.permintaan());
		model.addAttribute("d", r.data());
		model.addAttribute("riwayat", jejak.riwayat(RiwayatLayanan.PERMINTAAN, r.permintaan().getId()));
		service.usulan(r.data()).ifPresent(u -> {
			model.addAttribute("usulan", u);
			service.terbit(u).ifPresent(ds -> model.addAttribute("terbit", ds.ringkas()));
		});
		boolean walidata = r.pribadi() && service.bolehUsulkan(r.data());
		model.addAttribute("bolehUsulkan", walidata);
		if (walidata) {
			model.addAttribute("produsen", service.produsen(r.data().getOrganisasiId()));
			model.addAttribute("tahunUsulan", service.tahunUsulan());
		}
		model.addAttribute("bolehJawab", r.pribadi() && r.permintaan().getStatus() == StatusPermintaan.DIPROSES);
		return "layanan/kelola/permintaan-data";
	}

	@PostMapping("/{nomor}/jawab")
	String jawab(@PathVariable String nomor, @RequestParam(required = false) String dataset,
			@RequestParam(required = false) String hasil, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/permintaan-data/" + nomor, () -> {
			service.jawab(nomor, dataset, hasil, version);
			flash.success(redirect, "layanan.permintaanData.dijawab");
		});
	}

	@PostMapping("/{nomor}/usulkan")
	String usulkan(@PathVariable String nomor, @RequestParam(required = false) Long produsenUnitId,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/permintaan-data/" + nomor, () -> {
			service.usulkan(nomor, produsenUnitId);
			flash.success(redirect, "layanan.permintaanData.diusulkan");
		});
	}

}
