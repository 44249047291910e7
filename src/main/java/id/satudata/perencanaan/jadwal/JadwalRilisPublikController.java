package id.satudata.perencanaan.jadwal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.TingkatOrganisasi;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.web.Messages;
import id.satudata.shared.web.NotFoundException;
import id.satudata.perencanaan.daftardata.DaftarData;
import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.daftardata.EntriRepository;
import id.satudata.perencanaan.daftardata.StatusEntri;
import id.satudata.perencanaan.internal.Label;
import id.satudata.perencanaan.monitoring.GrafikMonitoring;
import id.satudata.perencanaan.monitoring.MonitoringService;

/**
 * The public planning pages: the release calendar (month grid and list, filtered by OPD, topic,
 * priority and status) with its iCalendar feeds, the Data Prioritas with their progress, and the
 * monitoring summary. Only TERBUKA entries (and datasets) are shown, whoever looks.
 */
@Controller
class JadwalRilisPublikController {

	static final MediaType ICS = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final JadwalRilisService jadwal;
	private final MonitoringService monitoring;
	private final GrafikMonitoring grafik;
	private final HalamanPublik halaman;
	private final KalenderIcs ics;
	private final Katalog katalog;
	private final OrganisasiDirectory organisasi;
	private final EntriRepository entri;
	private final Label label;
	private final WorkingCalendar kalender;
	private final Messages messages;

	JadwalRilisPublikController(JadwalRilisService jadwal, MonitoringService monitoring, GrafikMonitoring grafik,
			HalamanPublik halaman, KalenderIcs ics, Katalog katalog, OrganisasiDirectory organisasi, EntriRepository entri,
			Label label, WorkingCalendar kalender, Messages messages) {
		this.jadwal = jadwal;
		this.monitoring = monitoring;
		this.grafik = grafik;
		this.halaman = halaman;
		this.ics = ics;
		this.katalog = katalog;
		this.organisasi = organisasi;
		this.entri = entri;
		this.label = label;
		this.kalender = kalender;
		this.messages = messages;
	}

