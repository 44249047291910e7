package id.satudata.sinkron.panen;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.satudata.sinkron.internal.KlienAman;
import id.satudata.sinkron.internal.SinkronProperties;
import id.satudata.sinkron.internal.TujuanDitolak;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CKAN Action API the way ckanext-harvest's CKAN harvester does: {@code package_search} paged
 * with {@code rows}/{@code start} and {@code sort=id asc} (optionally filtered by organization with
 * {@code fq}), then {@code package_show} for each dataset that is new or changed. Every request goes
 * through {@link KlienAman} to the source's origin only.
 */
class PembacaCkan {

	static final int BARIS = 100;

	/** A dataset in the gather listing. */
	record Ringkas(String id, String nama, String diubah) {
	}

	private final KlienAman klien;
	private final JsonMapper json;
	private final SinkronProperties properties;
	private final String dasar;
	private final Set<String> asal;

	PembacaCkan(KlienAman klien, JsonMapper json, SinkronProperties properties, SumberPanen sumber) {
		this.klien = klien;
		this.json = json;
		this.properties = properties;
		this.dasar = sumber.getUrlDasar();
		this.asal = sumber.asal();
	}

	/** Every public dataset of the source (of the given organizations, if any), by id. */
	List<Ringkas> daftar(List<String> organisasi) {
		Map<String, String> params = new LinkedHashMap<>();
		if (!organisasi.isEmpty()) {
			params.put("fq", organisasi.stream().map(o -> "organization:" + o).collect(Collectors.joining(" OR ")));
		}
		params.put("sort", "id asc");
		params.put("rows", String.valueOf(BARIS));
		List<Ringkas> out = new ArrayList<>();
		Map<String, Boolean> seen = new LinkedHashMap<>();
		for (int page = 0; page < properties.maksHalaman(); page++) {
			params.put("start", String.valueOf(page * BARIS));
			JsonNode result = action("package_search", params);
			JsonNode results = result.path("results");
			for (JsonNode p : results) {
				String id = p.path("id").asString("");
				if (!id.isEmpty() && seen.putIfAbsent(id, true) == null) {
					out.add(new Ringkas(id, p.path("name").asString(id), p.path("metadata_modified").asString("")));
				}
			}
			if (results.size() < BARIS || (page + 1) * BARIS >= result.path("count").asInt(0)) {
				return out;
			}
		}
		return out;
	}

	PaketAsal paket(String id) {
		JsonNode p = action("package_show", Map.of("id", id));
		Map<String, String> extras = new LinkedHashMap<>();
		for (JsonNode e : p.path("extras")) {
			extras.put(e.path("key").asString(""), e.path("value").asString(""));
		}
		JsonNode org = p.path("organization");
		String kode = org.path("kode_wilayah").asString("");
		for (JsonNode e : org.path("extras")) {
			String k = e.path("key").asString("");
			if (k.equals("kode_wilayah") || k.equals("kode_kemendagri")) {
				kode = e.path("value").asString("");
			}
		}
		List<String> tags = new ArrayList<>();
		p.path("tags").forEach(t -> tags.add(t.path("name").asString("")));
		List<String> groups = new ArrayList<>();
		p.path("groups").forEach(g -> groups.add(g.path("name").asString("")));
		List<PaketAsal.SumberTabel> tabel = new ArrayList<>();
		for (JsonNode r : p.path("resources")) {
			String format = r.path("format").asString("");
			boolean datastore = r.path("datastore_active").asBoolean(false);
			if (!datastore && !"CSV".equalsIgnoreCase(format)) {
				continue;
			}
			String diubah = r.path("last_modified").asString("");
			if (diubah.isEmpty()) {
				diubah = r.path("metadata_modified").asString(r.path("created").asString(""));
			}
			tabel.add(new PaketAsal.SumberTabel(r.path("id").asString(""), r.path("name").asString(""),
					r.path("url").asString(""), format, diubah, r.path("periode").asString(""), datastore));
		}
		String name = p.path("name").asString(id);
		boolean publik = !p.path("private").asBoolean(false) && "active".equals(p.path("state").asString("active"));
		return new PaketAsal(p.path("id").asString(id), name, p.path("title").asString(name),
				p.path("notes").asString(""), p.path("metadata_modified").asString(""), org.path("name").asString(""),
				org.path("title").asString(""), kode, tags, groups, extras, p.path("license_id").asString(""),
				p.path("maintainer").asString(""), p.path("maintainer_email").asString(""), dasar + "/dataset/" + name,
				publik, tabel);
	}

	private JsonNode action(String action, Map<String, String> params) {
		String query = params.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		URI uri = URI.create(dasar + "/api/3/action/" + action + (query.isEmpty() ? "" : "?" + query));
		byte[] body = klien.ambil(uri, asal, properties.maksJawaban());
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (RuntimeException e) {
			throw new TujuanDitolak("sinkron.galat.bukanJson", uri.getHost());
		}
		if (!root.path("success").asBoolean(false)) {
			throw new TujuanDitolak("sinkron.galat.ckan", action, root.path("error").path("message").asString(""));
		}
		return root.path("result");
	}

}
