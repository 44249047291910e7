package id.satudata.portal.beranda;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.CakupanPenggunaan;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.PenggunaanData;
import id.satudata.katalog.PencarianDataset;
import id.satudata.katalog.PencarianDataset.Facet;
import id.satudata.perencanaan.JadwalRilisLookup;
import id.satudata.shared.SatuDataProperties;

/**
 * Beranda, Tentang and the sitemap. The release calendar and the Data Prioritas pages are the planning
 * module's; the next releases come from its Jadwal Rilis.
 */
@Controller
class BerandaController {

	private final Katalog katalog;
	private final JadwalRilisLookup berikutnya;
	private final SatuDataProperties properties;
	private final java.time.Clock clock;
	private final PenggunaanData penggunaan;

	BerandaController(Katalog katalog, JadwalRilisLookup berikutnya, SatuDataProperties properties, java.time.Clock clock,
			PenggunaanData penggunaan) {
		this.penggunaan = penggunaan;
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
		// the most used over the last 30 days, of what the caller may see
		model.addAttribute("terbanyak", penggunaan.terbanyak(CakupanPenggunaan.semua(), hariIni().minusDays(29), hariIni(), 6));
		return "portal/beranda";
	}

	@GetMapping("/tentang")
	String tentang() {
		return "portal/tentang";
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
