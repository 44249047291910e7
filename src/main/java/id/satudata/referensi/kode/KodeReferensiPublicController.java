package id.satudata.referensi.kode;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.referensi.internal.Halaman;
import id.satudata.referensi.padanan.PadananService;
import id.satudata.shared.web.NotFoundException;

/**
 * The public Kode Referensi pages: the lists (and the crosswalks, {@code /kode-referensi/padanan/*}),
 * browsing a hierarchy level by level, searching by name or code prefix (live, without a reload,
 * where JavaScript runs), a code with its parents and children, downloads.
 */
@Controller
public class KodeReferensiPublicController {

	public static final int PAGE_SIZE = 50;

	private final KodeReferensiService service;
	private final ImporEksporKode imporEkspor;
	private final PadananService padanan;

	KodeReferensiPublicController(KodeReferensiService service, ImporEksporKode imporEkspor, PadananService padanan) {
		this.service = service;
		this.imporEkspor = imporEkspor;
		this.padanan = padanan;
	}

	@GetMapping("/kode-referensi")
	String lists(Model model) {
		model.addAttribute("daftar", service.daftarPublik());
		model.addAttribute("padanan", padanan.semua());
		return "referensi/daftar";
	}

	@GetMapping("/kode-referensi/{slug}")
	String browse(@PathVariable String slug, @RequestParam(required = false) String q,
			@RequestParam(required = false) String tingkat, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		DaftarKode daftar = service.daftarTerbaca(slug);
		int p = Halaman.safePage(page);
		boolean searching = (q != null && !q.isBlank()) || (tingkat != null && !tingkat.isBlank());
		Halaman<KodeItem> hasil = searching ? service.cari(daftar, q, tingkat, false, PAGE_SIZE, p * PAGE_SIZE)
				: new Halaman<>(service.anak(daftar, null, false, PAGE_SIZE, p * PAGE_SIZE), p, PAGE_SIZE,
						service.hitungAnak(daftar, null, false));
		model.addAttribute("daftarKode", daftar);
		model.addAttribute("hasil", hasil);
		model.addAttribute("q", q);
		model.addAttribute("tingkat", tingkat);
		model.addAttribute("mencari", searching);
		model.addAttribute("semuaTingkat", service.daftarTingkat(daftar));
		return htmx != null ? "referensi/daftar-kode :: hasil" : "referensi/daftar-kode";
	}

	@GetMapping("/kode-referensi/{slug}/{kode}")
	String kode(@PathVariable String slug, @PathVariable String kode, @RequestParam(defaultValue = "0") int page,
			Model model) {
		DaftarKode daftar = service.daftarTerbaca(slug);
		KodeItem item = service.kode(daftar, kode).orElseThrow(() -> new NotFoundException("kodeReferensi.galat.kodeTidakAda"));
		int p = Halaman.safePage(page);
		model.addAttribute("daftarKode", daftar);
		model.addAttribute("item", item);
		model.addAttribute("leluhur", service.leluhur(daftar, item));
		model.addAttribute("anak", new Halaman<>(service.anak(daftar, kode, false, PAGE_SIZE, p * PAGE_SIZE), p,
				PAGE_SIZE, service.hitungAnak(daftar, kode, false)));
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
		DaftarKode daftar = service.daftarTerbaca(slug);
		response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
				: "text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"kode-" + daftar.getSlug() + "-v"
				+ daftar.getVersi() + (xlsx ? ".xlsx" : ".csv") + "\"");
		imporEkspor.exportTo(daftar, response.getOutputStream(), xlsx, false);
	}

}
