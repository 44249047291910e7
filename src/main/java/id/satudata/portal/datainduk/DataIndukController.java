package id.satudata.portal.datainduk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.PencarianDataset;
import id.satudata.katalog.PencarianDataset.Facet;
import id.satudata.perencanaan.JadwalRilisLookup;

/** Data Induk: the master datasets, by producer, with their next scheduled releases. */
@Controller
class DataIndukController {

	private final Katalog katalog;
	private final JadwalRilisLookup berikutnya;
	private final Clock clock;

	DataIndukController(Katalog katalog, JadwalRilisLookup berikutnya, Clock clock) {
		this.katalog = katalog;
		this.berikutnya = berikutnya;
		this.clock = clock;
	}

	@GetMapping("/data-induk")
	String dataInduk(Model model) {
		HasilPencarian hasil = katalog.cari(new PencarianDataset(null, Map.of(Facet.DATA_INDUK, List.of("true")),
				"NAMA", 0, 1000, List.of(Facet.ORGANISASI)));
		model.addAttribute("hasil", hasil);
		model.addAttribute("berikutnya", berikutnya.berikutnya(hasil.hasil().stream().map(d -> d.id()).toList(),
				LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")))));
		model.addAttribute("halaman", "induk");
		return "portal/daftar-khusus";
	}

}
