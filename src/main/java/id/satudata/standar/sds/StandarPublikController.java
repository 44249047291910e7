package id.satudata.standar.sds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;
import id.satudata.standar.JenisStandar;
import id.satudata.standar.StandarView;

/**
 * The public SDS catalogue: browsing and searching the standards in force ({@code /standar-data},
 * htmx swaps the results as the user types), one standard with its versions, and the same as JSON
 * ({@code /api/v1/standar-data}).
 */
@Controller
class StandarPublikController {

	static final int BATAS = 50;

	private final KatalogStandarService katalog;

	StandarPublikController(KatalogStandarService katalog) {
		this.katalog = katalog;
	}

	@GetMapping("/standar-data")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) JenisStandar jenis,
			@RequestHeader(value = "HX-Request", required = false) String htmx,
			@RequestHeader(value = "HX-History-Restore-Request", required = false) String restore, Model model) {
		model.addAttribute("hasil", katalog.telusur(teks(q), jenis, BATAS));
		model.addAttribute("q", q);
		model.addAttribute("jenis", jenis);
		model.addAttribute("jenisPilihan", JenisStandar.values());
		return htmx != null && restore == null ? "standar/publik/daftar :: hasil" : "standar/publik/daftar";
	}

	@GetMapping("/standar-data/{kode}")
	String detail(@PathVariable String kode, @RequestParam(required = false) Integer versi, Model model) {
		List<StandarData> versions = katalog.versi(kode.toUpperCase(java.util.Locale.ROOT));
		if (versions.isEmpty()) {
			throw new NotFoundException("sds.galat.tidakAda");
		}
		StandarData s = versi == null ? versions.stream().filter(v -> v.getStatus() == id.satudata.standar.StatusStandar.BERLAKU)
			.findFirst().orElse(versions.get(0))
				: versions.stream().filter(v -> v.getVersi() == versi).findFirst().orElseThrow(() -> new NotFoundException("sds.galat.tidakAda"));
		model.addAttribute("s", KatalogStandarService.view(s));
		model.addAttribute("versi", versions.stream().map(KatalogStandarService::view).toList());
		model.addAttribute("konsep", s.getIsi().getKonsepKode() == null ? null : katalog.berlaku(s.getIsi().getKonsepKode()).orElse(null));
		model.addAttribute("klasifikasi", s.getIsi().getJenisValueDomain() == id.satudata.standar.JenisValueDomain.KLASIFIKASI
				? katalog.berlaku(s.getIsi().getValueDomain()).orElse(null) : null);
		model.addAttribute("turunan", katalog.dipakaiOleh(s.getKode()));
		return "standar/publik/detail";
	}

	@GetMapping("/api/v1/standar-data")
	@ResponseBody
	ResponseEntity<Map<String, Object>> api(@RequestParam(required = false) String q,
			@RequestParam(required = false) JenisStandar jenis, @RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > 500) {
			throw new UserFacingException("galat.parameter", "limit");
		}
		List<StandarView> hasil = katalog.telusur(teks(q), jenis, limit).stream().map(h -> KatalogStandarService.view(h.standar()))
			.toList();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("q", q);
		body.put("jenis", jenis);
		body.put("jumlah", hasil.size());
		body.put("hasil", hasil);
		return ResponseEntity.ok(body);
	}

	@GetMapping("/api/v1/standar-data/{kode}")
	@ResponseBody
	StandarView apiOne(@PathVariable String kode) {
		return katalog.berlaku(kode).orElseThrow(() -> new NotFoundException("sds.galat.tidakAda"));
	}

	private static String teks(String q) {
		if (q != null && q.length() > 300) {
			throw new UserFacingException("galat.parameter", "q");
		}
		return q;
	}

}