	@GetMapping("/jadwal-rilis")
	String calendar(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) Integer bulan,
			@RequestParam(defaultValue = "bulan") String tampilan, @RequestParam(required = false) String opd,
			@RequestParam(required = false) String topik, @RequestParam(required = false) Boolean prioritas,
			@RequestParam(required = false) String status, Model model) {
		LocalDate today = jadwal.hariIni();
		int y = tahun == null ? today.getYear() : tahun;
		int m = bulan == null ? (tahun == null ? today.getMonthValue() : 1) : bulan;
		if (y < DaftarData.TAHUN_MIN || y > DaftarData.TAHUN_MAKS || m < 1 || m > 12) {
			throw new NotFoundException();
		}
		YearMonth ym = YearMonth.of(y, m);
		boolean daftar = "daftar".equals(tampilan);
		List<OrganisasiKatalog> opdPilihan = katalog.organisasi().stream()
			.sorted(Comparator.comparing(OrganisasiKatalog::pemerintah).thenComparing(OrganisasiKatalog::nama)).toList();
		Map<Long, String> slugOpd = opdPilihan.stream().collect(Collectors.toMap(OrganisasiKatalog::unitId,
				OrganisasiKatalog::slug, (a, b) -> a));
		HalamanPublik.Saring saring = new HalamanPublik.Saring(blank(opd), blank(topik), Boolean.TRUE.equals(prioritas),
				status != null && Set.of("DIRENCANAKAN", "TERBIT", "TERLAMBAT").contains(status) ? status : null);
		LocalDate from = daftar ? LocalDate.of(y, 1, 1) : ym.atDay(1).minusDays(7);
		LocalDate to = daftar ? LocalDate.of(y, 12, 31) : ym.atEndOfMonth().plusDays(7);
		List<Rilisan> rilis = jadwal.kalender(from, to, true).stream().filter(r -> saring.cocok(r, slugOpd)).toList();
		model.addAttribute("tahun", y);
		model.addAttribute("bulan", ym);
		model.addAttribute("sebelumnya", ym.minusMonths(1));
		model.addAttribute("berikutnya", ym.plusMonths(1));
		model.addAttribute("tampilan", daftar ? "daftar" : "bulan");
		model.addAttribute("saring", saring);
		model.addAttribute("rilis", rilis);
		model.addAttribute("minggu", daftar ? List.of() : halaman.bulan(ym, rilis, today));
		model.addAttribute("perBulan", rilis.stream().collect(Collectors.groupingBy(r -> YearMonth.from(
				r.jadwal().getTanggalRencana()), java.util.TreeMap::new, Collectors.toList())));
		model.addAttribute("opdPilihan", opdPilihan);
		model.addAttribute("topikPilihan", label.topikPilihan());
		model.addAttribute("slugOpd", slugOpd);
		model.addAttribute("namaUnit", opdPilihan.stream().collect(Collectors.toMap(OrganisasiKatalog::unitId,
				OrganisasiKatalog::nama, (a, b) -> a)));
		model.addAttribute("hariIni", today);
		return "perencanaan/jadwal-rilis";
	}

	@GetMapping("/jadwal-rilis.ics")
	ResponseEntity<String> icsAll() {
		return ResponseEntity.ok().contentType(ICS).body(ics.tulis(messages.get("jadwalRilis.judul"), feed(null),
				namaUnit(), kalender.zone()));
	}

	@GetMapping("/jadwal-rilis/{opd}.ics")
	ResponseEntity<String> icsOpd(@PathVariable String opd) {
		OrganisasiKatalog o = katalog.organisasi(opd).orElseThrow(() -> new NotFoundException("organisasi.galat.tidakAda"));
		return ResponseEntity.ok().contentType(ICS).body(ics.tulis(messages.get("jadwalRilis.judul") + " — " + o.nama(),
				feed(o.unitId()), namaUnit(), kalender.zone()));
	}

	@GetMapping("/data-prioritas")
	String priority(@RequestParam(required = false) Integer tahun, Model model) {
		LocalDate today = jadwal.hariIni();
		int y = tahun == null ? today.getYear() : tahun;
		List<Entri> approved = entri.findByStatusAndPrioritasTrue(StatusEntri.DISETUJUI).stream()
			.filter(e -> e.getTahun() == y).toList();
		List<Rilisan> rilis = jadwal.susun(approved, j -> true).stream().filter(jadwal::publik).toList();
		List<HalamanPublik.Prioritas> list = halaman.prioritas(rilis, today);
		Set<Long> linked = new HashSet<>();
		list.forEach(p -> {
			if (p.entri().getDatasetId() != null) {
				linked.add(p.entri().getDatasetId());
			}
		});
		HasilPencarian flagged = katalog.cari(new PencarianDataset(null, Map.of(PencarianDataset.Facet.PRIORITAS,
				List.of("true")), "NAMA", 0, 1000, List.of()));
		model.addAttribute("tahun", y);
		model.addAttribute("prioritas", list);
		model.addAttribute("lainnya", flagged.hasil().stream().filter(d -> !linked.contains(d.id())).toList());
		model.addAttribute("namaUnit", namaUnit());
		model.addAttribute("namaOrganisasi", label.organisasi());
		return "perencanaan/data-prioritas";
	}

	@GetMapping("/monitoring")
	String summary(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) Long organisasi,
			Model model) {
		MonitoringService.Dasbor d = dasbor(tahun, organisasi);
		model.addAttribute("d", d);
		model.addAttribute("organisasiPilihan", this.organisasi.semuaOrganisasi().stream()
			.filter(o -> o.aktif() && o.tingkat() != TingkatOrganisasi.NASIONAL || o.id() == d.organisasi().id()).toList());
		model.addAttribute("slugOpd", label.slugOpd());
		return "perencanaan/monitoring";
	}

	@GetMapping(value = "/monitoring/grafik.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> summaryChart(@RequestParam(required = false) Integer tahun,
			@RequestParam(required = false) Long organisasi) {
		return grafik.json(dasbor(tahun, organisasi), null);
	}

	private MonitoringService.Dasbor dasbor(Integer tahun, Long organisasiId) {
		int y = tahun == null ? jadwal.hariIni().getYear() : tahun;
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

	/** The public releases from the start of last year on (of one producer unit). */
	private List<Rilisan> feed(Long unitId) {
		int y = jadwal.hariIni().getYear();
		return jadwal.kalender(LocalDate.of(y - 1, 1, 1), LocalDate.of(DaftarData.TAHUN_MAKS + 1, 12, 31), true).stream()
			.filter(r -> unitId == null || r.entri().getProdusenUnitId() == unitId).toList();
	}

	private Map<Long, String> namaUnit() {
		return katalog.organisasi().stream().collect(Collectors.toMap(OrganisasiKatalog::unitId, OrganisasiKatalog::nama,
				(a, b) -> a));
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
