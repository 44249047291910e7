package id.satudata.standar.sds;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.AturanStandarKolom;
import id.satudata.standar.JenisStandar;
import id.satudata.standar.JenisValueDomain;

/**
 * The rules of a Standar Data Statistik variable for the katalog columns that follow it: its value
 * domain as a Kode Referensi list (a Klasifikasi as published, or a list named directly), its range,
 * pattern and unit, and its concept and definition.
 */
@Component
class AturanStandarKolomSds implements AturanStandarKolom {

	private final KatalogStandarService katalog;

	AturanStandarKolomSds(KatalogStandarService katalog) {
		this.katalog = katalog;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Aturan> aturan(String kodeVariabel) {
		return katalog.standarBerlaku(kodeVariabel).filter(s -> s.getJenis() == JenisStandar.VARIABEL).map(v -> {
			IsiStandar i = v.getIsi();
			String konsep = i.getKonsepKode() == null ? null
					: katalog.standarBerlaku(i.getKonsepKode()).map(StandarData::getNama).orElse(null);
			boolean rentang = i.getJenisValueDomain() == JenisValueDomain.RENTANG || i.getNilaiMin() != null || i.getNilaiMax() != null;
			return new Aturan(v.getKode(), v.getNama(), katalog.daftarKodeVariabel(v).orElse(null),
					rentang ? i.getNilaiMin() : null, rentang ? i.getNilaiMax() : null, i.getPola(), i.getSatuan(), konsep,
					i.getDefinisi());
		});
	}

}
