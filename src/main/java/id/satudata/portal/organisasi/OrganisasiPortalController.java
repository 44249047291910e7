package id.satudata.portal.organisasi;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.CakupanPenggunaan;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.PenggunaanBulanan;
import id.satudata.katalog.PenggunaanData;
import id.satudata.katalog.OrganisasiKatalog;
import id.satudata.katalog.PencarianDataset;
import id.satudata.katalog.PencarianDataset.Facet;
import id.satudata.portal.internal.Halaman;
import id.satudata.shared.web.NotFoundException;

/** The producers: all of them by government, and one producer's page with its datasets. */
@Controller
class OrganisasiPortalController {

	private final Katalog katalog;
	private final PenggunaanData penggunaan;
	private final java.time.Clock clock;

	OrganisasiPortalController(Katalog katalog, PenggunaanData penggunaan, java.time.Clock clock) {
		this.katalog = katalog;
		this.penggunaan = penggunaan;
		this.clock = clock;
	}

	@GetMapping("/organisasi")
	String organisasi(Model model) {
		Map<String, List<OrganisasiKatalog>> kelompok = new TreeMap<>();
		katalog.organisasi().stream().sorted(Comparator.comparing(OrganisasiKatalog::nama))
			.forEach(o -> kelompok.computeIfAbsent(o.pemerintah(), k -> new ArrayList<>()).add(o));
		model.addAttribute("kelompok", kelompok);
		return "portal/organisasi-daftar";
	}

	@GetMapping("/organisasi/{slug}")
	String organisasi(@PathVariable String slug, @RequestParam(defaultValue = "1") String hal, Model model) {
		OrganisasiKatalog org = katalog.organisasi(slug).orElseThrow(() -> new NotFoundException("organisasi.galat.tidakAda"));
		int page = Halaman.parse(hal);
		HasilPencarian hasil = katalog.cari(new PencarianDataset(null, Map.of(Facet.ORGANISASI, List.of(slug)), "NAMA",
				(page - 1) * Halaman.UKURAN, Halaman.UKURAN, List.of()));
		model.addAttribute("org", org);
		model.addAttribute("hasil", hasil);
		model.addAttribute("halaman", page);
		model.addAttribute("jumlahHalaman", Halaman.jumlah(hasil.total()));
		// usage over the last twelve months of the producer's datasets the caller may see
		LocalDate sampai = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
		LocalDate dari = sampai.minusMonths(11).withDayOfMonth(1);
		CakupanPenggunaan cakupan = CakupanPenggunaan.unit(org.unitId());
		List<PenggunaanBulanan> bulanan = penggunaan.bulanan(cakupan, dari, sampai);
		model.addAttribute("penggunaanTotal", PenggunaanBulanan.total(bulanan));
		model.addAttribute("penggunaanBulanan", PenggunaanBulanan.perBulan(bulanan, dari, sampai));
		model.addAttribute("terbanyak", penggunaan.terbanyak(cakupan, dari, sampai, 5));
		return "portal/organisasi";
	}

}
