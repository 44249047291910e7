package id.satudata.sinkron.panen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
class PembacaCkan implements PembacaSumber {

	static final int BARIS = 100;

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
	@Override
	public List<Ringkas> daftar(List<String> organisasi) {
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

	@Override
	public PaketAsal paket(String id) {
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

	/** Rows per {@code datastore_search} page when a table is read from the datastore. */
	static final int BARIS_DATASTORE = 1000;

	/**
	 * A table the source serves through its datastore (a resource with {@code datastore_active} and no
	 * download of its own, or whose URL is the datastore dump): read with {@code datastore_search}, paged
	 * by {@code limit}/{@code offset}, and written as CSV with the table's columns ({@code _id} and
	 * {@code _full_text} left out), at most {@code maks-baris-tabel} rows (one more, so the import
	 * reports the limit) and {@code maks-tabel} bytes.
	 */
	@Override
	public void datastore(PaketAsal.SumberTabel tabel, Path file) {
		long batasBaris = properties.maksBarisTabel() + 1;
		long bytes = 0;
		long offset = 0;
		List<String> kolom = null;
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			while (offset < batasBaris) {
				Map<String, String> params = new LinkedHashMap<>();
				params.put("resource_id", tabel.id());
				params.put("limit", String.valueOf(Math.min(BARIS_DATASTORE, batasBaris - offset)));
				params.put("offset", String.valueOf(offset));
				JsonNode r = action("datastore_search", params);
				if (kolom == null) {
					kolom = new ArrayList<>();
					for (JsonNode f : r.path("fields")) {
						String id = f.path("id").asString("");
						if (!id.isEmpty() && !id.equals("_id") && !id.equals("_full_text")) {
							kolom.add(id);
						}
					}
					if (kolom.isEmpty()) {
						throw new TujuanDitolak("panen.galat.datastoreKosong", tabel.id());
					}
					bytes += baris(w, kolom);
				}
				JsonNode records = r.path("records");
				for (JsonNode rec : records) {
					List<String> nilai = new ArrayList<>(kolom.size());
					for (String k : kolom) {
						JsonNode v = rec.path(k);
						nilai.add(v.isNull() || v.isMissingNode() ? "" : v.isValueNode() ? v.asString("") : v.toString());
					}
					bytes += baris(w, nilai);
					if (bytes > properties.maksTabel()) {
						throw new TujuanDitolak("sinkron.galat.terlaluBesar", URI.create(dasar).getHost(),
								properties.maksTabel());
					}
				}
				offset += records.size();
				if (records.isEmpty() || offset >= r.path("total").asLong(Long.MAX_VALUE)) {
					return;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Whether a resource's table is read from the datastore rather than downloaded from its URL: it is
	 * in the datastore and has no download of its own, its URL is the datastore dump, or its file is not
	 * a CSV (an XLSX the source loaded into its datastore, say).
	 */
	static boolean lewatDatastore(PaketAsal.SumberTabel t) {
		return t.datastore() && (t.url() == null || t.url().isBlank() || t.url().contains("/datastore/dump/")
				|| !"CSV".equalsIgnoreCase(t.format()));
	}

	/** One CSV line (RFC 4180 quoting); its length in bytes. */
	private static long baris(Writer w, List<String> nilai) throws IOException {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < nilai.size(); i++) {
			String v = nilai.get(i);
			if (i > 0) {
				b.append(',');
			}
			if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
				b.append('"').append(v.replace("\"", "\"\"")).append('"');
			}
			else {
				b.append(v);
			}
		}
		b.append("\r\n");
		w.write(b.toString());
		return b.toString().getBytes(StandardCharsets.UTF_8).length;
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
