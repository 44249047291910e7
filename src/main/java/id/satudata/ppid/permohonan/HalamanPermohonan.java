package id.satudata.ppid.permohonan;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a request's page and the lists show: the request, the clock, the user's parts and steps. */
@Component
class HalamanPermohonan {

	/** A line of a list: the request and its clock. */
	record Baris(Permohonan p, JamPermohonan.Jam jam) {
	}

	private final PermohonanService service;
	private final JamPermohonan jam;
	private final java.time.Clock clock;

	HalamanPermohonan(PermohonanService service, JamPermohonan jam, java.time.Clock clock) {
		this.service = service;
		this.jam = jam;
		this.clock = clock;
	}

	List<Baris> baris(List<Permohonan> list) {
		return list.stream().map(p -> new Baris(p, jam.jam(p))).toList();
	}

	void isi(Model model, Permohonan p, String dasar) {
		Set<PeranPermohonan> peran = service.peran(p);
		model.addAttribute("p", p);
		model.addAttribute("jam", jam.jam(p));
		model.addAttribute("peran", peran);
		model.addAttribute("dataPribadi", service.bolehLihatDataPribadi(p));
		model.addAttribute("aksi", service.aksiTersedia(p));
		model.addAttribute("hakAkses", service.hakAkses(p));
		model.addAttribute("stub", service.stub(p));
		model.addAttribute("dasar", dasar);
		model.addAttribute("sekarang", clock.instant());
		model.addAttribute("kelola", dasar.startsWith("/kelola/ppid/"));
		model.addAttribute("alasanPengecualianPilihan", AlasanPengecualian.values());
		model.addAttribute("alasanKeberatanPilihan", AlasanKeberatan.values());
	}

}
