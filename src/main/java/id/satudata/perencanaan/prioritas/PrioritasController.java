package id.satudata.perencanaan.prioritas;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.daftardata.EntriRepository;
import id.satudata.perencanaan.daftardata.StatusEntri;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.internal.HariIni;
import id.satudata.perencanaan.internal.Label;
import id.satudata.perencanaan.jadwal.JadwalRilisService;
import id.satudata.perencanaan.jadwal.Rilisan;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.InvalidFieldException;

/** Data Prioritas in the back office: the priority list with its progress, Bappeda's recommendations. */
@Controller
@RequestMapping("/kelola/data-prioritas")
@PreAuthorize("hasAnyRole('PRODUSEN_DATA','WALIDATA_PENDUKUNG','WALIDATA','PEMBINA_DATA','KOORDINATOR_FORUM','PPID',"
		+ "'KEPALA_DINAS','KEPALA_BIDANG','SUB_KOORDINATOR','PETUGAS_LAYANAN','ADMIN')")
class PrioritasController {

	private final PrioritasService service;
	private final EntriRepository entri;
	private final JadwalRilisService jadwal;
	private final HariIni hariIni;
	private final AksesPerencanaan akses;
	private final Label label;
	private final Flash flash;

	PrioritasController(PrioritasService service, EntriRepository entri, JadwalRilisService jadwal,
			AksesPerencanaan akses, Label label, Flash flash, HariIni hariIni) {
		this.service = service;
		this.entri = entri;
		this.jadwal = jadwal;
		this.akses = akses;
		this.label = label;
		this.flash = flash;
		this.hariIni = hariIni;
	}

	@GetMapping
	String page(@RequestParam(required = false) Integer tahun, Model model) {
		int year = tahun == null ? hariIni.tanggal().getYear() : tahun;
		Set<Long> orgs = akses.idOrganisasiTerlihat();
		List<Entri> prioritas = orgs.isEmpty() ? List.of()
				: entri.findByStatusAndTahunAndPrioritasTrueAndOrganisasiIdInOrderByJudulAsc(StatusEntri.DISETUJUI, year, orgs);
		Map<Long, List<Rilisan>> rilis = new HashMap<>();
		jadwal.susun(prioritas, j -> true).forEach(r -> rilis.computeIfAbsent(r.entri().getId(), k -> new ArrayList<>()).add(r));
		List<RekomendasiPrioritas> rekomendasi = service.daftar(orgs, year);
		Map<Long, Entri> byId = new HashMap<>();
		entri.findAllByIdIn(rekomendasi.stream().map(RekomendasiPrioritas::getEntriId).toList())
			.forEach(e -> byId.put(e.getId(), e));
		Set<Long> koordinator = akses.organisasiDengan(Peran.KOORDINATOR_FORUM);
		model.addAttribute("tahun", year);
		model.addAttribute("prioritas", prioritas);
		model.addAttribute("rilis", rilis);
		model.addAttribute("rekomendasi", rekomendasi);
		model.addAttribute("entriRekomendasi", byId);
		model.addAttribute("calon", koordinator.isEmpty() ? List.of()
				: entri.findByStatusInAndTahunAndPrioritasFalseAndOrganisasiIdInOrderByJudulAsc(EnumSet.of(StatusEntri.DRAFT,
						StatusEntri.MENUNGGU_PERSETUJUAN, StatusEntri.DISETUJUI), year, koordinator));
		model.addAttribute("kriteriaPilihan", KriteriaPrioritas.values());
		model.addAttribute("namaUnit", label.unit(orgs));
		model.addAttribute("namaOrganisasi", label.organisasi());
		return "perencanaan/kelola/data-prioritas";
	}

	@PostMapping("/rekomendasi")
	String recommend(@RequestParam(required = false) Long entriId,
			@RequestParam(name = "kriteria", required = false) List<KriteriaPrioritas> kriteria,
			@RequestParam(required = false) String justifikasi, RedirectAttributes redirect) {
		return flash.attempt(redirect, () -> {
			if (entriId == null) {
				throw new InvalidFieldException("entriId", "forum.galat.entri");
			}
			RekomendasiPrioritas r = service.rekomendasikan(entriId, kriteria == null ? Set.of() : EnumSet.copyOf(kriteria),
					justifikasi);
			flash.success(redirect, "prioritas.sukses.direkomendasikan");
			return "/kelola/data-prioritas?tahun=" + r.getTahun();
		}, "/kelola/data-prioritas");
	}

}
