package id.satudata.perencanaan.monitoring;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.TingkatOrganisasi;
import id.satudata.perencanaan.daftardata.DaftarData;
import id.satudata.perencanaan.internal.HariIni;
import id.satudata.perencanaan.internal.Label;
import id.satudata.shared.web.NotFoundException;

/**
 * The public monitoring summary of an organization's year (the first province unless another is
 * chosen) and its charts; only what the public may see (TERBUKA entries and datasets) counts.
 */
@Controller
class MonitoringPublikController {

	private final MonitoringService monitoring;
	private final GrafikMonitoring grafik;
	private final OrganisasiDirectory organisasi;
	private final Label label;
	private final PenggunaanMonitoring penggunaan;
	private final HariIni hariIni;

	MonitoringPublikController(MonitoringService monitoring, GrafikMonitoring grafik, OrganisasiDirectory organisasi,
			Label label, HariIni hariIni, PenggunaanMonitoring penggunaan) {
		this.penggunaan = penggunaan;
		this.monitoring = monitoring;
		this.grafik = grafik;
		this.organisasi = organisasi;
		this.label = label;
		this.hariIni = hariIni;
	}

	@GetMapping("/monitoring")
	String summary(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) Long organisasi,
			Model model) {
		MonitoringService.Dasbor d = dasbor(tahun, organisasi);
		model.addAttribute("d", d);
		model.addAttribute("organisasiPilihan", this.organisasi.semuaOrganisasi().stream()
			.filter(o -> o.aktif() && o.tingkat() != TingkatOrganisasi.NASIONAL || o.id() == d.organisasi().id()).toList());
		model.addAttribute("slugOpd", label.slugOpd());
		penggunaan.isi(model, d.organisasi().id(), d.tahun());
		return "perencanaan/monitoring";
	}

	@GetMapping(value = "/monitoring/grafik.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> summaryChart(@RequestParam(required = false) Integer tahun,
			@RequestParam(required = false) Long organisasi) {
		return grafik.json(dasbor(tahun, organisasi), null);
	}

	private MonitoringService.Dasbor dasbor(Integer tahun, Long organisasiId) {
		int y = tahun == null ? hariIni.tanggal().getYear() : tahun;
		if (y < DaftarData.TAHUN_MIN || y > DaftarData.TAHUN_MAKS) {
			throw new NotFoundException();
		}
		OrganisasiRef org = organisasiId == null ? bawaan()
				: organisasi.organisasi(organisasiId).filter(OrganisasiRef::aktif).orElseThrow(NotFoundException::new);
		return monitoring.dasbor(org, y, true);
	}

	/** The first province (the demo's Bangka Belitung; a province hosting its kabupaten/kota). */
	private OrganisasiRef bawaan() {
		List<OrganisasiRef> all = organisasi.semuaOrganisasi();
		return all.stream().filter(o -> o.tingkat() == TingkatOrganisasi.PROVINSI && o.aktif()).findFirst()
			.orElse(all.stream().findFirst().orElseThrow(NotFoundException::new));
	}

}
