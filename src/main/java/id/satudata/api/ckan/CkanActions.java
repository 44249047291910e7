package id.satudata.api.ckan;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.security.CurrentUser;

/**
 * The CKAN actions by name, in one table: read actions ({@link PackageActions},
 * {@link OrganizationActions}, {@link DatastoreActions}) answer as the caller (the public without a
 * token) through {@code Katalog}, which never returns what the caller may not see; write actions
 * ({@link WriteActions}) need a token and go through {@code KelolaKatalog}. The site's own actions
 * ({@code status_show}, {@code site_read}, {@code help_show}) are here.
 */
@Component
class CkanActions {

	/** One action: whether it only reads (GET allowed) and what it does. */
	record Action(boolean readOnly, Handler handler) {

		Object run(CkanRequest r) {
			return handler.run(r);
		}

	}

	@FunctionalInterface
	interface Handler {

		Object run(CkanRequest r);

	}

	/** Form fields of the catalog → CKAN field names, for validation errors. */
	private static final Map<String, String> CKAN_FIELDS = Map.ofEntries(Map.entry("slug", "name"),
			Map.entry("judul", "title"), Map.entry("deskripsi", "notes"), Map.entry("produsenUnitId", "owner_org"),
			Map.entry("lisensi", "license_id"), Map.entry("kontakNama", "maintainer"),
			Map.entry("kontakEmail", "maintainer_email"), Map.entry("kataKunci", "tags"), Map.entry("topik", "groups"),
			Map.entry("jenisData", "jenis_data"), Map.entry("tingkatPenyajian", "tingkat_penyajian"),
			Map.entry("cakupanWilayah", "cakupan_wilayah"), Map.entry("frekuensi", "frekuensi"),
			Map.entry("satuan", "satuan"), Map.entry("akses", "akses"), Map.entry("standarData", "standar_data"),
			Map.entry("periode", "periode"), Map.entry("berkas", "upload"), Map.entry("nama", "name"),
			Map.entry("url", "url"), Map.entry("rilis", "package_id"), Map.entry("user", "user"),
			Map.entry("berlakuHari", "expires_in"));

	private static final Map<String, String> HELP = Map.ofEntries(
			Map.entry("status_show", "Return a dictionary with information about the site's configuration."),
			Map.entry("site_read", "Return true."),
			Map.entry("help_show", "Return the help string for a particular API action. :param name: action name"),
			Map.entry("package_list", "Return a list of the names of the site's public datasets. :param limit, offset"),
			Map.entry("package_search", "Search datasets. :param q, fq, rows, start, sort, facet.field, facet.limit, "
					+ "include_private"),
			Map.entry("package_show", "Return the metadata of a dataset and its resources. :param id: id or name"),
			Map.entry("organization_list", "Return the data producers. :param all_fields, sort, limit, offset"),
			Map.entry("organization_show", "Return a data producer. :param id, include_datasets"),
			Map.entry("group_list", "Return the topics. :param all_fields, sort"),
			Map.entry("group_show", "Return a topic. :param id, include_datasets"),
			Map.entry("tag_list", "Return the keywords. :param query, all_fields"),
			Map.entry("resource_show", "Return a resource (a release's table or an attachment). :param id"),
			Map.entry("datastore_search", "Search a release's table. :param resource_id, filters, q, limit, offset, "
					+ "fields, sort, distinct, include_total, records_format, ranges (extension)"),
			Map.entry("datastore_search_sql", "Run a read-only SELECT over tables named by resource id. :param sql"),
			Map.entry("package_create", "Create a dataset (token of the Walidata). :param name, title, owner_org, ..."),
			Map.entry("package_patch", "Change some fields of a dataset. :param id and the fields to change"),
			Map.entry("resource_create", "Upload a table as a new release (:param package_id, upload, periode, "
					+ "terbitkan, sheet) or attach a file or link (:param package_id, upload or url, name, format)"),
			Map.entry("package_update", "Replace a dataset's metadata (fields not sent are cleared as CKAN does; "
					+ "required SDI fields are kept) and, with resources, its attachments. :param id and the package dict"),
			Map.entry("package_delete", "Delete a dataset (state deleted: hidden, restorable with state=active). :param id"),
			Map.entry("dataset_purge", "Remove a dataset for good with its files (administrators). :param id"),
			Map.entry("resource_update", "Replace an attachment's name, description and link url. :param id"),
			Map.entry("resource_patch", "Change some fields of an attachment. :param id"),
			Map.entry("resource_delete", "Remove an attachment, delete a draft release or withdraw a published one. "
					+ ":param id"),
			Map.entry("datastore_create", "Write records as a new release version. :param resource_id or resource "
					+ "(package_id, periode), fields, records"),
			Map.entry("datastore_upsert", "Upsert, insert or update records (keyed on the schema's key columns) as a "
					+ "new release version. :param resource_id, records, method"),
			Map.entry("datastore_info", "Return a table's fields with their types and its row count. :param id"),
			Map.entry("api_token_create", "Create an API token. :param user, name, expires_in, unit"),
			Map.entry("license_list", "Return the licences a dataset may carry."),
			Map.entry("format_autocomplete", "Return resource formats containing a string. :param q, limit"),
			Map.entry("package_autocomplete", "Return datasets whose name or title matches. :param q, limit"),
			Map.entry("current_package_list_with_resources", "Return the public datasets with their resources, the "
					+ "most recently modified first. :param limit, offset, page"),
			Map.entry("resource_view_list", "Return the views of a resource (none here). :param id"),
			Map.entry("organization_list_for_user", "Return the organizations the caller may add datasets to. "
					+ ":param permission, include_dataset_count"),
			Map.entry("user_show", "Return the caller (or, for an administrator, any user). :param id"));

