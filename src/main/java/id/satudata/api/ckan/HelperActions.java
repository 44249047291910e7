package id.satudata.api.ckan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.apache.lucene.queryparser.classic.QueryParser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.OrganisasiKatalog;
import id.satudata.katalog.PencarianCkan;
import id.satudata.katalog.PencarianDataset.Facet;
import id.satudata.organisasi.PenggunaDirectory;
import id.satudata.organisasi.PenggunaRef;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.security.SatuDataUser;

/**
 * CKAN's read helpers that sync tools and clients call besides search: {@code license_list},
 * {@code format_autocomplete}, {@code package_autocomplete}, {@code current_package_list_with_resources},
 * {@code resource_view_list}, {@code organization_list_for_user} and {@code user_show}; all answered as
 * the caller through {@link Katalog}.
 */
@Component
class HelperActions {

	private final Katalog katalog;
	private final CkanDicts dicts;
	private final DatastoreActions datastore;
	private final CurrentUser currentUser;
	private final PenggunaDirectory pengguna;
	private final CkanMessages messages;

	HelperActions(Katalog katalog, CkanDicts dicts, DatastoreActions datastore, CurrentUser currentUser,
			PenggunaDirectory pengguna, CkanMessages messages) {
		this.katalog = katalog;
		this.dicts = dicts;
		this.datastore = datastore;
		this.currentUser = currentUser;
		this.pengguna = pengguna;
		this.messages = messages;
	}

	Object licenseList(CkanRequest r) {
		List<Map<String, Object>> out = new ArrayList<>();
		new TreeSet<>(CkanDicts.LICENSES.keySet()).forEach(id -> {
			String[] l = CkanDicts.LICENSES.get(id);
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("id", id);
			d.put("title", l[0]);
			d.put("url", l[1]);
			d.put("status", "active");
			d.put("maintainer", "");
			d.put("family", "");
			d.put("domain_content", true);
			d.put("domain_data", true);
			d.put("domain_software", false);
			d.put("is_generic", false);
			d.put("is_okd_compliant", true);
			d.put("is_osi_compliant", false);
			d.put("od_conformance", "approved");
			d.put("osd_conformance", "not reviewed");
			out.add(d);
		});
		return out;
	}

	/** The formats of resources the caller sees that contain {@code q}, lower-case as CKAN gives them. */
	Object formatAutocomplete(CkanRequest r) {
		String q = r.required("q").strip().toLowerCase(Locale.ROOT);
		int limit = r.integer("limit", 5, 0, 1000);
		HasilPencarian h = katalog.cari(new PencarianCkan(null, List.of(), null, 0, 0, List.of(Facet.RES_FORMAT),
				r.bool("include_private", false)));
		return h.facet().getOrDefault(Facet.RES_FORMAT, List.of()).stream().map(v -> v.nilai().toLowerCase(Locale.ROOT))
			.filter(v -> v.contains(q)).limit(limit).toList();
	}

	/** Datasets whose name or title starts with or contains {@code q}: name, title and what matched. */
	Object packageAutocomplete(CkanRequest r) {
		String q = r.required("q").strip();
		int limit = r.integer("limit", 10, 0, 1000);
		if (q.isEmpty() || limit == 0) {
			return List.of();
		}
		String lower = QueryParser.escape(q.toLowerCase(Locale.ROOT).replaceAll("\\s+", "-"));
		String words = String.join(" AND ", java.util.Arrays.stream(q.split("\\s+"))
			.map(w -> "title:" + QueryParser.escape(w.toLowerCase(Locale.ROOT)) + "*").toList());
		HasilPencarian h = katalog.cari(new PencarianCkan(null, List.of("name:*" + lower + "* OR (" + words + ")"),
				"name asc", 0, limit, List.of(), false));
		List<Map<String, Object>> out = new ArrayList<>();
		for (var d : h.hasil()) {
			boolean byName = d.slug().contains(q.toLowerCase(Locale.ROOT).replaceAll("\\s+", "-"));
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", d.slug());
			m.put("title", d.judul());
			m.put("match_field", byName ? "name" : "title");
			m.put("match_displayed", byName ? d.slug() : d.judul() + " (" + d.slug() + ")");
			out.add(m);
		}
		return out;
	}

	/** The public datasets with their resources, the most recently modified first. */
	Object currentPackageListWithResources(CkanRequest r) {
		int limit = r.integer("limit", 10, 0, PackageActions.MAX_ROWS);
		int offset = r.integer("offset", 0, 0, 1_000_000);
		if (r.has("page")) {
			offset = (r.integer("page", 1, 1, 100_000) - 1) * limit;
		}
		HasilPencarian h = katalog.cari(new PencarianCkan(null, List.of(), "metadata_modified desc", offset, limit,
				List.of(), false));
		return katalog.detail(h.hasil()).stream().map(dicts::packageDict).toList();
	}

	/** A resource the caller may see has no views here (the portal shows tables and charts itself). */
	Object resourceViewList(CkanRequest r) {
		datastore.resourceShow(r);
		return List.of();
	}

	/** The organizations the caller may add datasets to: an administrator all, a Walidata those of their government. */
	Object organizationListForUser(CkanRequest r) {
		if (currentUser.get().isEmpty()) {
			return List.of();
		}
		List<OrganisasiKatalog> list = katalog.organisasiKelolaan();
		return list.stream().map(o -> {
			Map<String, Object> d = dicts.organization(o, r.bool("include_dataset_count", false));
			d.put("capacity", "admin");
			return d;
		}).toList();
	}

	/** A user: the caller themself, or anyone for an administrator (nobody else's details are shown). */
	Object userShow(CkanRequest r) {
		SatuDataUser me = currentUser.get().orElseThrow(() -> new CkanException(HttpStatus.FORBIDDEN,
				CkanException.AUTHORIZATION, "Access denied: " + messages.get("ckan.galat.perluToken")));
		String id = r.string("id");
		PenggunaRef u;
		if (id == null || id.equals(me.getUsername()) || id.equals(String.valueOf(me.getId()))) {
			u = pengguna.pengguna(me.getId()).orElseThrow();
		}
		else {
			if (!currentUser.has(Peran.ADMIN)) {
				throw new CkanException(HttpStatus.FORBIDDEN, CkanException.AUTHORIZATION,
						"Access denied: " + messages.get("ckan.galat.aksesDitolak"));
			}
			u = (id.matches("\\d{1,18}") ? pengguna.pengguna(Long.parseLong(id)) : pengguna.penggunaDenganUsername(id))
				.orElseThrow(() -> CkanException.notFound(messages.get("ckan.galat.penggunaTidakAda", id)));
		}
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("id", String.valueOf(u.id()));
		d.put("name", u.username());
		d.put("fullname", u.namaLengkap());
		d.put("display_name", u.namaLengkap());
		d.put("email", u.email());
		d.put("about", "");
		d.put("state", u.aktif() ? "active" : "deleted");
		if (u.id() == me.getId()) {
			d.put("sysadmin", currentUser.has(Peran.ADMIN));
		}
		d.put("image_display_url", "");
		return d;
	}

}
