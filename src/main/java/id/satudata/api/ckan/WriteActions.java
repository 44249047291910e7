package id.satudata.api.ckan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportOptions;
import id.satudata.katalog.Akses;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.HasilUnggahan;
import id.satudata.katalog.JenisData;
import id.satudata.katalog.JenisLampiran;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.KelolaKatalog;
import id.satudata.katalog.LampiranBaru;
import id.satudata.katalog.LampiranView;
import id.satudata.katalog.MetadataDataset;
import id.satudata.katalog.TingkatPenyajian;
import id.satudata.katalog.UnggahRilis;
import id.satudata.organisasi.TokenApiDirectory;
import id.satudata.pengumpulan.HasilPenyerahan;
import id.satudata.pengumpulan.PenyerahanData;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.storage.TempFiles;

/**
 * CKAN's write actions (a token is required, see {@link CkanActions}): {@code package_create},
 * {@code package_patch}, {@code resource_create} (a table becomes a release, or a producer's
 * submission; other files and links become attachments) and {@code api_token_create}. Changes go
 * through {@link KelolaKatalog} and {@link PenyerahanData}, validated and audited there.
 */
@Component
class WriteActions {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WriteActions.class);

	private final Katalog katalog;
	private final KelolaKatalog kelola;
	private final PackageActions packages;
	private final CkanDicts dicts;
	private final TokenApiDirectory tokens;
	private final SatuDataProperties properties;
	private final CkanMessages messages;
	private final TempFiles tempFiles;
	private final PenyerahanData penyerahan;

	WriteActions(Katalog katalog, KelolaKatalog kelola, PackageActions packages, CkanDicts dicts,
			TokenApiDirectory tokens, SatuDataProperties properties, CkanMessages messages, TempFiles tempFiles,
			PenyerahanData penyerahan) {
		this.katalog = katalog;
		this.kelola = kelola;
		this.packages = packages;
		this.dicts = dicts;
		this.tokens = tokens;
		this.properties = properties;
		this.messages = messages;
		this.tempFiles = tempFiles;
		this.penyerahan = penyerahan;
	}

	/**
	 * Creates the dataset; URL resources given inline become links of the dataset (it has no release
	 * yet: tables are uploaded with resource_create or datastore_create). All or nothing: a resource that
	 * is not a link with an http(s) URL refuses the whole call, and nothing is created.
	 */
	@org.springframework.transaction.annotation.Transactional
	Object packageCreate(CkanRequest r) {
		List<Map<String, Object>> resources = r.has("resources") ? r.dicts("resources") : List.of();
		List<String> errors = new ArrayList<>();
		int n = 0;
		for (Map<String, Object> res : resources) {
			n++;
			Object url = res.get("url");
			// another portal's uploaded file is a link to it here; only file content cannot come inline
			if (res.get("upload") != null) {
				errors.add(messages.get("ckan.galat.sumberKe", n, "upload", messages.get("ckan.galat.resourcesDiPaket")));
			}
			else if (!(url instanceof String u) || !u.strip().matches("https?://\\S{3,1990}")) {
				errors.add(messages.get("ckan.galat.sumberKe", n, "url", messages.get("validasi.url")));
			}
		}
		MetadataDataset m = metadata(r, true);
		if (!errors.isEmpty()) {
			throw CkanException.validation(Map.of("resources", errors));
		}
		DatasetDetail d = kelola.buat(m);
		for (Map<String, Object> res : resources) {
			String url = String.valueOf(res.get("url")).strip();
			Object name = res.get("name");
			Object description = res.get("description");
			kelola.lampirkan(d.ringkas().uuid(), new LampiranBaru(null, name == null || String.valueOf(name).isBlank() ? url
					: String.valueOf(name), description == null ? null : String.valueOf(description), JenisLampiran.TAUTAN,
					url, null, null, null));
		}
		return dicts.packageDict(resources.isEmpty() ? d : packages.dataset(d.ringkas().uuid()));
	}

	/** Only the given fields change; {@code state} deletes ("deleted") or restores ("active") the dataset. */
	@org.springframework.transaction.annotation.Transactional
	Object packagePatch(CkanRequest r) {
		String id = r.required("id");
		Boolean dihapus = state(r);
		MetadataDataset m = metadata(r, false);
		DatasetDetail d = kelola.ubah(id, m);
		if (dihapus != null) {
			d = kelola.ubahStatus(d.ringkas().uuid(), dihapus);
		}
		return dicts.packageDict(d);
	}

	/** CKAN's {@code state}: "active" restores, "deleted" deletes; absent keeps. */
	Boolean state(CkanRequest r) {
		String state = r.string("state");
		if (state == null) {
			return null;
		}
		return switch (state.toLowerCase(Locale.ROOT)) {
			case "active" -> Boolean.FALSE;
			case "deleted" -> Boolean.TRUE;
			default -> throw CkanException.validation("state", messages.get("ckan.galat.pilihan", state, "active, deleted"));
		};
	}

	/** A dataset's metadata from CKAN fields, extras, and (ckanext-scheming style) top-level extra fields. */
	MetadataDataset metadata(CkanRequest r, boolean create) {
		Map<String, String> extras = new LinkedHashMap<>();
		for (Map<String, Object> e : r.dicts("extras")) {
			Object key = e.get("key");
			if (key == null || !CkanDicts.EXTRAS.contains(String.valueOf(key))) {
				throw CkanException.validation("extras", messages.get("ckan.galat.extraTidakDikenal", key,
						String.join(", ", CkanDicts.EXTRAS)));
			}
			extras.put(String.valueOf(key), e.get("value") == null ? "" : String.valueOf(e.get("value")));
		}
		for (String key : CkanDicts.EXTRAS) {
			if (r.has(key)) {
				extras.put(key, r.string(key));
			}
		}
		List<String> tags = null;
		if (r.has("tags")) {
			tags = new ArrayList<>();
			for (Map<String, Object> t : r.dicts("tags")) {
				if (t.get("name") == null) {
					throw CkanException.validation("tags", messages.get("ckan.galat.wajib"));
				}
				tags.add(String.valueOf(t.get("name")));
			}
		}
		else if (r.has("tag_string")) {
			tags = r.list("tag_string");
		}
		String topik = null;
		if (r.has("groups")) {
			List<Map<String, Object>> groups = r.dicts("groups");
			if (groups.size() > 1) {
				throw CkanException.validation("groups", messages.get("ckan.galat.satuGrup"));
			}
			topik = groups.isEmpty() ? "" : topicCode(String.valueOf(groups.get(0).getOrDefault("name", groups.get(0).get("id"))));
		}
		Akses akses = enumValue(Akses.class, extras.get("akses"), "akses");
		if (akses == null && r.has("private")) {
			boolean priv = r.bool("private", false);
			akses = priv ? Akses.TERBATAS : (create ? Akses.TERBUKA : null);
		}
		return new MetadataDataset(r.string("name"), create ? r.required("title") : r.string("title"), r.string("notes"),
				create ? r.required("owner_org") : r.string("owner_org"), topik,
				enumValue(JenisData.class, extras.get("jenis_data"), "jenis_data"),
				enumValue(TingkatPenyajian.class, extras.get("tingkat_penyajian"), "tingkat_penyajian"),
				extras.get("cakupan_wilayah"), enumValue(Frekuensi.class, extras.get("frekuensi"), "frekuensi"),
				extras.get("satuan"), r.string("license_id"), akses, bool(extras.get("data_prioritas"), "data_prioritas"),
				bool(extras.get("data_induk"), "data_induk"), r.string("maintainer"), r.string("maintainer_email"),
				extras.get("standar_data"), tags);
	}

	/** A group named by its code or by its id (the uuid of the code). */
	private String topicCode(String nameOrId) {
		return katalog.topik().stream().map(t -> t.nilai())
			.filter(code -> CkanDicts.groupId(code).equalsIgnoreCase(nameOrId)).findFirst().orElse(nameOrId);
	}

	private <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			List<String> allowed = new ArrayList<>();
			for (E c : type.getEnumConstants()) {
				allowed.add(c.name());
			}
			throw CkanException.validation(field, messages.get("ckan.galat.pilihan", value, String.join(", ", allowed)));
		}
	}

	private Boolean bool(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true", "1", "yes", "ya" -> Boolean.TRUE;
			case "false", "0", "no", "tidak" -> Boolean.FALSE;
			default -> throw CkanException.validation(field, messages.get("ckan.galat.boolean"));
		};
	}

	Object resourceCreate(CkanRequest r) {
		String packageId = r.required("package_id");
		MultipartFile upload = r.file("upload");
		String name = r.string("name");
		if (upload == null || upload.isEmpty()) {
			if (upload != null) {
				throw CkanException.validation("upload", messages.get("ckan.galat.berkasKosong"));
			}
			String url = r.string("url");
			if (url == null) {
				throw CkanException.validation("url", messages.get("ckan.galat.wajib"));
			}
			LampiranView l = kelola.lampirkan(packageId, new LampiranBaru(r.string("rilis_id"), name == null ? url : name,
					r.string("description"), JenisLampiran.TAUTAN, url, null, null, null));
			return resourceOf(packageId, l.uuid());
		}
		String filename = upload.getOriginalFilename() == null ? "berkas" : upload.getOriginalFilename();
		String ext = filename.contains(".") ? filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
				: Optional.ofNullable(r.string("format")).orElse("").toLowerCase(Locale.ROOT);
		long started = System.nanoTime();
		// when the request came in, before its body was read (set by the upload size filter): the upload's time
		Object arrived = org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()
			.getAttribute(id.satudata.shared.web.UploadSizeFilter.ARRIVED_ATTRIBUTE,
					org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
		long received = arrived instanceof Long at ? (started - at) / 1_000_000 : -1;
		Path temp = tempFiles.save(upload);
		try {
			if (ext.equals("csv") || ext.equals("tsv") || ext.equals("txt") || ext.equals("xlsx") || ext.equals("xls")) {
				String periode = r.string("periode");
				if (periode == null && name != null && name.strip().matches("\\d{4}(-[TQS]?\\d{1,2}(-\\d{2})?)?")) {
					periode = name.strip();
				}
				if (periode == null) {
					throw CkanException.validation("periode", messages.get("ckan.galat.periode"));
				}
				DatasetDetail target = packages.dataset(packageId);
				if (!target.bolehKelola() && penyerahan.produsen(target.ringkas().id())) {
					return submission(packageId, target, temp, filename, periode, r);
				}
				HasilUnggahan hasil = kelola.unggahRilis(packageId, new UnggahRilis(temp, filename, periode,
						r.string("description"), new ImportOptions(r.string("sheet"), Map.of(), 0), true,
						r.bool("terbitkan", false)));
				if (!hasil.ok()) {
					throw CkanException.validation(Map.of("upload", issues(hasil.impor().issues(),
							hasil.impor().errorCount())));
				}
				long committed = System.nanoTime();
				Object answer = resourceOf(packageId, hasil.rilis().uuid());
				log.info("resource_create of {} ({} bytes): body received in {} ms, handled in {} ms (answer {} ms)", packageId,
						upload.getSize(), received, (System.nanoTime() - started) / 1_000_000,
						(System.nanoTime() - committed) / 1_000_000);
				return answer;
			}
			LampiranView l = kelola.lampirkan(packageId, new LampiranBaru(r.string("rilis_id"),
					name == null ? filename : name, r.string("description"), jenisLampiran(ext), null, temp, filename,
					upload.getContentType()));
			return resourceOf(packageId, l.uuid());
		}
		finally {
			tempFiles.delete(temp);
		}
	}

	/**
	 * A producer's upload: a submission that enters the review (never a publication). The answer is
	 * the draft resource with the submission's state; errors are reported like any other upload's.
	 */
	private Object submission(String packageId, DatasetDetail d, Path file, String filename, String periode,
			CkanRequest r) {
		HasilPenyerahan h = penyerahan.serahkan(d.ringkas().id(), periode, file, filename, r.string("sheet"),
				r.string("description"), r.bool("ajukan", true));
		if (h.rilisUuid() == null || h.jumlahGalat() > 0) {
			throw CkanException.validation(Map.of("upload", issues(h.temuan(), h.jumlahGalat() + h.jumlahPeringatan())));
		}
		Map<String, Object> resource = new LinkedHashMap<>(resourceOf(packageId, h.rilisUuid()));
		resource.put("pengajuan_id", String.valueOf(h.pengajuanId()));
		resource.put("status_pengajuan", h.status().name());
		resource.put("diajukan", h.diajukan());
		resource.put("jumlah_peringatan", h.jumlahPeringatan());
		resource.put("tautan_pengajuan", properties.baseUrl() + "/kelola/pengumpulan/pengajuan/" + h.pengajuanId());
		return resource;
	}

	private Map<String, Object> resourceOf(String packageId, String uuid) {
		DatasetDetail d = katalog.datasetDariSumber(uuid).orElseGet(() -> packages.dataset(packageId));
		return dicts.resource(d, uuid).orElseGet(() -> Map.of("id", uuid, "package_id", d.ringkas().uuid()));
	}

	private static JenisLampiran jenisLampiran(String ext) {
		return switch (ext) {
			case "pdf" -> JenisLampiran.PDF;
			case "png", "jpg", "jpeg", "gif", "webp", "svg" -> JenisLampiran.GAMBAR;
			case "geojson", "json" -> JenisLampiran.GEOJSON;
			case "doc", "docx", "odt", "ppt", "pptx", "odp" -> JenisLampiran.DOKUMEN;
			default -> JenisLampiran.LAINNYA;
		};
	}

	/** Import issues as lines people can act on: where (row, column), what, and the value. */
	private List<String> issues(List<ImportIssue> issues, long total) {
		List<String> out = new ArrayList<>();
		for (ImportIssue i : issues) {
			if (out.size() >= 50) {
				break;
			}
			String message = messages.get(i.messageKey(), i.argsArray());
			out.add(messages.get("ckan.galat.baris", i.row(), i.column() == null ? "—" : i.column(), message)
					+ (i.value() == null ? "" : " " + messages.get("ckan.galat.nilai", i.value())));
		}
		if (total > out.size()) {
			out.add(messages.get("ckan.galat.barisLain", total - out.size()));
		}
		return out;
	}

	Object apiTokenCreate(CkanRequest r) {
		String user = r.required("user");
		String name = r.required("name");
		Integer days = null;
		if (r.has("expires_in")) {
			long seconds = (long) r.integer("expires_in", 0, 1, Integer.MAX_VALUE)
					* r.integer("unit", 86_400, 1, 31_536_000);
			days = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (seconds + 86_399) / 86_400));
		}
		return Map.of("token", tokens.buat(user, name, days));
	}

}
