package id.satudata.perencanaan.rencanaaksi;

import java.util.ArrayList;
import java.util.List;

import id.satudata.notifikasi.Penerima;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.security.Peran;

/** Who works for a unit, by its kind, as notification recipients. */
final class PenerimaUnit {

	private PenerimaUnit() {
	}

	static List<Penerima> dari(UnitRef u) {
		List<Peran> peran = switch (u.jenis()) {
			case PRODUSEN_DATA -> List.of(Peran.PRODUSEN_DATA, Peran.WALIDATA_PENDUKUNG);
			case WALIDATA -> List.of(Peran.WALIDATA);
			case KOORDINATOR_FORUM -> List.of(Peran.KOORDINATOR_FORUM);
			case PEMBINA_DATA_STATISTIK, PEMBINA_DATA_GEOSPASIAL -> List.of(Peran.PEMBINA_DATA);
			case PPID -> List.of(Peran.PPID);
		};
		List<Penerima> out = new ArrayList<>();
		peran.forEach(p -> out.add(Penerima.peranUnit(p, u.organisasiId(), u.id())));
		return out;
	}

}
