package id.satudata.perencanaan.prioritas;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.katalog.Akses;
import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.OrganisasiKatalog;
import id.satudata.katalog.PencarianDataset;
import id.satudata.perencanaan.daftardata.EntriRepository;
import id.satudata.perencanaan.daftardata.StatusEntri;
import id.satudata.perencanaan.internal.HariIni;
import id.satudata.perencanaan.internal.Label;
import id.satudata.perencanaan.jadwal.JadwalRilisService;
import id.satudata.perencanaan.jadwal.Rilisan;

/**
 * The public Data Prioritas of a year: the open (TERBUKA) entries the Forum made priority, with how
 * far their releases got, and the catalog's other datasets flagged as priority.
 */
@Controller
class DataPrioritasPublikController {

	private final EntriRepository entri;
	private final JadwalRilisService jadwal;
	private final Katalog katalog;
	private final Label label;
	private final HariIni hariIni;

	DataPrioritasPublikController(EntriRepository entri, JadwalRilisService jadwal, Katalog katalog, Label label,
			HariIni hariIni) {
		this.entri = entri;
		this.jadwal = jadwal;
		this.katalog = katalog;
		this.label = label;
		this.hariIni = hariIni;
	}

	@GetMapping("/data-prioritas")
	String priority(@RequestParam(required = false) Integer tahun, Model model) {
		LocalDate today = hariIni.tanggal();
		int y = tahun == null ? today.getYear() : tahun;
		List<Rilisan> rilis = jadwal.susun(entri.findByStatusAndTahunAndPrioritasTrueAndAkses(StatusEntri.DISETUJUI, y,
				Akses.TERBUKA), j -> true).stream().filter(jadwal::publik).toList();
		List<PrioritasPublik> list = PrioritasPublik.dari(rilis, today);
		Set<Long> linked = list.stream().map(p -> p.entri().getDatasetId()).filter(id -> id != null)
			.collect(Collectors.toSet());
		HasilPencarian flagged = katalog.cari(new PencarianDataset(null, Map.of(PencarianDataset.Facet.PRIORITAS,
				List.of("true")), "NAMA", 0, 1000, List.of()));
		model.addAttribute("tahun", y);
		model.addAttribute("prioritas", list);
		model.addAttribute("lainnya", flagged.hasil().stream().filter(d -> !linked.contains(d.id())).toList());
		model.addAttribute("namaUnit", katalog.organisasi().stream().collect(Collectors.toMap(OrganisasiKatalog::unitId,
				OrganisasiKatalog::nama, (a, b) -> a)));
		model.addAttribute("namaOrganisasi", label.organisasi());
		return "perencanaan/data-prioritas";
	}

}
