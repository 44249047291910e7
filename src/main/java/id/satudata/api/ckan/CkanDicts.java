package id.satudata.api.ckan;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import id.satudata.katalog.Akses;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.IdPublik;
import id.satudata.katalog.JenisLampiran;
import id.satudata.katalog.LampiranView;
import id.satudata.katalog.OrganisasiKatalog;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.StatusRilis;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.KodeView;
import id.satudata.shared.SatuDataProperties;

/**
 * Builds CKAN's dicts (package, resource, organization, group, tag) from the catalog, and documents
 * the mapping of SDI metadata to CKAN fields and {@code extras} (docs/api.md).
 */
@Component
class CkanDicts {

	/** SDI metadata carried in CKAN {@code extras}, in this order. */
	static final List<String> EXTRAS = List.of("jenis_data", "tingkat_penyajian", "cakupan_wilayah", "frekuensi",
			"satuan", "akses", "data_prioritas", "data_induk", "standar_data", "daftar_data_id",
			"metadata_statistik_id", "periode");

	private static final DateTimeFormatter CKAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
		.withZone(ZoneOffset.UTC);

	/** The licences a dataset may carry (DatasetForm's list): id → title, URL. */
	static final Map<String, String[]> LICENSES = Map.of(
			"CC-BY-4.0", new String[] { "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/" },
			"CC-BY-SA-4.0", new String[] { "Creative Commons Attribution Share-Alike 4.0",
					"https://creativecommons.org/licenses/by-sa/4.0/" },
			"CC0-1.0", new String[] { "Creative Commons CCZero", "https://creativecommons.org/publicdomain/zero/1.0/" },
			"ODC-BY-1.0", new String[] { "Open Data Commons Attribution License",
					"https://opendatacommons.org/licenses/by/1-0/" },
			"ODC-ODbL-1.0", new String[] { "Open Data Commons Open Database License (ODbL)",
					"https://opendatacommons.org/licenses/odbl/1-0/" });

	static final String TOPIK = "topik-data";

	private final SatuDataProperties properties;
	private final OrganisasiDirectory organisasi;
	private final KodeReferensiLookup kodeReferensi;

	CkanDicts(SatuDataProperties properties, OrganisasiDirectory organisasi, KodeReferensiLookup kodeReferensi) {
		this.properties = properties;
		this.organisasi = organisasi;
		this.kodeReferensi = kodeReferensi;
	}

	static String time(Instant t) {
		return t == null ? null : CKAN_TIME.format(t);
	}

	/** Government names and topic titles, which change rarely: looked up once and kept ten minutes. */
	private final Cache<Long, String> pemerintah = Caffeine.newBuilder().maximumSize(2_000)
		.expireAfterWrite(Duration.ofMinutes(10)).build();

	private final Cache<String, String> topik = Caffeine.newBuilder().maximumSize(2_000)
		.expireAfterWrite(Duration.ofMinutes(10)).build();

	String pemerintah(long organisasiId) {
		return pemerintah.get(organisasiId, id -> organisasi.organisasi(id).map(OrganisasiRef::nama).orElse(""));
	}

	private final Cache<Long, String> kodeWilayah = Caffeine.newBuilder().maximumSize(2_000)
		.expireAfterWrite(Duration.ofMinutes(10)).build();

	/** The Kemendagri code of a government (an upper level maps this portal's organizations by it when harvesting). */
	String kodeWilayah(long organisasiId) {
		return kodeWilayah.get(organisasiId, id -> organisasi.organisasi(id).map(OrganisasiRef::kodeWilayah).orElse(""));
	}

	private final Cache<Long, String> unitUuid = Caffeine.newBuilder().maximumSize(5_000)
		.expireAfterWrite(Duration.ofMinutes(10)).build();

	/** A producing unit's stable public id (the CKAN organization id; a unit's uuid never changes). */
	String unitUuid(long unitId) {
		return unitUuid.get(unitId, u -> organisasi.unit(u).map(UnitRef::uuid).orElse(String.valueOf(u)));
	}

	/** A topic's CKAN group id (see {@link IdPublik#topik}). */
	static String groupId(String code) {
		return IdPublik.topik(code);
	}

	String topicTitle(String code) {
		return topik.get(code, c -> kodeReferensi.kode(TOPIK, c).map(KodeView::nama).orElse(c));
	}

	/** The organization of a package: its producing unit. */
	Map<String, Object> organization(DatasetRingkas d, Long unitId) {
		Map<String, Object> org = new LinkedHashMap<>();
		org.put("id", unitId == null ? d.produsenSlug() : unitUuid(unitId));
		org.put("name", d.produsenSlug());
		org.put("title", d.produsenNama());
		org.put("display_name", d.produsenNama());
		org.put("type", "organization");
		org.put("description", pemerintah(d.organisasiId()));
		org.put("kode_wilayah", kodeWilayah(d.organisasiId()));
		org.put("image_url", "");
		org.put("is_organization", true);
		org.put("approval_status", "approved");
		org.put("state", "active");
		return org;
	}

