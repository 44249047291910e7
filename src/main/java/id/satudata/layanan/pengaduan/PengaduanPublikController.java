package id.satudata.layanan.pengaduan;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.layanan.internal.LayananProperties;
import id.satudata.layanan.tiket.AntiSpam;
import id.satudata.layanan.tiket.BerkasMasuk;
import id.satudata.layanan.tiket.HalamanTiket;

/**
 * The public complaint form at {@code /pengaduan}: anyone, without an account, with the tiers'
 * limits beside it. After filing, the ticket number and its tracking code are shown once.
 */
@Controller
class PengaduanPublikController {

	private final PengaduanService service;
	private final HalamanTiket halaman;
	private final LayananProperties properties;

	PengaduanPublikController(PengaduanService service, HalamanTiket halaman, LayananProperties properties) {
		this.service = service;
		this.halaman = halaman;
		this.properties = properties;
	}

	@InitBinder("pengaduanForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields(PengaduanForm.FIELDS_PUBLIK);
	}

	@GetMapping("/pengaduan")
	String form(Model model) {
		model.addAttribute("pengaduanForm", halaman.publicForm(new PengaduanForm()));
		return formPage(model);
	}

	@PostMapping("/pengaduan")
	String ajukan(@ModelAttribute("pengaduanForm") PengaduanForm form, BindingResult result,
			@RequestParam(name = "lampiran", required = false) List<MultipartFile> lampiran,
			@RequestParam(name = AntiSpam.HONEYPOT, required = false) String situs, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		return halaman.filePublic(request, situs, result, redirect, () -> service.ajukan(form, BerkasMasuk.dari(lampiran)))
			.orElseGet(() -> formPage(model));
	}

	private String formPage(Model model) {
		halaman.publicFormModel(model);
		model.addAttribute("kategoriPilihan", KategoriPengaduan.values());
		model.addAttribute("batasAduan", KategoriPengaduan.semuaBatas(properties));
		return "layanan/publik/pengaduan";
	}

}
