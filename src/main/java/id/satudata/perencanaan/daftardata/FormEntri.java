package id.satudata.perencanaan.daftardata;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import id.satudata.katalog.Akses;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.JenisData;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.internal.Label;

/** The entry form's choices (shared by proposing and editing). */
@Component
class FormEntri {

	static final String VIEW = "perencanaan/kelola/entri-form";

	private final AksesPerencanaan akses;
	private final Label label;

	FormEntri(AksesPerencanaan akses, Label label) {
		this.akses = akses;
		this.label = label;
	}

	String render(DaftarData d, Model model) {
		model.addAttribute("daftar", d);
		model.addAttribute("organisasi", label.org(d.getOrganisasiId()));
		model.addAttribute("produsenPilihan", unitUntuk(d));
		model.addAttribute("pembinaPilihan", label.pembina(d.getOrganisasiId()));
		model.addAttribute("topikPilihan", label.topikPilihan());
		model.addAttribute("datasetPilihan", label.dataset(d.getOrganisasiId()));
		model.addAttribute("jenisDataPilihan", JenisData.values());
		model.addAttribute("frekuensiPilihan", Frekuensi.values());
		model.addAttribute("aksesPilihan", Akses.values());
		return VIEW;
	}

	/** The producer units the user may propose for: all the organization's for its Walidata, else their own. */
	List<UnitRef> unitUntuk(DaftarData d) {
		List<UnitRef> all = label.produsen(d.getOrganisasiId());
		if (akses.walidata(d.getOrganisasiId())) {
			return all;
		}
		return all.stream().filter(u -> akses.produsen(d.getOrganisasiId(), u.id())).toList();
	}

}
