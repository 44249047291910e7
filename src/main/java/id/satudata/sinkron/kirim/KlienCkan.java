package id.satudata.sinkron.kirim;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;

import id.satudata.sinkron.internal.KlienAman;
import id.satudata.sinkron.internal.TujuanDitolak;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the CKAN Action API of the upper-level portal, and nothing else, through
 * {@link KlienAman} — the same guard as harvests: every request goes to the configured base URL's
 * origin only, to an address sinkron may contact (never link-local or multicast; loopback and private
 * networks only with {@code satudata.sinkron.jaringan-privat}); a redirect to another host is refused
 * and a POST's redirect is never followed (so neither the token nor a package goes anywhere else); the
 * connect timeout is {@code satudata.sinkron.batas-sambung}, the answer's {@code waktu-tunggu}; at most
 * {@code batas-respons} bytes of an answer are read.
 */
class KlienCkan {

	private final URI dasar;
	private final Set<String> asal;
	private final String token;
	private final KlienAman klien;
	private final JsonMapper json;
	private final KirimProperties properties;
	private final MessageSource pesan;

	KlienCkan(String urlDasar, String token, KlienAman klien, JsonMapper json, KirimProperties properties,
			MessageSource pesan) {
		this.dasar = URI.create(urlDasar.endsWith("/") ? urlDasar.substring(0, urlDasar.length() - 1) : urlDasar);
		this.asal = Set.of(KlienAman.asal(dasar));
		this.token = token;
		this.klien = klien;
		this.json = json;
		this.properties = properties;
		this.pesan = pesan;
	}

	/** {@code package_show}: the package of that name or id, empty when the portal has none (404). */
	Optional<JsonNode> packageShow(String id) throws GagalKirim {
		URI uri = alamat("package_show", "?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
		try {
			return Optional.of(kirim(uri, null));
		}
		catch (GagalKirim e) {
			if (e.status() == 404) {
				return Optional.empty();
			}
			throw e;
		}
	}

	/** A write action ({@code package_create}, {@code package_update}, {@code package_delete}): its result. */
	JsonNode aksi(String aksi, Map<String, Object> data) throws GagalKirim {
		return kirim(alamat(aksi, ""), json.writeValueAsString(data).getBytes(StandardCharsets.UTF_8));
	}

	private URI alamat(String aksi, String query) throws GagalKirim {
		URI uri = URI.create(dasar + "/api/3/action/" + aksi + query);
		if (!KlienAman.diizinkan(uri, asal)) {
			throw new GagalKirim("Alamat di luar portal tujuan: " + uri.getHost());
		}
		return uri;
	}

	private JsonNode kirim(URI uri, byte[] body) throws GagalKirim {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept", "application/json");
		if (body != null) {
			headers.put("Content-Type", "application/json");
		}
		if (token != null) {
			headers.put("Authorization", token);
		}
		KlienAman.Jawaban jawaban;
		try {
			jawaban = klien.kirim(uri, asal, headers, body, properties.waktuTunggu(), properties.batasRespons().toBytes());
		}
		catch (TujuanDitolak e) {
			if (e.getMessageKey().equals("sinkron.galat.jaringan") && e.getArgs().length > 1) {
				throw new GagalKirim("Portal tujuan tidak dapat dihubungi (" + e.getArgs()[1] + ")");
			}
			// the guard's reason (a refused redirect or address, an answer over the cap), as the page shows it
			throw new GagalKirim("Portal tujuan: " + pesan.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(),
					Locale.forLanguageTag("id")));
		}
		int status = jawaban.status();
		if (status >= 300 && status < 400) {
			throw new GagalKirim("Portal tujuan menjawab dengan pengalihan (HTTP " + status
					+ "), yang tidak diikuti; periksa alamat dasar", status);
		}
		JsonNode answer;
		try {
			answer = json.readTree(jawaban.body());
		}
		catch (JacksonException e) {
			throw new GagalKirim("Jawaban portal tujuan bukan JSON CKAN (HTTP " + status + ")", status);
		}
		if (status >= 400 || !answer.path("success").asBoolean(false)) {
			throw new GagalKirim("HTTP " + status + ": " + galat(answer.path("error")), status == 200 ? 409 : status);
		}
		return answer.path("result");
	}

	/** CKAN's error dict as one short line: the message, or each field with its messages. */
	private static String galat(JsonNode error) {
		if (error.isString()) {
			return pendek(error.asString());
		}
		if (error.has("message")) {
			return pendek(error.path("__type").asString("") + " " + error.path("message").asString(""));
		}
		StringBuilder s = new StringBuilder(error.path("__type").asString("Error"));
		for (Map.Entry<String, JsonNode> field : error.properties()) {
			if (!field.getKey().equals("__type")) {
				s.append("; ").append(field.getKey()).append(": ").append(field.getValue().toString());
			}
		}
		return pendek(s.toString());
	}

	private static String pendek(String s) {
		String t = s.strip();
		return t.length() > 500 ? t.substring(0, 499) + "…" : t.isEmpty() ? "galat tanpa keterangan"
				: t.toLowerCase(Locale.ROOT).contains("authorization") ? t + " (periksa token API)" : t;
	}

}
