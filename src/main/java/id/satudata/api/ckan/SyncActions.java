package id.satudata.api.ckan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.JenisLampiran;
import id.satudata.katalog.KelolaKatalog;
import id.satudata.katalog.LampiranBaru;
import id.satudata.katalog.LampiranView;
import id.satudata.katalog.MetadataDataset;
import id.satudata.katalog.RilisView;

/**
 * CKAN's actions for sync tools ({@code ckanapi load}, Jackan, harvesters pushing up): {@code package_update}
 * (the whole dataset is replaced, as CKAN does), {@code package_delete}, {@code dataset_purge},
 * {@code resource_update}, {@code resource_patch} and {@code resource_delete}. Each call is one
 * transaction: a refused part leaves nothing changed. Authorization and audit are the catalog's
 * ({@link KelolaKatalog}: the Walidata of the dataset's organization, or an administrator; purge only an
 * administrator). How a resources list maps onto immutable releases: docs/api.md.
 */
@Component
class SyncActions {

	private final KelolaKatalog kelola;
	private final WriteActions writes;
	private final PackageActions packages;
	private final CkanDicts dicts;
	private final CkanMessages messages;

	SyncActions(KelolaKatalog kelola, WriteActions writes, PackageActions packages, CkanDicts dicts,
			CkanMessages messages) {
		this.kelola = kelola;
		this.writes = writes;
		this.packages = packages;
		this.dicts = dicts;
		this.messages = messages;
	}

	/**
	 * Replaces the dataset's metadata: optional fields that are not sent are cleared (notes, tags,
	 * groups, maintainer, maintainer_email, license_id → the default licence, the extras cakupan_wilayah,
	 * satuan, standar_data); fields SDI requires (title, owner_org, jenis_data, tingkat_penyajian,
	 * frekuensi, akses) and the Forum's flags (data_prioritas, data_induk) keep their value when absent.
	 * With {@code resources}, attachments are replaced (see {@link #replaceResources}).
	 */
	@Transactional
	Object packageUpdate(CkanRequest r) {
		String id = r.has("id") ? r.required("id") : r.required("name");
		Boolean dihapus = writes.state(r);
		MetadataDataset given = writes.metadata(r, false);
		DatasetDetail current = packages.dataset(id);
		if (!current.bolehKelola()) {
			throw new org.springframework.security.access.AccessDeniedException("Not allowed to manage this dataset");
		}
		MetadataDataset m = new MetadataDataset(given.slug(), given.judul(), orEmpty(given.deskripsi()), given.produsen(),
				orEmpty(given.topik()), given.jenisData(), given.tingkatPenyajian(), orEmpty(given.cakupanWilayah()),
				given.frekuensi(), orEmpty(given.satuan()), orEmpty(given.lisensi()), given.akses(), given.dataPrioritas(),
				given.dataInduk(), orEmpty(given.kontakNama()), orEmpty(given.kontakEmail()), orEmpty(given.standarData()),
				given.kataKunci() == null ? List.of() : given.kataKunci());
		String uuid = current.ringkas().uuid();
		DatasetDetail d = kelola.ubah(uuid, m);
		if (r.data().containsKey("resources")) {
			replaceResources(d, r.dicts("resources"));
		}
		if (dihapus != null) {
			kelola.ubahStatus(uuid, dihapus);
		}
		return dicts.packageDict(packages.dataset(uuid));
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	/**
	 * A resources list onto releases and attachments. Releases (tables, {@code datastore_active}) are
	 * immutable and stay whether listed or not (resource_delete withdraws one). Listed attachments are
	 * updated (name, description; a link's URL); attachments not listed are removed; a listed resource
	 * that is not one of the dataset's (no id, or another portal's id) becomes a link to its {@code url},
	 * on the newest release (on the dataset itself while it has none).
	 */
	private void replaceResources(DatasetDetail d, List<Map<String, Object>> resources) {
		Set<String> releases = new HashSet<>();
		Map<String, LampiranView> attachments = new LinkedHashMap<>();
		for (RilisView rilis : d.rilis()) {
			releases.add(rilis.uuid());
			rilis.lampiran().forEach(l -> attachments.put(l.uuid(), l));
		}
		d.tautan().forEach(l -> attachments.put(l.uuid(), l));
		List<String> errors = new ArrayList<>();
		List<Runnable> changes = new ArrayList<>();
		Set<String> kept = new HashSet<>();
		int n = 0;
		for (Map<String, Object> res : resources) {
			n++;
			String id = text(res.get("id"));
			String name = text(res.get("name"));
			String description = res.containsKey("description") ? String.valueOf(res.get("description") == null ? ""
					: res.get("description")) : null;
			String url = text(res.get("url"));
			if (id != null && releases.contains(id)) {
				continue;
			}
			if (id != null && attachments.containsKey(id)) {
				kept.add(id);
				LampiranView l = attachments.get(id);
				String link = l.jenis() == JenisLampiran.TAUTAN ? url : null;
				changes.add(() -> kelola.ubahLampiran(id, name, description, link));
				continue;
			}
			if (url == null || !url.matches("https?://\\S{3,1990}")) {
				errors.add(messages.get("ckan.galat.sumberKe", n, "url", messages.get("validasi.url")));
				continue;
			}
			changes.add(() -> kelola.lampirkan(d.ringkas().uuid(), new LampiranBaru(null, name == null ? url : name,
					description, JenisLampiran.TAUTAN, url, null, null, null)));
		}
		if (!errors.isEmpty()) {
			throw CkanException.validation(Map.of("resources", errors));
		}
		attachments.keySet().stream().filter(id -> !kept.contains(id)).forEach(kelola::hapusLampiran);
		changes.forEach(Runnable::run);
	}

	private static String text(Object value) {
		if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
			return null;
		}
		String s = String.valueOf(value).strip();
		return s.isEmpty() ? null : s;
	}

