package id.satudata.layanan.permintaan;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.layanan.internal.LayananProperties;
import id.satudata.layanan.tiket.AntiSpam;
import id.satudata.layanan.tiket.HalamanTiket;

/**
 * "Minta data" ({@code /layanan/permintaan-data}): the form for data the catalog lacks, linked from
 * an empty search (with its words) and from every dataset page. Anyone may file (an anonymous
 * requester gives an e-mail address); bots and floods are held off as on every public form of the
 * service desk (honeypot, hourly limit per address).
 */
@Controller
@RequestMapping("/layanan/permintaan-data")
class PermintaanDataPublikController {

	private final PermintaanDataService service;
	private final HalamanTiket halaman;
	private final LayananProperties properties;

	PermintaanDataPublikController(PermintaanDataService service, HalamanTiket halaman, LayananProperties properties) {
		this.service = service;
		this.halaman = halaman;
		this.properties = properties;
	}

	@InitBinder("permintaanDataForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields(PermintaanDataForm.FIELDS);
	}

	@GetMapping
	String form(@RequestParam(required = false) String q, Model model) {
		PermintaanDataForm f = halaman.publicForm(new PermintaanDataForm());
		if (q != null && !q.isBlank()) {
			String kata = q.strip();
			f.setKataKunci(kata.length() > 200 ? kata.substring(0, 200) : kata);
			f.setPerihal(kata.length() > 200 ? kata.substring(0, 200) : kata);
		}
		model.addAttribute(f);
		return formulir(model);
	}

	@PostMapping
	String ajukan(@ModelAttribute PermintaanDataForm permintaanDataForm, BindingResult result,
			@RequestParam(name = AntiSpam.HONEYPOT, required = false) String situs, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return halaman.filePublic(request, situs, result, redirect, () -> service.ajukan(permintaanDataForm))
			.orElseGet(() -> formulir(model));
	}

	private String formulir(Model model) {
		halaman.publicFormModel(model);
		model.addAttribute("cakupan", service.cakupan());
		model.addAttribute("sla", JenisLayanan.PERMINTAAN_DATA.sla(properties));
		return "layanan/publik/permintaan-data";
	}

}
