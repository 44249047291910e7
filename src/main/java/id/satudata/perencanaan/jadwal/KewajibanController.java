package id.satudata.perencanaan.jadwal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.daftardata.EntriRepository;
import id.satudata.perencanaan.daftardata.StatusEntri;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.internal.Label;

/**
 * What the logged-in producer's unit owes: the releases of its approved Daftar Data entries in a
 * year, with their due dates, how each stands and lateness (the collection module links its
 * upload journey from here).
 */
@Controller
@RequestMapping("/kelola/kewajiban-data")
@PreAuthorize("hasAnyRole('PRODUSEN_DATA','WALIDATA_PENDUKUNG','WALIDATA','ADMIN')")
class KewajibanController {

	private final JadwalRilisService jadwal;
	private final EntriRepository entri;
	private final AksesPerencanaan akses;
	private final OrganisasiDirectory organisasi;
	private final Label label;

	KewajibanController(JadwalRilisService jadwal, EntriRepository entri, AksesPerencanaan akses,
			OrganisasiDirectory organisasi, Label label) {
		this.jadwal = jadwal;
		this.entri = entri;
		this.akses = akses;
		this.organisasi = organisasi;
		this.label = label;
	}

	@GetMapping
	String page(@RequestParam(required = false) Integer tahun, Model model) {
		int year = tahun == null ? jadwal.hariIni().getYear() : tahun;
		Set<Long> units = akses.unitProdusen();
		List<UnitRef> unitRefs = units.stream().map(organisasi::unit).flatMap(java.util.Optional::stream)
			.sorted(java.util.Comparator.comparing(UnitRef::nama)).toList();
		List<Entri> owed = new ArrayList<>();
		List<Entri> proposed = new ArrayList<>();
		for (UnitRef u : unitRefs) {
			owed.addAll(entri.findByStatusAndProdusenUnitIdAndTahun(StatusEntri.DISETUJUI, u.id(), year));
			proposed.addAll(entri.findByStatusAndProdusenUnitIdAndTahun(StatusEntri.DRAFT, u.id(), year));
			proposed.addAll(entri.findByStatusAndProdusenUnitIdAndTahun(StatusEntri.MENUNGGU_PERSETUJUAN, u.id(), year));
		}
		model.addAttribute("tahun", year);
		model.addAttribute("unit", unitRefs);
		model.addAttribute("rilis", jadwal.susun(owed, j -> true));
		model.addAttribute("diusulkan", proposed);
		model.addAttribute("namaUnit", label.unit(unitRefs.stream().map(UnitRef::organisasiId).distinct().toList()));
		model.addAttribute("hariIni", jadwal.hariIni());
		return "perencanaan/kelola/kewajiban";
	}

}
