package id.satudata.ppid.permohonan;

import java.time.LocalDate;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * The register book {@code /kelola/ppid} and a request's page for the PPID, those asked for a view
 * and the superior; every step is checked again by {@link PermohonanService}.
 */
@Controller
@RequestMapping("/kelola/ppid")
class PermohonanKelolaController {

	private final PermohonanService service;
	private final HalamanPermohonan halaman;
	private final Flash flash;

	PermohonanKelolaController(PermohonanService service, HalamanPermohonan halaman, Flash flash) {
		this.service = service;
		this.halaman = halaman;
		this.flash = flash;
	}

	@GetMapping
	String register(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<Permohonan> hasil = service.register(page);
		model.addAttribute("daftar", halaman.baris(hasil.getContent()));
		model.addAttribute("halaman", hasil.getNumber());
		model.addAttribute("jumlahHalaman", hasil.getTotalPages());
		return "ppid/register";
	}

	@GetMapping("/{nomor}")
	String permohonan(@PathVariable String nomor, Model model) {
		halaman.isi(model, service.lihat(nomor), PermohonanService.tautanKelola(nomor));
		return "ppid/permohonan";
	}

	@GetMapping("/{nomor}/surat.pdf")
	ResponseEntity<byte[]> surat(@PathVariable String nomor) {
		return pdf(service.surat(nomor), nomor);
	}

	static ResponseEntity<byte[]> pdf(byte[] isi, String nomor) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("pemberitahuan-" + nomor + ".pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF).body(isi);
	}

	@PostMapping("/{nomor}/langkah")
	String langkah(@PathVariable String nomor, @RequestParam AksiPermohonan aksi,
			@RequestParam(required = false) String catatan, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, PermohonanService.tautanKelola(nomor), () -> {
			service.jalankan(nomor, aksi, catatan, version);
			flash.success(redirect, "ppid.sukses." + aksi.name());
		});
	}

	@PostMapping("/{nomor}/kabulkan")
	String kabulkan(@PathVariable String nomor, @RequestParam(required = false) String catatan,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return flash.attempt(redirect, PermohonanService.tautanKelola(nomor), () -> {
			service.kabulkan(nomor, catatan, sampai, version);
			flash.success(redirect, "ppid.sukses.KABULKAN");
		});
	}

	@PostMapping("/{nomor}/tolak")
	String tolak(@PathVariable String nomor, @RequestParam(required = false) AlasanPengecualian alasanPengecualian,
			@RequestParam(required = false) String ujiKonsekuensi, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, PermohonanService.tautanKelola(nomor), () -> {
			service.tolak(nomor, alasanPengecualian, ujiKonsekuensi, version);
			flash.success(redirect, "ppid.sukses.TOLAK");
		});
	}

	@PostMapping("/{nomor}/keberatan")
	String keberatan(@PathVariable String nomor, @RequestParam boolean terima,
			@RequestParam(required = false) String tanggapan,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return flash.attempt(redirect, PermohonanService.tautanKelola(nomor), () -> {
			service.putusKeberatan(nomor, terima, tanggapan, sampai, version);
			flash.success(redirect, terima ? "ppid.sukses.TERIMA_KEBERATAN" : "ppid.sukses.TOLAK_KEBERATAN");
		});
	}

	@PostMapping("/{nomor}/akses/{hak}/cabut")
	String cabut(@PathVariable String nomor, @PathVariable long hak, @RequestParam(required = false) String alasan,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, PermohonanService.tautanKelola(nomor), () -> {
			service.cabutAkses(nomor, hak, alasan);
			flash.success(redirect, "ppid.sukses.aksesDicabut");
		});
	}

}
