package id.satudata.ppid.permohonan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.satudata.katalog.Akses;
import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.PencarianDataset;

/**
 * The Daftar Informasi Publik every public body keeps (UU KIP; Perki 1/2021): generated from the
 * catalog — each published open dataset, its producer and when it was last published — and the list
 * of excepted information: each dataset whose request the PPID refused (the refusal standing), with
 * its Pasal 17 ground, the consequence test and the date of the decision. Public, the same for
 * whoever asks (only TERBUKA datasets are listed, whatever the reader may see; a refused dataset's
 * title was already public through its listed stub).
 */
@Controller
class DaftarInformasiPublikController {

	/** One page of the catalog read at a time. */
	private static final int HALAMAN = 500;

	/** An excepted dataset: its title, the ground, the consequence test and the latest decision. */
	record Dikecualikan(String judul, AlasanPengecualian alasan, String ujiKonsekuensi, Instant diputusPada) {
	}

	private final Katalog katalog;
	private final PermohonanRepository repository;

	DaftarInformasiPublikController(Katalog katalog, PermohonanRepository repository) {
		this.katalog = katalog;
		this.repository = repository;
	}

	@GetMapping("/ppid/daftar-informasi-publik")
	@Transactional(readOnly = true)
	String daftar(Model model) {
		List<DatasetRingkas> terbuka = new ArrayList<>();
		for (int offset = 0;; offset += HALAMAN) {
			HasilPencarian h = katalog.cari(new PencarianDataset(null, Map.of(), "NAMA", offset, HALAMAN, List.of()));
			h.hasil().stream().filter(d -> d.akses() == Akses.TERBUKA && d.ditayangkan()).forEach(terbuka::add);
			if (h.hasil().size() < HALAMAN || offset + HALAMAN >= h.total()) {
				break;
			}
		}
		Map<String, Dikecualikan> dikecualikan = new LinkedHashMap<>();
		for (Permohonan p : repository.ditolakUntukDataset(EnumSet.of(StatusPermohonan.DITOLAK,
				StatusPermohonan.KEBERATAN, StatusPermohonan.KEBERATAN_DITOLAK))) {
			dikecualikan.putIfAbsent(p.getDatasetId() + ":" + p.getAlasanPengecualian(), new Dikecualikan(
					p.getDatasetJudul(), p.getAlasanPengecualian(), p.getUjiKonsekuensi(), p.getDiputusPada()));
		}
		model.addAttribute("terbuka", terbuka);
		model.addAttribute("dikecualikan", List.copyOf(dikecualikan.values()));
		return "ppid/daftar-informasi-publik";
	}

}