	Map<String, Object> packageDict(DatasetDetail detail) {
		DatasetRingkas d = detail.ringkas();
		Map<String, Object> p = new LinkedHashMap<>();
		String[] license = LICENSES.getOrDefault(d.lisensi(), new String[] { d.lisensi(), null });
		p.put("id", d.uuid());
		p.put("name", d.slug());
		p.put("title", d.judul());
		p.put("type", "dataset");
		p.put("state", d.dihapus() ? "deleted" : "active");
		p.put("private", d.akses() != Akses.TERBUKA || !d.ditayangkan());
		p.put("notes", d.deskripsi());
		p.put("url", pageUrl(d.slug()));
		p.put("version", null);
		p.put("author", d.produsenNama());
		p.put("author_email", null);
		p.put("maintainer", detail.kontakNama());
		p.put("maintainer_email", detail.kontakEmail());
		p.put("license_id", d.lisensi());
		p.put("license_title", license[0]);
		p.put("license_url", license[1]);
		p.put("isopen", d.lisensi() != null && LICENSES.containsKey(d.lisensi()));
		p.put("metadata_created", time(d.dibuatPada()));
		p.put("metadata_modified", time(d.diubahPada()));
		Map<String, Object> org = organization(d, detail.produsenUnitId());
		p.put("owner_org", org.get("id"));
		p.put("organization", org);
		List<Map<String, Object>> groups = new ArrayList<>();
		if (d.topik() != null) {
			groups.add(group(d.topik(), topicTitle(d.topik()), null));
		}
		p.put("groups", groups);
		// sets from the catalog have no fixed order: sort, so the same dataset always gives the same dict
		List<Map<String, Object>> tags = d.kataKunci().stream().sorted().map(CkanDicts::tag).toList();
		p.put("tags", tags);
		p.put("num_tags", tags.size());
		List<Map<String, Object>> extras = new ArrayList<>();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("jenis_data", d.jenisData().name());
		values.put("tingkat_penyajian", d.tingkatPenyajian().name());
		values.put("cakupan_wilayah", detail.cakupanWilayah());
		values.put("frekuensi", d.frekuensi().name());
		values.put("satuan", detail.satuan());
		values.put("akses", d.akses().name());
		values.put("data_prioritas", String.valueOf(d.dataPrioritas()));
		values.put("data_induk", String.valueOf(d.dataInduk()));
		values.put("standar_data", detail.standarData());
		values.put("daftar_data_id", detail.daftarDataId() == null ? null : detail.daftarDataId().toString());
		values.put("metadata_statistik_id", detail.metadataStatistikId() == null ? null
				: detail.metadataStatistikId().toString());
		values.put("periode", String.join(",", d.periode().stream().sorted(java.util.Comparator.reverseOrder()).toList()));
		values.forEach((k, v) -> {
			if (v != null && !v.toString().isEmpty()) {
				extras.add(extra(k, v.toString()));
			}
		});
		p.put("extras", extras);
		List<Map<String, Object>> resources = new ArrayList<>();
		int position = 0;
		for (RilisView r : detail.rilis()) {
			resources.add(resource(d, r, position++));
			for (LampiranView l : r.lampiran()) {
				resources.add(resource(d, r, l, position++));
			}
		}
		for (LampiranView l : detail.tautan()) {
			resources.add(resource(d, null, l, position++));
		}
		p.put("resources", resources);
		p.put("num_resources", resources.size());
		p.put("relationships_as_object", List.of());
		p.put("relationships_as_subject", List.of());
		return p;
	}

	/** A release's table as a CKAN resource with a datastore. */
	Map<String, Object> resource(DatasetRingkas d, RilisView r, int position) {
		Map<String, Object> res = new LinkedHashMap<>();
		res.put("id", r.uuid());
		res.put("package_id", d.uuid());
		res.put("name", d.judul() + " — " + r.periode() + (r.versi() > 1 ? " (versi " + r.versi() + ")" : ""));
		res.put("description", r.catatan());
		res.put("format", "CSV");
		res.put("mimetype", "text/csv");
		res.put("url", pageUrl(d.slug()) + "/rilis/" + r.uuid() + "/unduh.csv");
		res.put("url_type", "upload");
		res.put("size", null);
		res.put("hash", "");
		res.put("created", time(r.dibuatPada()));
		res.put("last_modified", time(r.diterbitkanPada() == null ? r.dibuatPada() : r.diterbitkanPada()));
		res.put("metadata_modified", time(r.diterbitkanPada() == null ? r.dibuatPada() : r.diterbitkanPada()));
		res.put("position", position);
		res.put("state", "active");
		res.put("datastore_active", true);
		res.put("periode", r.periode());
		res.put("versi", r.versi());
		res.put("status_rilis", r.status().name());
		res.put("terkini", r.terkini());
		res.put("jumlah_baris", r.jumlahBaris());
		res.put("nama_berkas", r.namaBerkas());
		return res;
	}

