package id.satudata.perencanaan.daftardata;

import java.util.EnumSet;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.JenisData;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.internal.KatalogBaca;
import id.satudata.perencanaan.internal.Label;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.shared.web.InvalidFieldException;

/** Checks an entry's fields against the organization: its producer, its Pembina, its topic, its dataset. */
@Component
class ValidasiEntri {

	private final OrganisasiDirectory organisasi;
	private final KodeReferensiLookup kode;
	private final KatalogBaca katalog;

	ValidasiEntri(OrganisasiDirectory organisasi, KodeReferensiLookup kode, KatalogBaca katalog) {
		this.organisasi = organisasi;
		this.kode = kode;
		this.katalog = katalog;
	}

	/** Validates and completes the form (the Pembina of the data's kind when none is chosen). */
	void periksa(EntriForm f, long organisasiId) {
		UnitRef produsen = organisasi.unit(f.getProdusenUnitId())
			.orElseThrow(() -> new InvalidFieldException("produsenUnitId", "entri.galat.produsen"));
		if (produsen.organisasiId() != organisasiId || produsen.jenis() != JenisUnit.PRODUSEN_DATA || !produsen.aktif()) {
			throw new InvalidFieldException("produsenUnitId", "entri.galat.produsen");
		}
		if (f.getPembinaUnitId() == null) {
			f.setPembinaUnitId(pembinaBawaan(organisasiId, f.getJenisData()).map(UnitRef::id).orElse(null));
		}
		else {
			UnitRef pembina = organisasi.unit(f.getPembinaUnitId())
				.orElseThrow(() -> new InvalidFieldException("pembinaUnitId", "entri.galat.pembina"));
			if (pembina.organisasiId() != organisasiId || !EnumSet.of(JenisUnit.PEMBINA_DATA_STATISTIK,
					JenisUnit.PEMBINA_DATA_GEOSPASIAL).contains(pembina.jenis())) {
				throw new InvalidFieldException("pembinaUnitId", "entri.galat.pembina");
			}
		}
		if (f.getTopik() != null && !f.getTopik().isBlank()
				&& kode.kode(Label.KODE_TOPIK, f.getTopik().strip()).filter(k -> k.aktif()).isEmpty()) {
			throw new InvalidFieldException("topik", "entri.galat.topik", f.getTopik());
		}
		if (f.getDatasetId() != null) {
			DatasetDetail d = katalog.detail(f.getDatasetId())
				.orElseThrow(() -> new InvalidFieldException("datasetId", "entri.galat.dataset"));
			if (d.produsenUnitId() != f.getProdusenUnitId()) {
				throw new InvalidFieldException("datasetId", "entri.galat.datasetProdusen");
			}
		}
	}

	/** The Pembina Data of the data's kind in the organization: BPS for statistics, the geospatial Pembina. */
	Optional<UnitRef> pembinaBawaan(long organisasiId, JenisData jenis) {
		JenisUnit unit = jenis == JenisData.STATISTIK ? JenisUnit.PEMBINA_DATA_STATISTIK
				: jenis == JenisData.GEOSPASIAL ? JenisUnit.PEMBINA_DATA_GEOSPASIAL : null;
		if (unit == null) {
			return Optional.empty();
		}
		return organisasi.unitBerjenis(organisasiId, unit).stream().filter(UnitRef::aktif).findFirst();
	}

}
