package id.satudata.pengumpulan.kewajiban;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.katalog.DatasetDetail;
import id.satudata.pemeriksaan.Pemeriksaan;
import id.satudata.pengumpulan.aturan.AturanService;
import id.satudata.pengumpulan.internal.AksesProdusen;
import id.satudata.pengumpulan.unggahan.TemplatXlsx;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.UserFacingException;

/**
 * The start of the producer's journey: what the OPD owes ({@code /kelola/pengumpulan}), and a
 * dataset's page ({@code /kelola/pengumpulan/dataset/{id}}) with its submissions, its rules, its Excel
 * template and a new submission for a period. URL rules admit Produsen Data; only the datasets of the
 * user's units are found.
 */
@Controller
@RequestMapping("/kelola/pengumpulan")
@PreAuthorize("hasRole('PRODUSEN_DATA')")
class PengumpulanController {

	private final KewajibanService kewajiban;
	private final AksesProdusen akses;
	private final Pemeriksaan pemeriksaan;
	private final TemplatXlsx templat;
	private final AturanService aturan;
	private final Flash flash;
	private final Clock clock;
	private final id.satudata.pengumpulan.unggahan.UnggahanService unggahan;

	/** The organization's upload files kept against its quota (0: none), for the dataset page. */
	record KuotaUnggahan(long terpakai, long kuota) {

		public String terpakaiMb() {
			return id.satudata.pengumpulan.unggahan.UnggahanService.mb(terpakai);
		}

		public String kuotaMb() {
			return id.satudata.pengumpulan.unggahan.UnggahanService.mb(kuota);
		}

	}

	PengumpulanController(KewajibanService kewajiban, AksesProdusen akses, Pemeriksaan pemeriksaan, TemplatXlsx templat,
			AturanService aturan, Flash flash, Clock clock, id.satudata.pengumpulan.unggahan.UnggahanService unggahan) {
		this.unggahan = unggahan;
		this.kewajiban = kewajiban;
		this.akses = akses;
		this.pemeriksaan = pemeriksaan;
		this.templat = templat;
		this.aturan = aturan;
		this.flash = flash;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("jadwal", kewajiban.jadwal());
		model.addAttribute("kewajiban", kewajiban.kewajiban());
		return "pengumpulan/daftar";
	}

	@GetMapping("/dataset/{id}")
	String dataset(@PathVariable long id, Model model) {
		DatasetDetail d = akses.dataset(id);
		model.addAttribute("dataset", d);
		model.addAttribute("pengajuan", pemeriksaan.untukDataset(id));
		model.addAttribute("aturan", aturan.daftar(id));
		model.addAttribute("kuotaUnggahan", new KuotaUnggahan(unggahan.terpakai(d.ringkas().organisasiId()), unggahan.kuota()));
		model.addAttribute("periodeBerikutnya",
				KewajibanService.periodeTerakhirSelesai(d.ringkas().frekuensi(), LocalDate.now(clock)));
		return "pengumpulan/dataset";
	}

	@GetMapping("/dataset/{id}/templat.xlsx")
	void template(@PathVariable long id, @RequestParam(required = false) String periode, HttpServletResponse response)
			throws IOException {
		DatasetDetail d = akses.dataset(id);
		if (d.kolom().isEmpty()) {
			throw new UserFacingException("rilis.galat.tanpaSkema");
		}
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"templat-" + d.ringkas().slug() + ".xlsx\"");
		templat.write(d, periode, response.getOutputStream());
	}

	@PostMapping("/dataset/{id}/pengajuan")
	String start(@PathVariable long id, @RequestParam(required = false) String periode, RedirectAttributes redirect) {
		return flash.attempt(redirect, () -> "/kelola/pengumpulan/pengajuan/" + pemeriksaan.bukaAtauBuat(id, periode).id(),
				"/kelola/pengumpulan/dataset/" + id);
	}

}
