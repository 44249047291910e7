package id.satudata.perencanaan.jadwal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.katalog.Katalog;
import id.satudata.katalog.OrganisasiKatalog;
import id.satudata.perencanaan.daftardata.DaftarData;
import id.satudata.perencanaan.internal.HariIni;
import id.satudata.perencanaan.internal.Label;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.web.Messages;
import id.satudata.shared.web.NotFoundException;

/**
 * The public release calendar: a month grid, or a year's list page by page, filtered by OPD, topic,
 * priority and status; and its iCalendar feeds (all, or one OPD's). Only TERBUKA entries (and
 * datasets) are shown, whoever looks.
 */
@Controller
class JadwalRilisController {

	static final MediaType ICS = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final KalenderPublik kalenderPublik;
	private final KalenderIcs ics;
	private final Katalog katalog;
	private final Label label;
	private final HariIni hariIni;
	private final WorkingCalendar kalender;
	private final Messages messages;

	JadwalRilisController(KalenderPublik kalenderPublik, KalenderIcs ics, Katalog katalog, Label label, HariIni hariIni,
			WorkingCalendar kalender, Messages messages) {
		this.kalenderPublik = kalenderPublik;
		this.ics = ics;
		this.katalog = katalog;
		this.label = label;
		this.hariIni = hariIni;
		this.kalender = kalender;
		this.messages = messages;
	}

	@GetMapping("/jadwal-rilis")
	String calendar(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) Integer bulan,
			@RequestParam(defaultValue = "bulan") String tampilan, @RequestParam(required = false) String opd,
			@RequestParam(required = false) String topik, @RequestParam(required = false) Boolean prioritas,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate today = hariIni.tanggal();
		int y = tahun == null ? today.getYear() : tahun;
		int m = bulan == null ? (tahun == null ? today.getMonthValue() : 1) : bulan;
		if (y < DaftarData.TAHUN_MIN || y > DaftarData.TAHUN_MAKS || m < 1 || m > 12) {
			throw new NotFoundException();
		}
		YearMonth ym = YearMonth.of(y, m);
		boolean daftar = "daftar".equals(tampilan);
		List<OrganisasiKatalog> opdPilihan = katalog.organisasi().stream()
			.sorted(Comparator.comparing(OrganisasiKatalog::pemerintah).thenComparing(OrganisasiKatalog::nama)).toList();
		KalenderPublik.Saring saring = KalenderPublik.Saring.dari(opd, topik, prioritas, status);
		List<List<KalenderPublik.Hari>> minggu = List.of();
		List<Rilisan> rilis;
		if (daftar) {
			Page<Rilisan> halaman = kalenderPublik.halaman(saring, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), page);
			model.addAttribute("halaman", halaman);
			rilis = halaman.getContent();
		}
		else {
			rilis = kalenderPublik.rilis(saring, ym.atDay(1).minusDays(7), ym.atEndOfMonth().plusDays(7));
			minggu = kalenderPublik.bulan(ym, rilis, today);
		}
		model.addAttribute("tahun", y);
		model.addAttribute("bulan", ym);
		model.addAttribute("sebelumnya", ym.minusMonths(1));
		model.addAttribute("berikutnya", ym.plusMonths(1));
		model.addAttribute("tampilan", daftar ? "daftar" : "bulan");
		model.addAttribute("saring", saring);
		model.addAttribute("rilis", rilis);
		model.addAttribute("minggu", minggu);
		model.addAttribute("perBulan", rilis.stream().collect(Collectors.groupingBy(r -> YearMonth.from(
				r.jadwal().getTanggalRencana()), TreeMap::new, Collectors.toList())));
		model.addAttribute("opdPilihan", opdPilihan);
		model.addAttribute("topikPilihan", label.topikPilihan());
		model.addAttribute("slugOpd", opdPilihan.stream().collect(Collectors.toMap(OrganisasiKatalog::unitId,
				OrganisasiKatalog::slug, (a, b) -> a)));
		model.addAttribute("namaUnit", namaUnit(opdPilihan));
		model.addAttribute("hariIni", today);
		return "perencanaan/jadwal-rilis";
	}

	@GetMapping("/jadwal-rilis.ics")
	ResponseEntity<String> icsAll() {
		return ResponseEntity.ok().contentType(ICS).body(ics.write(messages.get("jadwalRilis.judul"),
				feed(KalenderPublik.Saring.dari(null, null, false, null)), namaUnit(katalog.organisasi()), kalender.zone()));
	}

	@GetMapping("/jadwal-rilis/{opd}.ics")
	ResponseEntity<String> icsOpd(@PathVariable String opd) {
		OrganisasiKatalog o = katalog.organisasi(opd).orElseThrow(() -> new NotFoundException("organisasi.galat.tidakAda"));
		return ResponseEntity.ok().contentType(ICS).body(ics.write(messages.get("jadwalRilis.judul") + " — " + o.nama(),
				feed(KalenderPublik.Saring.opd(o.slug())), namaUnit(katalog.organisasi()), kalender.zone()));
	}

	/** The public releases from the start of last year on. */
	private List<Rilisan> feed(KalenderPublik.Saring saring) {
		int y = hariIni.tanggal().getYear();
		return kalenderPublik.rilis(saring, LocalDate.of(y - 1, 1, 1), LocalDate.of(DaftarData.TAHUN_MAKS + 1, 12, 31));
	}

	private static Map<Long, String> namaUnit(List<OrganisasiKatalog> opd) {
		return opd.stream().collect(Collectors.toMap(OrganisasiKatalog::unitId, OrganisasiKatalog::nama, (a, b) -> a));
	}

}
