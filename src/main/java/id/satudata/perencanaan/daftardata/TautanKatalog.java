package id.satudata.perencanaan.daftardata;

import java.util.List;

import org.springframework.stereotype.Component;

import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.KelolaKatalog;
import id.satudata.katalog.MetadataDataset;
import id.satudata.katalog.TingkatPenyajian;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.TingkatOrganisasi;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.internal.KatalogBaca;

/**
 * An approved entry's dataset in the catalog: the one the entry names, linked, or a new one made
 * from the entry (through {@link KelolaKatalog#untukDaftarData}, audited there). Its priority flag
 * follows the Forum's decision.
 */
@Component
public class TautanKatalog {

	private final KelolaKatalog kelola;
	private final KatalogBaca baca;
	private final OrganisasiDirectory organisasi;

	TautanKatalog(KelolaKatalog kelola, KatalogBaca baca, OrganisasiDirectory organisasi) {
		this.kelola = kelola;
		this.baca = baca;
		this.organisasi = organisasi;
	}

	/** The id of the entry's dataset, linked or created now. */
	public long pastikan(Entri e) {
		OrganisasiRef org = organisasi.organisasi(e.getOrganisasiId()).orElseThrow();
		UnitRef unit = organisasi.unit(e.getProdusenUnitId()).orElseThrow();
		TingkatPenyajian tingkat = org.tingkat() == TingkatOrganisasi.NASIONAL ? TingkatPenyajian.PROVINSI
				: org.tingkat() == TingkatOrganisasi.PROVINSI ? TingkatPenyajian.KABUPATEN_KOTA : TingkatPenyajian.KECAMATAN;
		String email = unit.email() != null && unit.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? unit.email() : null;
		MetadataDataset m = new MetadataDataset(null, e.getJudul(), e.getDeskripsi(), String.valueOf(unit.id()),
				e.getTopik(), e.getJenisData(), tingkat, org.kodeWilayah(), e.getFrekuensi(), null, null, e.getAkses(),
				e.isPrioritas(), null, unit.nama(), email, standar(e.getStandarData()), List.of());
		DatasetRingkas d = kelola.untukDaftarData(e.getId(), e.getDatasetId(), m);
		baca.forget(d.id());
		return d.id();
	}

	/** The catalog keeps a short standard reference (120 characters): the first names, cut at a separator. */
	static String standar(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		String t = s.strip().replaceAll("\\s+", " ");
		if (t.length() <= 120) {
			return t;
		}
		int cut = Math.max(t.lastIndexOf(';', 118), t.lastIndexOf(',', 118));
		return (cut > 20 ? t.substring(0, cut) : t.substring(0, 118)).strip() + "…";
	}

}