	/** CKAN's package_delete: the dataset's state becomes "deleted" (hidden, restorable); answers null. */
	@Transactional
	Object packageDelete(CkanRequest r) {
		String id = r.required("id");
		kelola.ubahStatus(id, true);
		return null;
	}

	/** CKAN's dataset_purge: gone for good, with its tables and files (administrators only); answers null. */
	@Transactional
	Object datasetPurge(CkanRequest r) {
		String id = r.required("id");
		kelola.musnahkan(id);
		return null;
	}

	/**
	 * resource_update: a release cannot change (its table is immutable: upload a new version with
	 * resource_create or datastore_upsert), so only attachments are updated; name, description and a
	 * link's url are replaced, a description not sent is cleared.
	 */
	@Transactional
	Object resourceUpdate(CkanRequest r) {
		return changeResource(r, true);
	}

	/** resource_patch: as resource_update, changing only the given fields. */
	@Transactional
	Object resourcePatch(CkanRequest r) {
		return changeResource(r, false);
	}

	private Object changeResource(CkanRequest r, boolean replace) {
		String id = r.required("id");
		DatasetDetail d = datasetOf(id);
		if (d.rilis().stream().anyMatch(x -> x.uuid().equals(id))) {
			if (r.file("upload") != null) {
				throw CkanException.validation("upload", messages.get("ckan.galat.rilisTetap"));
			}
			// a release's own fields are derived from its data: accept the client's copy, change nothing
			return dicts.resource(d, id).orElseThrow();
		}
		if (r.file("upload") != null) {
			throw CkanException.validation("upload", messages.get("ckan.galat.lampiranTetap"));
		}
		String description = r.data().containsKey("description") ? java.util.Objects.requireNonNullElse(
				r.string("description"), "") : replace ? "" : null;
		kelola.ubahLampiran(id, r.string("name"), description, r.string("url"));
		return dicts.resource(packages.dataset(d.ringkas().uuid()), id).orElseThrow();
	}

	/**
	 * resource_delete: an attachment is removed; a release's draft is deleted and a published release
	 * withdrawn (it stays in the dataset's history for its editors). Answers null.
	 */
	@Transactional
	Object resourceDelete(CkanRequest r) {
		String id = r.required("id");
		DatasetDetail d = datasetOf(id);
		if (d.rilis().stream().anyMatch(x -> x.uuid().equals(id))) {
			kelola.hapusRilis(id);
		}
		else {
			kelola.hapusLampiran(id);
		}
		return null;
	}

	private DatasetDetail datasetOf(String resourceId) {
		return packages.datasetDariSumber(resourceId);
	}

}
