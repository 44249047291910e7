package id.satudata.ppid.permohonan;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.shared.web.Flash;
import id.satudata.shared.web.NotFoundException;

/** "Permohonan saya": the requester's own requests with their clocks, withdrawal and objection. */
@Controller
@RequestMapping("/kelola/permohonan-saya")
@PreAuthorize("isAuthenticated()")
class PermohonanSayaController {

	private final PermohonanService service;
	private final HalamanPermohonan halaman;
	private final Flash flash;

	PermohonanSayaController(PermohonanService service, HalamanPermohonan halaman, Flash flash) {
		this.service = service;
		this.halaman = halaman;
		this.flash = flash;
	}

	@GetMapping
	String daftar(Model model) {
		model.addAttribute("daftar", halaman.baris(service.milikSaya()));
		return "ppid/saya";
	}

	@GetMapping("/{nomor}")
	String permohonan(@PathVariable String nomor, Model model) {
		Permohonan p = milikSaya(nomor);
		halaman.isi(model, p, PermohonanService.tautanSaya(nomor));
		return "ppid/permohonan";
	}

	@GetMapping("/{nomor}/surat.pdf")
	ResponseEntity<byte[]> surat(@PathVariable String nomor) {
		milikSaya(nomor);
		return PermohonanKelolaController.pdf(service.surat(nomor), nomor);
	}

	@PostMapping("/{nomor}/batalkan")
	String batalkan(@PathVariable String nomor, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		milikSaya(nomor);
		return flash.attempt(redirect, PermohonanService.tautanSaya(nomor), () -> {
			service.jalankan(nomor, AksiPermohonan.BATALKAN, null, version);
			flash.success(redirect, "ppid.sukses.BATALKAN");
		});
	}

	@PostMapping("/{nomor}/keberatan")
	String keberatan(@PathVariable String nomor, @RequestParam(required = false) AlasanKeberatan alasanKeberatan,
			@RequestParam(required = false) String uraian, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		milikSaya(nomor);
		return flash.attempt(redirect, PermohonanService.tautanSaya(nomor), () -> {
			service.ajukanKeberatan(nomor, alasanKeberatan, uraian, version);
			flash.success(redirect, "ppid.sukses.AJUKAN_KEBERATAN");
		});
	}

	private Permohonan milikSaya(String nomor) {
		Permohonan p = service.lihat(nomor);
		if (!service.peran(p).contains(PeranPermohonan.PEMOHON)) {
			throw new NotFoundException("ppid.galat.tidakAda");
		}
		return p;
	}

}
