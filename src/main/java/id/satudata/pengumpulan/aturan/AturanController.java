package id.satudata.pengumpulan.aturan;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.datastore.Severity;
import id.satudata.katalog.DatasetDetail;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.InvalidFieldException;

/** The Walidata's page of a dataset's validation rules. */
@Controller
@RequestMapping("/kelola/pengumpulan/aturan")
@PreAuthorize("hasAnyRole('WALIDATA', 'ADMIN')")
class AturanController {

	private final AturanService service;
	private final Flash flash;

	AturanController(AturanService service, Flash flash) {
		this.service = service;
		this.flash = flash;
	}

	@GetMapping("/{datasetId}")
	String list(@PathVariable long datasetId, Model model) {
		DatasetDetail d = service.kelola(datasetId);
		model.addAttribute("dataset", d);
		model.addAttribute("aturan", service.daftar(datasetId));
		model.addAttribute("jenisAturan", JenisAturan.values());
		return "pengumpulan/aturan";
	}

	@PostMapping("/{datasetId}")
	String add(@PathVariable long datasetId, @RequestParam(required = false) JenisAturan jenis,
			@RequestParam(required = false) String kolom, @RequestParam(required = false) Severity tingkat,
			@RequestParam(required = false) String tingkatWilayah, @RequestParam(required = false) String kelompok,
			@RequestParam(required = false) String bagian, @RequestParam(required = false) String toleransi,
			@RequestParam(required = false) String batasPersen, @RequestParam(required = false) String kunci,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/pengumpulan/aturan/" + datasetId, () -> {
			BigDecimal batas = decimal(batasPersen, "batasPersen");
			service.tambah(datasetId, new AturanService.AturanBaru(jenis, kolom, tingkat, tingkatWilayah, list(kelompok),
					list(bagian), decimal(toleransi, "toleransi"),
					batas == null ? null : batas.movePointLeft(2), list(kunci)));
			flash.success(redirect, "pengumpulan.aturan.ditambah");
		});
	}

	@PostMapping("/{datasetId}/{id}/hapus")
	String remove(@PathVariable long datasetId, @PathVariable long id, RedirectAttributes redirect) {
		service.hapus(datasetId, id);
		flash.success(redirect, "pengumpulan.aturan.dihapus");
		return "redirect:/kelola/pengumpulan/aturan/" + datasetId;
	}

	private static List<String> list(String csv) {
		return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::strip).toList();
	}

	private static BigDecimal decimal(String s, String field) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(s.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException(field, "pengumpulan.validasi.angka");
		}
	}

}