	private final Map<String, Action> actions = new HashMap<>();
	private final CkanProperties ckan;
	private final SatuDataProperties properties;
	private final CurrentUser currentUser;
	private final CkanMessages messages;

	CkanActions(PackageActions packages, OrganizationActions organizations, DatastoreActions datastore,
			WriteActions writes, SyncActions sync, DatastoreWriteActions datastoreWrites, HelperActions helpers, CkanProperties ckan, SatuDataProperties properties, CurrentUser currentUser,
			CkanMessages messages) {
		this.ckan = ckan;
		this.properties = properties;
		this.currentUser = currentUser;
		this.messages = messages;
		read("status_show", r -> statusShow());
		read("site_read", r -> true);
		read("help_show", this::helpShow);
		read("package_list", packages::packageList);
		read("package_search", packages::packageSearch);
		read("package_show", packages::packageShow);
		read("organization_list", organizations::organizationList);
		read("organization_show", organizations::organizationShow);
		read("group_list", organizations::groupList);
		read("group_show", organizations::groupShow);
		read("tag_list", organizations::tagList);
		read("resource_show", datastore::resourceShow);
		read("datastore_search", datastore::datastoreSearch);
		read("datastore_search_sql", datastore::datastoreSearchSql);
		read("license_list", helpers::licenseList);
		read("format_autocomplete", helpers::formatAutocomplete);
		read("package_autocomplete", helpers::packageAutocomplete);
		read("current_package_list_with_resources", helpers::currentPackageListWithResources);
		read("resource_view_list", helpers::resourceViewList);
		read("organization_list_for_user", helpers::organizationListForUser);
		read("user_show", helpers::userShow);
		write("package_create", writes::packageCreate);
		write("package_patch", writes::packagePatch);
		write("resource_create", writes::resourceCreate);
		write("api_token_create", writes::apiTokenCreate);
		write("package_update", sync::packageUpdate);
		write("package_delete", sync::packageDelete);
		write("dataset_purge", sync::datasetPurge);
		write("resource_update", sync::resourceUpdate);
		write("resource_patch", sync::resourcePatch);
		write("resource_delete", sync::resourceDelete);
		write("datastore_create", datastoreWrites::datastoreCreate);
		write("datastore_upsert", datastoreWrites::datastoreUpsert);
		read("datastore_info", datastoreWrites::datastoreInfo);
	}

	private void read(String name, Handler h) {
		actions.put(name, new Action(true, h));
	}

	private void write(String name, Handler h) {
		actions.put(name, new Action(false, r -> {
			if (currentUser.get().isEmpty()) {
				throw new CkanException(HttpStatus.FORBIDDEN, CkanException.AUTHORIZATION,
						"Access denied: " + messages.get("ckan.galat.perluToken"));
			}
			return h.run(r);
		}));
	}

	Action find(String name) {
		return actions.get(name);
	}

	/** The names of every action. */
	java.util.Set<String> names() {
		return java.util.Collections.unmodifiableSet(actions.keySet());
	}

	static String ckanField(String field) {
		return CKAN_FIELDS.getOrDefault(field, field);
	}

	// ---- site -------------------------------------------------------------------------------

	private Map<String, Object> statusShow() {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("site_title", properties.siteTitle());
		result.put("site_description", "Portal Satu Data Indonesia");
		result.put("site_url", properties.baseUrl());
		result.put("error_emails_to", null);
		result.put("locale_default", "id");
		result.put("ckan_version", ckan.version());
		result.put("extensions", ckan.extensions());
		return result;
	}

	private Object helpShow(CkanRequest r) {
		String name = r.required("name");
		String help = HELP.get(name);
		if (help == null) {
			throw CkanException.notFound("Action function not found");
		}
		return help;
	}

}
