package id.satudata.api.ckan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.satudata.katalog.Akses;
import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.HasilPencarian.NilaiFacet;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.OrganisasiKatalog;
import id.satudata.katalog.PencarianDataset;
import id.satudata.katalog.PencarianDataset.Facet;

/**
 * CKAN's organizations (the producing units), groups (the topics) and tags (keywords): their lists
 * and pages, counted as the caller sees the catalog.
 */
@Component
class OrganizationActions {

	private final Katalog katalog;
	private final CkanDicts dicts;
	private final CkanMessages messages;

	OrganizationActions(Katalog katalog, CkanDicts dicts, CkanMessages messages) {
		this.katalog = katalog;
		this.dicts = dicts;
		this.messages = messages;
	}

	Object organizationList(CkanRequest r) {
		boolean allFields = r.bool("all_fields", false);
		String sort = Optional.ofNullable(r.string("sort")).orElse("name asc").toLowerCase(Locale.ROOT);
		List<OrganisasiKatalog> list = new ArrayList<>(katalog.organisasi());
		Comparator<OrganisasiKatalog> order = switch (sort.replaceAll("\\s+", " ")) {
			case "name asc", "name" -> Comparator.comparing(OrganisasiKatalog::slug);
			case "name desc" -> Comparator.comparing(OrganisasiKatalog::slug).reversed();
			case "title asc", "title" -> Comparator.comparing(OrganisasiKatalog::nama);
			case "title desc" -> Comparator.comparing(OrganisasiKatalog::nama).reversed();
			case "package_count desc", "package_count" -> Comparator.comparingLong(OrganisasiKatalog::jumlahDataset)
				.reversed().thenComparing(OrganisasiKatalog::slug);
			default -> throw CkanException.validation("sort", messages.get("ckan.galat.urut", sort));
		};
		list.sort(order);
		int offset = r.integer("offset", 0, 0, Integer.MAX_VALUE);
		int limit = r.integer("limit", 1000, 0, 1000);
		List<OrganisasiKatalog> page = list.stream().skip(offset).limit(limit).toList();
		if (!allFields) {
			return page.stream().map(OrganisasiKatalog::slug).toList();
		}
		return page.stream().map(o -> dicts.organization(o, true)).toList();
	}

	Object organizationShow(CkanRequest r) {
		String id = r.required("id");
		OrganisasiKatalog o = katalog.organisasi(id).orElseThrow(() -> CkanException.notFound(messages.get("ckan.galat.organisasiTidakAda", id)));
		Map<String, Object> dict = dicts.organization(o, true);
		if (r.bool("include_datasets", false)) {
			HasilPencarian h = katalog.cari(new PencarianDataset(null, Map.of(Facet.ORGANISASI, List.of(o.slug()),
					Facet.AKSES, List.of(Akses.TERBUKA.name()), Facet.DITAYANGKAN, List.of("true")), "NAMA", 0, 10,
					List.of()));
			dict.put("packages", katalog.detail(h.hasil()).stream().map(dicts::packageDict).toList());
		}
		return dict;
	}

	Object groupList(CkanRequest r) {
		boolean allFields = r.bool("all_fields", false);
		List<NilaiFacet> topics = new ArrayList<>(katalog.topik());
		String sort = Optional.ofNullable(r.string("sort")).orElse("name asc").toLowerCase(Locale.ROOT);
		switch (sort.replaceAll("\\s+", " ")) {
			case "name asc", "name" -> topics.sort(Comparator.comparing(NilaiFacet::nilai));
			case "title asc", "title" -> topics.sort(Comparator.comparing(NilaiFacet::label));
			case "package_count desc", "package_count" -> topics.sort(Comparator.comparingLong(NilaiFacet::jumlah).reversed()
				.thenComparing(NilaiFacet::nilai));
			default -> throw CkanException.validation("sort", messages.get("ckan.galat.urut", sort));
		}
		if (!allFields) {
			return topics.stream().map(NilaiFacet::nilai).toList();
		}
		return topics.stream().map(t -> CkanDicts.group(t.nilai(), t.label(), t.jumlah())).toList();
	}

	Object groupShow(CkanRequest r) {
		String id = r.required("id");
		NilaiFacet t = katalog.topik().stream()
			.filter(x -> x.nilai().equals(id) || CkanDicts.groupId(x.nilai()).equalsIgnoreCase(id)).findFirst()
			.orElseThrow(() -> CkanException.notFound(messages.get("ckan.galat.grupTidakAda", id)));
		Map<String, Object> dict = CkanDicts.group(t.nilai(), t.label(), t.jumlah());
		if (r.bool("include_datasets", false)) {
			HasilPencarian h = katalog.cari(new PencarianDataset(null, Map.of(Facet.TOPIK, List.of(t.nilai()), Facet.AKSES,
					List.of(Akses.TERBUKA.name()), Facet.DITAYANGKAN, List.of("true")), "NAMA", 0, 10, List.of()));
			dict.put("packages", katalog.detail(h.hasil()).stream().map(dicts::packageDict).toList());
		}
		return dict;
	}

	Object tagList(CkanRequest r) {
		String query = Optional.ofNullable(r.string("query")).map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
		HasilPencarian h = katalog.cari(new PencarianDataset(null, Map.of(Facet.AKSES, List.of(Akses.TERBUKA.name()),
				Facet.DITAYANGKAN, List.of("true")), "NAMA", 0, 0, List.of(Facet.KATA_KUNCI)));
		List<String> tags = h.facet().getOrDefault(Facet.KATA_KUNCI, List.of()).stream().map(NilaiFacet::nilai)
			.filter(t -> query == null || t.contains(query)).sorted().toList();
		if (r.bool("all_fields", false)) {
			return tags.stream().map(CkanDicts::tag).toList();
		}
		return tags;
	}

}
