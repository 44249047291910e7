package id.satudata.layanan.permintaan;

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

import id.satudata.layanan.internal.BarisBatas;
import id.satudata.layanan.internal.LayananProperties;
import id.satudata.layanan.tiket.AntiSpam;
import id.satudata.layanan.tiket.BerkasMasuk;
import id.satudata.layanan.tiket.HalamanTiket;

/**
 * The public request form at {@code /layanan}: anyone, without an account (a logged-in user's request
 * is also linked to their account), with the estimates of each type and the disposition chain's
 * targets beside it. After filing, the ticket number and its tracking code are shown once.
 */
@Controller
class PermintaanPublikController {

	private final PermintaanService service;
	private final HalamanTiket halaman;
	private final LayananProperties properties;

	PermintaanPublikController(PermintaanService service, HalamanTiket halaman, LayananProperties properties) {
		this.service = service;
		this.halaman = halaman;
		this.properties = properties;
	}

	@InitBinder("permintaanForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields(PermintaanForm.FIELDS_PUBLIK);
	}

	@GetMapping("/layanan")
	String form(Model model) {
		model.addAttribute("permintaanForm", halaman.publicForm(new PermintaanForm()));
		return formPage(model);
	}

	@PostMapping("/layanan")
	String ajukan(@ModelAttribute("permintaanForm") PermintaanForm form, BindingResult result,
			@RequestParam(name = "lampiran", required = false) List<MultipartFile> lampiran,
			@RequestParam(name = AntiSpam.HONEYPOT, required = false) String situs, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		return halaman.filePublic(request, situs, result, redirect, () -> service.ajukan(form, BerkasMasuk.dari(lampiran)))
			.orElseGet(() -> formPage(model));
	}

	private String formPage(Model model) {
		halaman.publicFormModel(model);
		model.addAttribute("jenisPilihan", JenisLayanan.values());
		model.addAttribute("sla", JenisLayanan.semuaSla(properties));
		model.addAttribute("disposisi", BarisBatas.disposisi(properties));
		return "layanan/publik/permintaan";
	}

}
