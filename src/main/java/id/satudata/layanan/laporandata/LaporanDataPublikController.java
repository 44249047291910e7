package id.satudata.layanan.laporandata;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.katalog.DatasetDetail;
import id.satudata.layanan.tiket.AntiSpam;
import id.satudata.layanan.tiket.HalamanTiket;

/**
 * "Laporkan masalah pada data": the report form of a public dataset on a page of its own
 * ({@code /dataset/{slug}/laporkan}, linked from the dataset's page, which stays cacheable without a
 * session); anyone may file, a logged-in user's report is linked to their account; bots and floods
 * are held off as on every public form of the service desk. A dataset the public does not see has
 * no form (404).
 */
@Controller
class LaporanDataPublikController {

	private final LaporanDataService service;
	private final HalamanTiket halaman;

	LaporanDataPublikController(LaporanDataService service, HalamanTiket halaman) {
		this.service = service;
		this.halaman = halaman;
	}

	@InitBinder("laporanDataForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields(LaporanDataForm.FIELDS);
	}

	@GetMapping("/dataset/{slug}/laporkan")
	String form(@PathVariable String slug, Model model) {
		DatasetDetail d = service.dataset(slug);
		model.addAttribute(halaman.publicForm(new LaporanDataForm()));
		return formulir(d, model);
	}

	@PostMapping("/dataset/{slug}/laporkan")
	String ajukan(@PathVariable String slug, @ModelAttribute LaporanDataForm laporanDataForm, BindingResult result,
			@RequestParam(name = AntiSpam.HONEYPOT, required = false) String situs, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		DatasetDetail d = service.dataset(slug);
		return halaman.filePublic(request, situs, result, redirect, () -> service.ajukan(slug, laporanDataForm))
			.orElseGet(() -> formulir(d, model));
	}

	private String formulir(DatasetDetail d, Model model) {
		halaman.publicFormModel(model);
		model.addAttribute("dataset", d.ringkas());
		model.addAttribute("masalahPilihan", MasalahData.values());
		model.addAttribute("batas", JenisTiketLaporanData.BATAS);
		return "layanan/publik/laporan-data";
	}

}
