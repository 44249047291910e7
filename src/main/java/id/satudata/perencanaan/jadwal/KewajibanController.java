package id.satudata.perencanaan.jadwal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.daftardata.StatusEntri;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.internal.HariIni;
import id.satudata.perencanaan.internal.Label;

/**
 * What the logged-in producer's unit owes: the releases of its approved Daftar Data entries in a
 * year, with their due dates, how each stands and lateness (the collection module links its
 * upload journey from here), and its entries still proposed.
 */
@Controller
@RequestMapping("/kelola/kewajiban-data")
@PreAuthorize("hasAnyRole('PRODUSEN_DATA','WALIDATA_PENDUKUNG','WALIDATA','ADMIN')")
class KewajibanController {

	private final JadwalRilisService jadwal;
	private final JadwalRilisRepository entri;
	private final AksesPerencanaan akses;
	private final OrganisasiDirectory organisasi;
	private final Label label;
	private final HariIni hariIni;

	KewajibanController(JadwalRilisService jadwal, JadwalRilisRepository entri, AksesPerencanaan akses,
			OrganisasiDirectory organisasi, Label label, HariIni hariIni) {
		this.jadwal = jadwal;
		this.entri = entri;
		this.akses = akses;
		this.organisasi = organisasi;
		this.label = label;
		this.hariIni = hariIni;
	}

	@GetMapping
	String page(@RequestParam(required = false) Integer tahun, Model model) {
		LocalDate today = hariIni.tanggal();
		int year = tahun == null ? today.getYear() : tahun;
		List<UnitRef> unitRefs = akses.unitProdusen().stream().map(organisasi::unit).flatMap(Optional::stream)
			.sorted(Comparator.comparing(UnitRef::nama)).toList();
		Set<Long> units = unitRefs.stream().map(UnitRef::id).collect(java.util.stream.Collectors.toSet());
		model.addAttribute("tahun", year);
		model.addAttribute("unit", unitRefs);
		model.addAttribute("rilis", units.isEmpty() ? List.of()
				: jadwal.susun(entri.findByStatusAndProdusenUnitIdInAndTahun(StatusEntri.DISETUJUI, units, year), j -> true));
		model.addAttribute("diusulkan", units.isEmpty() ? List.of()
				: entri.findByStatusInAndProdusenUnitIdInAndTahunOrderByJudulAsc(
						EnumSet.of(StatusEntri.DRAFT, StatusEntri.MENUNGGU_PERSETUJUAN), units, year));
		model.addAttribute("namaUnit", label.unit(unitRefs.stream().map(UnitRef::organisasiId).distinct().toList()));
		model.addAttribute("hariIni", today);
		return "perencanaan/kelola/kewajiban";
	}

}