	/** An attachment (PDF, image, GeoJSON, link) as a CKAN resource without a datastore ({@code r}: null for a link of the dataset itself). */
	Map<String, Object> resource(DatasetRingkas d, RilisView r, LampiranView l, int position) {
		Map<String, Object> res = new LinkedHashMap<>();
		res.put("id", l.uuid());
		res.put("package_id", d.uuid());
		res.put("name", l.nama());
		res.put("description", l.deskripsi());
		res.put("format", l.format() == null ? "" : l.format().toUpperCase(Locale.ROOT));
		res.put("mimetype", l.tipeMime());
		res.put("url", l.jenis() == JenisLampiran.TAUTAN ? l.url() : pageUrl(d.slug()) + "/lampiran/" + l.uuid());
		res.put("url_type", l.jenis() == JenisLampiran.TAUTAN ? null : "upload");
		res.put("size", l.ukuran());
		res.put("hash", "");
		res.put("created", time(l.dibuatPada()));
		res.put("last_modified", time(l.dibuatPada()));
		res.put("metadata_modified", time(l.dibuatPada()));
		res.put("position", position);
		res.put("state", "active");
		res.put("datastore_active", false);
		// a link of the dataset itself belongs to no release
		res.put("periode", r == null ? null : r.periode());
		res.put("versi", r == null ? null : r.versi());
		res.put("status_rilis", r == null ? null : r.status() == null ? StatusRilis.DRAFT.name() : r.status().name());
		res.put("jenis_lampiran", l.jenis().name());
		return res;
	}

	/**
	 * The resource dict of a release's table or attachment of the dataset, by its id, at its position in
	 * the package's resources.
	 */
	Optional<Map<String, Object>> resource(DatasetDetail d, String uuid) {
		int position = 0;
		for (RilisView rilis : d.rilis()) {
			if (rilis.uuid().equals(uuid)) {
				return Optional.of(resource(d.ringkas(), rilis, position));
			}
			position++;
			for (LampiranView l : rilis.lampiran()) {
				if (l.uuid().equals(uuid)) {
					return Optional.of(resource(d.ringkas(), rilis, l, position));
				}
				position++;
			}
		}
		for (LampiranView l : d.tautan()) {
			if (l.uuid().equals(uuid)) {
				return Optional.of(resource(d.ringkas(), null, l, position));
			}
			position++;
		}
		return Optional.empty();
	}

	Map<String, Object> organization(OrganisasiKatalog o, boolean withCount) {
		Map<String, Object> org = new LinkedHashMap<>();
		org.put("id", o.uuid());
		org.put("name", o.slug());
		org.put("title", o.nama());
		org.put("display_name", o.nama());
		org.put("type", "organization");
		org.put("description", o.pemerintah());
		org.put("image_url", "");
		org.put("image_display_url", "");
		org.put("is_organization", true);
		org.put("approval_status", "approved");
		org.put("state", "active");
		org.put("created", null);
		org.put("pemerintah", o.pemerintah());
		org.put("kode_wilayah", kodeWilayah(o.organisasiId()));
		if (withCount) {
			org.put("package_count", o.jumlahDataset());
		}
		return org;
	}

	static Map<String, Object> group(String code, String title, Long count) {
		Map<String, Object> g = new LinkedHashMap<>();
		g.put("id", groupId(code));
		g.put("name", code);
		g.put("title", title);
		g.put("display_name", title);
		g.put("type", "group");
		g.put("description", "");
		g.put("image_url", "");
		g.put("image_display_url", "");
		g.put("is_organization", false);
		g.put("approval_status", "approved");
		g.put("state", "active");
		if (count != null) {
			g.put("package_count", count);
		}
		return g;
	}

	static Map<String, Object> tag(String name) {
		Map<String, Object> t = new LinkedHashMap<>();
		t.put("id", name);
		t.put("name", name);
		t.put("display_name", name);
		t.put("state", "active");
		t.put("vocabulary_id", null);
		return t;
	}

	private static Map<String, Object> extra(String key, String value) {
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("key", key);
		e.put("value", value);
		return e;
	}

	String pageUrl(String slug) {
		return properties.baseUrl() + "/dataset/" + slug;
	}

}
