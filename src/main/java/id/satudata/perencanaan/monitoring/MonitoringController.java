package id.satudata.perencanaan.monitoring;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.TingkatOrganisasi;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.daftardata.DaftarData;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.internal.HariIni;
import id.satudata.perencanaan.internal.Label;
import id.satudata.perencanaan.jadwal.Rilisan;
import id.satudata.shared.web.NotFoundException;

/**
 * The monitoring dashboard for the Walidata, Bappeda and leadership: an organization per year,
 * per OPD and (for a province) its kabupaten/kota side by side; charts, drill-down to an OPD's
 * releases, XLSX and PDF.
 */
@Controller
@RequestMapping("/kelola/monitoring")
@PreAuthorize("hasAnyRole('WALIDATA','KOORDINATOR_FORUM','KEPALA_DINAS','KEPALA_BIDANG','ADMIN')")
class MonitoringController {

	private final MonitoringService monitoring;
	private final GrafikMonitoring grafik;
	private final EksporMonitoring ekspor;
	private final HariIni hariIni;
	private final AksesPerencanaan akses;
	private final OrganisasiDirectory organisasi;
	private final Label label;
	private final PenggunaanMonitoring penggunaan;

	MonitoringController(MonitoringService monitoring, GrafikMonitoring grafik, EksporMonitoring ekspor,
			HariIni hariIni, AksesPerencanaan akses, OrganisasiDirectory organisasi, Label label, PenggunaanMonitoring penggunaan) {
		this.penggunaan = penggunaan;
		this.monitoring = monitoring;
		this.grafik = grafik;
		this.ekspor = ekspor;
		this.hariIni = hariIni;
		this.akses = akses;
		this.organisasi = organisasi;
		this.label = label;
	}

	@GetMapping
	String page(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) Long organisasi,
			Model model) {
		MonitoringService.Dasbor d = dasbor(tahun, organisasi);
		model.addAttribute("d", d);
		model.addAttribute("organisasiPilihan", pilihan());
		model.addAttribute("namaUnit", label.unit(Set.of(d.organisasi().id())));
		model.addAttribute("dasar", "/kelola/monitoring");
		penggunaan.isi(model, d.organisasi().id(), d.tahun());
		return "perencanaan/kelola/monitoring";
	}

	@GetMapping(value = "/grafik.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> chart(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) Long organisasi) {
		MonitoringService.Dasbor d = dasbor(tahun, organisasi);
		return grafik.json(d, "/kelola/monitoring/opd/{id}?tahun=" + d.tahun());
	}

	@GetMapping("/opd/{unitId}")
	String opd(@PathVariable long unitId, @RequestParam(required = false) Integer tahun, Model model) {
		UnitRef unit = organisasi.unit(unitId).orElseThrow(NotFoundException::new);
		int year = tahun(tahun);
		OrganisasiRef org = dipantau(unit.organisasiId());
		List<Rilisan> rilis = monitoring.opd(unitId, year);
		model.addAttribute("tahun", year);
		model.addAttribute("organisasi", org);
		model.addAttribute("unit", unit);
		model.addAttribute("rilis", rilis);
		model.addAttribute("ringkasan", Ringkasan.dari(rilis, hariIni.tanggal()));
		return "perencanaan/kelola/monitoring-opd";
	}

	@GetMapping("/ekspor.xlsx")
	void xlsx(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) Long organisasi,
			HttpServletResponse response) throws IOException {
		MonitoringService.Dasbor d = dasbor(tahun, organisasi);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("monitoring-" + d.tahun() + "-" + d.organisasi().kodeWilayah() + ".xlsx").build().toString());
		ekspor.xlsx(d, label.unit(Set.of(d.organisasi().id())), response.getOutputStream());
	}

	@GetMapping("/ekspor.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) Long organisasi) {
		MonitoringService.Dasbor d = dasbor(tahun, organisasi);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("monitoring-" + d.tahun() + "-" + d.organisasi().kodeWilayah() + ".pdf").build().toString())
			.body(ekspor.pdf(d, label.unit(Set.of(d.organisasi().id()))));
	}

	private MonitoringService.Dasbor dasbor(Integer tahun, Long organisasiId) {
		int year = tahun(tahun);
		OrganisasiRef org = organisasiId == null
				? pilihan().stream().findFirst().orElseThrow(() -> new AccessDeniedException("No organization to monitor"))
				: dipantau(organisasiId);
		return monitoring.dasbor(org, year, false);
	}

	private int tahun(Integer tahun) {
		int year = tahun == null ? hariIni.tanggal().getYear() : tahun;
		if (year < DaftarData.TAHUN_MIN || year > DaftarData.TAHUN_MAKS) {
			throw new NotFoundException();
		}
		return year;
	}

	/** An organization the user may monitor. */
	private OrganisasiRef dipantau(long organisasiId) {
		if (!akses.bolehMonitoring(organisasiId)) {
			throw new AccessDeniedException("Not allowed to monitor this organization");
		}
		return organisasi.organisasi(organisasiId).orElseThrow(NotFoundException::new);
	}

	/** The organizations the user monitors, highest level first. */
	private List<OrganisasiRef> pilihan() {
		Set<Long> own = akses.organisasiPeran();
		return akses.organisasiMonitoring().stream()
			.sorted(Comparator.comparing((OrganisasiRef o) -> own.contains(o.id()) ? 0 : 1)
				.thenComparing(o -> urutan(o.tingkat())).thenComparing(OrganisasiRef::kodeWilayah))
			.collect(Collectors.toList());
	}

	static int urutan(TingkatOrganisasi t) {
		return switch (t) {
			case NASIONAL -> 2;
			case PROVINSI -> 0;
			case KABUPATEN_KOTA -> 1;
		};
	}

}
