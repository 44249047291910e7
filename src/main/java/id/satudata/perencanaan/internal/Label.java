package id.satudata.perencanaan.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.OrganisasiKatalog;
import id.satudata.katalog.PencarianDataset;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.KodeView;

/** Names for planning pages: units, organizations, topics, OPD slugs, and the datasets an entry may continue. */
@Component
public class Label {

	/** The Kode Referensi list of data topics. */
	public static final String KODE_TOPIK = "topik-data";

	private final OrganisasiDirectory organisasi;
	private final KodeReferensiLookup kode;
	private final Katalog katalog;

	Label(OrganisasiDirectory organisasi, KodeReferensiLookup kode, Katalog katalog) {
		this.organisasi = organisasi;
		this.kode = kode;
		this.katalog = katalog;
	}

	/** Unit id → name, for the units of these organizations. */
	public Map<Long, String> unit(Collection<Long> organisasiIds) {
		Map<Long, String> out = new HashMap<>();
		for (Long id : organisasiIds) {
			organisasi.unitOrganisasi(id).forEach(u -> out.put(u.id(), u.nama()));
		}
		return out;
	}

	public Map<Long, String> organisasi() {
		Map<Long, String> out = new LinkedHashMap<>();
		organisasi.semuaOrganisasi().forEach(o -> out.put(o.id(), o.nama()));
		return out;
	}

	public List<KodeView> topikPilihan() {
		return kode.anak(KODE_TOPIK, null);
	}

	public Map<String, String> topik() {
		return topikPilihan().stream().collect(Collectors.toMap(KodeView::kode, KodeView::nama, (a, b) -> a));
	}

	/** The catalog's OPD slug (e.g. {@code disdukcapil-19}) of each producer unit. */
	public Map<Long, String> slugOpd() {
		return katalog.organisasi().stream().collect(Collectors.toMap(OrganisasiKatalog::unitId, OrganisasiKatalog::slug,
				(a, b) -> a));
	}

	/** The producer units of an organization. */
	public List<UnitRef> produsen(long organisasiId) {
		return organisasi.unitBerjenis(organisasiId, id.satudata.organisasi.JenisUnit.PRODUSEN_DATA).stream()
			.filter(UnitRef::aktif).toList();
	}

	public List<UnitRef> pembina(long organisasiId) {
		List<UnitRef> out = new java.util.ArrayList<>(organisasi.unitBerjenis(organisasiId,
				id.satudata.organisasi.JenisUnit.PEMBINA_DATA_STATISTIK));
		out.addAll(organisasi.unitBerjenis(organisasiId, id.satudata.organisasi.JenisUnit.PEMBINA_DATA_GEOSPASIAL));
		return out;
	}

	/** The catalog datasets of an organization's producers the caller sees (to continue an existing dataset). */
	public List<DatasetRingkas> dataset(long organisasiId) {
		List<String> slugs = katalog.organisasi().stream().filter(o -> o.organisasiId() == organisasiId)
			.map(OrganisasiKatalog::slug).toList();
		if (slugs.isEmpty()) {
			return List.of();
		}
		return katalog.cari(new PencarianDataset(null, Map.of(PencarianDataset.Facet.ORGANISASI, slugs), "NAMA", 0, 1000,
				List.of())).hasil();
	}

	public OrganisasiRef org(long id) {
		return organisasi.organisasi(id).orElseThrow();
	}

}
