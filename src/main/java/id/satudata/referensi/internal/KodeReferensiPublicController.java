package id.satudata.referensi.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.shared.web.NotFoundException;

/**
 * The public Kode Referensi pages: the lists, browsing a hierarchy level by level, searching by
 * name or code prefix (live, without a reload, where JavaScript runs), a code with its parents and
 * children, downloads.
 */
@Controller
class KodeReferensiPublicController {

	static final int PAGE_SIZE = 50;

	private final KodeReferensiService service;
	private final PadananService padanan;

	KodeReferensiPublicController(KodeReferensiService service, PadananService padanan) {
		this.service = service;
		this.padanan = padanan;
	}

	@GetMapping("/kode-referensi")
	String lists(Model model) {
		model.addAttribute("daftar", service.publicLists());
		model.addAttribute("padanan", padanan.all());
		return "referensi/daftar";
	}

	@GetMapping("/kode-referensi/{slug}")
	String browse(@PathVariable String slug, @RequestParam(required = false) String q,
			@RequestParam(required = false) String tingkat, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		DaftarKode daftar = service.readableDaftar(slug);
		int p = Halaman.safePage(page);
		boolean searching = (q != null && !q.isBlank()) || (tingkat != null && !tingkat.isBlank());
		Halaman<KodeItem> hasil = searching ? service.searchItems(daftar, q, tingkat, false, PAGE_SIZE, p * PAGE_SIZE)
				: new Halaman<>(service.childrenOf(daftar, null, false, PAGE_SIZE, p * PAGE_SIZE), p, PAGE_SIZE,
						service.countChildren(daftar, null, false));
		model.addAttribute("daftarKode", daftar);
		model.addAttribute("hasil", hasil);
		model.addAttribute("q", q);
		model.addAttribute("tingkat", tingkat);
		model.addAttribute("mencari", searching);
		model.addAttribute("semuaTingkat", service.levels(daftar));
		return htmx != null ? "referensi/daftar-kode :: hasil" : "referensi/daftar-kode";
	}

	@GetMapping("/kode-referensi/{slug}/{kode}")
	String kode(@PathVariable String slug, @PathVariable String kode, @RequestParam(defaultValue = "0") int page,
			Model model) {
		DaftarKode daftar = service.readableDaftar(slug);
		KodeItem item = service.item(daftar, kode).orElseThrow(() -> new NotFoundException("kodeReferensi.galat.kodeTidakAda"));
		int p = Halaman.safePage(page);
		model.addAttribute("daftarKode", daftar);
		model.addAttribute("item", item);
		model.addAttribute("leluhur", service.ancestorItems(daftar, item));
		model.addAttribute("anak", new Halaman<>(service.childrenOf(daftar, kode, false, PAGE_SIZE, p * PAGE_SIZE), p,
				PAGE_SIZE, service.countChildren(daftar, kode, false)));
		return "referensi/kode";
	}

	@GetMapping("/kode-referensi/{slug}/unduh.csv")
	void csv(@PathVariable String slug, HttpServletResponse response) throws IOException {
		download(slug, response, false);
	}

	@GetMapping("/kode-referensi/{slug}/unduh.xlsx")
	void xlsx(@PathVariable String slug, HttpServletResponse response) throws IOException {
		download(slug, response, true);
	}

	private void download(String slug, HttpServletResponse response, boolean xlsx) throws IOException {
		DaftarKode daftar = service.readableDaftar(slug);
		response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
				: "text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"kode-" + daftar.getSlug() + "-v"
				+ daftar.getVersi() + (xlsx ? ".xlsx" : ".csv") + "\"");
		service.exportTo(daftar, response.getOutputStream(), xlsx, false);
	}

	@GetMapping("/kode-referensi/padanan/{slug}")
	String crosswalk(@PathVariable String slug, @RequestParam(required = false) String sumber,
			@RequestParam(required = false) String target, @RequestParam(defaultValue = "0") int page, Model model) {
		Padanan p = padanan.padanan(slug);
		DaftarKode daftarSumber = padanan.daftar(p.getSumberDaftarId());
		DaftarKode daftarTarget = padanan.daftar(p.getTargetDaftarId());
		if (!daftarSumber.isPublik() || !daftarTarget.isPublik()) {
			throw new NotFoundException("padanan.galat.tidakAda");
		}
		int pg = Halaman.safePage(page);
		List<PasanganKode> pairs = padanan.pairs(p, sumber, target, PAGE_SIZE + 1, pg * PAGE_SIZE);
		model.addAttribute("padanan", p);
		model.addAttribute("daftarSumber", daftarSumber);
		model.addAttribute("daftarTarget", daftarTarget);
		model.addAttribute("pasangan", pairs.size() > PAGE_SIZE ? pairs.subList(0, PAGE_SIZE) : pairs);
		model.addAttribute("adaBerikutnya", pairs.size() > PAGE_SIZE);
		model.addAttribute("halaman", pg);
		model.addAttribute("sumber", sumber);
		model.addAttribute("target", target);
		model.addAttribute("bisaKelola", padanan.canManage(p));
		return "referensi/padanan";
	}

}
