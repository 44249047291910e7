package id.satudata.katalog.pencarian;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.HasilPencarian.NilaiFacet;
import id.satudata.katalog.OrganisasiKatalog;
import id.satudata.katalog.PencarianDataset;
import id.satudata.katalog.PencarianDataset.Facet;
import id.satudata.katalog.dataset.Dataset;
import id.satudata.katalog.dataset.DatasetService;
import id.satudata.katalog.internal.KatalogAkses;
import id.satudata.katalog.internal.Slugs;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.KodeView;
import id.satudata.shared.web.Messages;

/**
 * Searching the catalog as the current caller, with facets labelled for people, and what facets
 * count: the producers (CKAN organizations) and topics (CKAN groups) with their number of datasets.
 */
@Component
public class PencarianKatalog {

	private final DatasetSearch search;
	private final KatalogAkses akses;
	private final OrganisasiDirectory organisasi;
	private final KodeReferensiLookup kodeReferensi;
	private final Messages messages;

	PencarianKatalog(DatasetSearch search, KatalogAkses akses, OrganisasiDirectory organisasi,
			KodeReferensiLookup kodeReferensi, Messages messages) {
		this.search = search;
		this.akses = akses;
		this.organisasi = organisasi;
		this.kodeReferensi = kodeReferensi;
		this.messages = messages;
	}

	public HasilPencarian cari(PencarianDataset p) {
		return hasil(search.cari(p, akses.lingkup()));
	}

	public HasilPencarian cari(id.satudata.katalog.PencarianCkan p) {
		return hasil(search.cari(p, akses.lingkup()));
	}

	private HasilPencarian hasil(DatasetSearch.Hits hits) {
		Map<String, List<NilaiFacet>> facets = new LinkedHashMap<>();
		Labels labels = new Labels();
		hits.facets().forEach((facet, counts) -> facets.put(facet, counts.entrySet().stream()
			.map(e -> new NilaiFacet(e.getKey(), labels.of(facet, e.getKey()), e.getValue())).toList()));
		return new HasilPencarian(hits.total(), hits.hits().stream().map(Dataset::ringkas).toList(), facets);
	}

	/** The active producing units, by slug, with the number of datasets the caller sees. */
	public List<OrganisasiKatalog> organisasi() {
		HasilPencarian counts = cari(new PencarianDataset(null, Map.of(), "NAMA", 0, 0, List.of(Facet.ORGANISASI)));
		Map<String, Long> bySlug = counts.facet().get(Facet.ORGANISASI).stream()
			.collect(Collectors.toMap(NilaiFacet::nilai, NilaiFacet::jumlah));
		Map<Long, OrganisasiRef> orgs = organisasi.semuaOrganisasi().stream()
			.collect(Collectors.toMap(OrganisasiRef::id, Function.identity()));
		List<OrganisasiKatalog> result = new ArrayList<>();
		for (UnitRef u : organisasi.semuaUnitBerjenis(JenisUnit.PRODUSEN_DATA)) {
			OrganisasiRef org = orgs.get(u.organisasiId());
			if (org == null || !u.aktif()) {
				continue;
			}
			String slug = Slugs.produsen(u, org);
			result.add(new OrganisasiKatalog(u.id(), slug, u.nama(), u.singkatan(), org.id(), org.nama(),
					bySlug.getOrDefault(slug, 0L), u.uuid()));
		}
		result.sort(Comparator.comparing(OrganisasiKatalog::slug));
		return result;
	}

	/** The topics in the order of their list, with the number of datasets the caller sees. */
	public List<NilaiFacet> topik() {
		HasilPencarian counts = cari(new PencarianDataset(null, Map.of(), "NAMA", 0, 0, List.of(Facet.TOPIK)));
		Map<String, Long> byCode = counts.facet().get(Facet.TOPIK).stream()
			.collect(Collectors.toMap(NilaiFacet::nilai, NilaiFacet::jumlah));
		return kodeReferensi.anak(DatasetService.TOPIK, null).stream()
			.map(k -> new NilaiFacet(k.kode(), k.nama(), byCode.getOrDefault(k.kode(), 0L))).toList();
	}

	/** Human labels of facet values, looked up once per search. */
	private final class Labels {

		private Map<String, String> producers;
		private Map<String, String> topics;

		String of(String facet, String value) {
			return switch (facet) {
				case Facet.ORGANISASI -> producers().getOrDefault(value, value);
				case Facet.TOPIK -> topics().getOrDefault(value, value);
				case Facet.JENIS_DATA -> messages.get("jenisData." + value);
				case Facet.TINGKAT_PENYAJIAN -> messages.get("tingkatPenyajian." + value);
				case Facet.FREKUENSI -> messages.get("frekuensi." + value);
				case Facet.PRIORITAS, Facet.DATA_INDUK -> messages.get("true".equals(value) ? "umum.ya" : "umum.tidak");
				default -> value;
			};
		}

		private Map<String, String> producers() {
			if (producers == null) {
				Map<Long, OrganisasiRef> orgs = organisasi.semuaOrganisasi().stream()
					.collect(Collectors.toMap(OrganisasiRef::id, Function.identity()));
				producers = new HashMap<>();
				for (UnitRef u : organisasi.semuaUnitBerjenis(JenisUnit.PRODUSEN_DATA)) {
					OrganisasiRef org = orgs.get(u.organisasiId());
					if (org != null) {
						producers.put(Slugs.produsen(u, org), u.nama() + (org.tingkat().name().equals("PROVINSI") ? ""
								: " — " + org.nama().replace("Pemerintah ", "")));
					}
				}
			}
			return producers;
		}

		private Map<String, String> topics() {
			if (topics == null) {
				topics = kodeReferensi.anak(DatasetService.TOPIK, null).stream()
					.collect(Collectors.toMap(KodeView::kode, KodeView::nama));
			}
			return topics;
		}

	}

}
