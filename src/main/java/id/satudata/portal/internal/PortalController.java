package id.satudata.portal.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.OrganisasiKatalog;
import id.satudata.katalog.PencarianDataset;
import id.satudata.katalog.PencarianDataset.Facet;
import id.satudata.perencanaan.JadwalRilisLookup;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.web.NotFoundException;

/**
 * Beranda, Tentang, organization pages, Data Induk, the sitemap. The release calendar and the Data
 * Prioritas pages are the planning module's; the next releases come from its Jadwal Rilis.
 */
@Controller
class PortalController {

	private final Katalog katalog;
	private final JadwalRilisLookup berikutnya;
	private final SatuDataProperties properties;
	private final java.time.Clock clock;

	PortalController(Katalog katalog, JadwalRilisLookup berikutnya, SatuDataProperties properties, java.time.Clock clock) {
		this.clock = clock;
		this.katalog = katalog;
		this.berikutnya = berikutnya;
		this.properties = properties;
	}

	@GetMapping("/")
	String beranda(Model model) {
		model.addAttribute("statistik", katalog.statistik());
		model.addAttribute("topik", katalog.topik().stream().filter(t -> t.jumlah() > 0).toList());
		model.addAttribute("terbaru", katalog.rilisTerbaru(6));
		HasilPencarian prioritas = katalog.cari(new PencarianDataset(null, Map.of(Facet.PRIORITAS, List.of("true")),
				"TERBARU", 0, 6, List.of()));
		model.addAttribute("prioritas", prioritas.hasil());
		model.addAttribute("berikutnya", berikutnya.berikutnyaPublik(hariIni(), 6));
		return "portal/beranda";
	}

	@GetMapping("/tentang")
	String tentang() {
		return "portal/tentang";
	}

	@GetMapping("/organisasi")
	String organisasi(Model model) {
		Map<String, List<OrganisasiKatalog>> kelompok = new java.util.TreeMap<>();
		katalog.organisasi().stream().sorted(java.util.Comparator.comparing(OrganisasiKatalog::nama))
			.forEach(o -> kelompok.computeIfAbsent(o.pemerintah(), k -> new java.util.ArrayList<>()).add(o));
		model.addAttribute("kelompok", kelompok);
		return "portal/organisasi-daftar";
	}

	@GetMapping("/organisasi/{slug}")
	String organisasi(@PathVariable String slug, @RequestParam(defaultValue = "1") String hal, Model model) {
		OrganisasiKatalog org = katalog.organisasi(slug).orElseThrow(() -> new NotFoundException("organisasi.galat.tidakAda"));
		int page = DatasetPortalController.parsePage(hal);
		HasilPencarian hasil = katalog.cari(new PencarianDataset(null, Map.of(Facet.ORGANISASI, List.of(slug)), "NAMA",
				(page - 1) * DatasetPortalController.PAGE, DatasetPortalController.PAGE, List.of()));
		model.addAttribute("org", org);
		model.addAttribute("hasil", hasil);
		model.addAttribute("halaman", page);
		model.addAttribute("jumlahHalaman", (int) Math.max(1, (hasil.total() + DatasetPortalController.PAGE - 1)
				/ DatasetPortalController.PAGE));
		return "portal/organisasi";
	}

	@GetMapping("/data-induk")
	String dataInduk(Model model) {
		HasilPencarian hasil = katalog.cari(new PencarianDataset(null, Map.of(Facet.DATA_INDUK, List.of("true")),
				"NAMA", 0, 1000, List.of(Facet.ORGANISASI)));
		model.addAttribute("hasil", hasil);
		model.addAttribute("berikutnya", berikutnya.berikutnya(hasil.hasil().stream().map(d -> d.id()).toList(), hariIni()));
		model.addAttribute("halaman", "induk");
		return "portal/daftar-khusus";
	}

	private java.time.LocalDate hariIni() {
		return java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta")));
	}

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@ResponseBody
	String sitemap() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		String base = properties.baseUrl();
		for (String path : List.of("/", "/dataset", "/organisasi", "/data-prioritas", "/data-induk", "/jadwal-rilis",
				"/monitoring", "/kode-referensi", "/tentang")) {
			url(xml, base + path, null);
		}
		// the public's view whoever asks: a signed-in administrator's sitemap lists no private dataset
		HasilPencarian all = katalog.cari(new PencarianDataset(null, Map.of(Facet.AKSES, List.of("TERBUKA"),
				Facet.DITAYANGKAN, List.of("true")), "NAMA", 0, 1000, List.of(Facet.ORGANISASI)));
		all.hasil().forEach(d -> url(xml, base + "/dataset/" + d.slug(), d.diubahPada()));
		if (all.total() > all.hasil().size()) {
			katalog.slugPublik().stream().skip(all.hasil().size()).forEach(s -> url(xml, base + "/dataset/" + s, null));
		}
		all.facet().getOrDefault(Facet.ORGANISASI, List.of())
			.forEach(o -> url(xml, base + "/organisasi/" + o.nilai(), null));
		return xml.append("</urlset>\n").toString();
	}

	private static void url(StringBuilder xml, String loc, Instant modified) {
		xml.append("  <url><loc>").append(org.springframework.web.util.HtmlUtils.htmlEscape(loc)).append("</loc>");
		if (modified != null) {
			xml.append("<lastmod>").append(modified.toString(), 0, 10).append("</lastmod>");
		}
		xml.append("</url>\n");
	}

}
