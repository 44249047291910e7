package id.satudata.referensi.padanan;

import static id.satudata.referensi.kode.KodeReferensiPublicController.PAGE_SIZE;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.referensi.internal.Halaman;
import id.satudata.referensi.kode.DaftarKode;
import id.satudata.shared.web.NotFoundException;

/** The public page of a crosswalk between two public code lists: its pairs, filtered by either code. */
@Controller
class PadananPublicController {

	private final PadananService service;

	PadananPublicController(PadananService service) {
		this.service = service;
	}

	@GetMapping("/kode-referensi/padanan/{slug}")
	String crosswalk(@PathVariable String slug, @RequestParam(required = false) String sumber,
			@RequestParam(required = false) String target, @RequestParam(defaultValue = "0") int page, Model model) {
		Padanan p = service.padanan(slug);
		DaftarKode daftarSumber = service.daftar(p.getSumberDaftarId());
		DaftarKode daftarTarget = service.daftar(p.getTargetDaftarId());
		if (!daftarSumber.isPublik() || !daftarTarget.isPublik()) {
			throw new NotFoundException("padanan.galat.tidakAda");
		}
		int pg = Halaman.safePage(page);
		List<PasanganKode> pairs = service.pasangan(p, sumber, target, PAGE_SIZE + 1, pg * PAGE_SIZE);
		model.addAttribute("padanan", p);
		model.addAttribute("daftarSumber", daftarSumber);
		model.addAttribute("daftarTarget", daftarTarget);
		model.addAttribute("pasangan", pairs.size() > PAGE_SIZE ? pairs.subList(0, PAGE_SIZE) : pairs);
		model.addAttribute("adaBerikutnya", pairs.size() > PAGE_SIZE);
		model.addAttribute("halaman", pg);
		model.addAttribute("sumber", sumber);
		model.addAttribute("target", target);
		model.addAttribute("bisaKelola", service.canManage(p));
		return "referensi/padanan";
	}

}
