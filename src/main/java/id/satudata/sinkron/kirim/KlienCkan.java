package id.satudata.sinkron.kirim;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the CKAN Action API of the upper-level portal, and nothing else: every request goes to the
 * configured base URL's host (the address is built from it, and checked again before sending),
 * redirects are never followed (a 3xx is a failure, so an answer cannot send the token or the
 * request to another host), each request has a connect and a total timeout, and at most
 * {@code batasRespons} bytes of an answer are read.
 */
class KlienCkan {

	private final URI dasar;
	private final String token;
	private final HttpClient http;
	private final JsonMapper json;
	private final KirimProperties properties;

	KlienCkan(String urlDasar, String token, JsonMapper json, KirimProperties properties) {
		this.dasar = URI.create(urlDasar.endsWith("/") ? urlDasar.substring(0, urlDasar.length() - 1) : urlDasar);
		this.token = token;
		this.json = json;
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(properties.waktuHubung())
			.build();
	}

	/** {@code package_show}: the package of that name or id, empty when the portal has none (404). */
	Optional<JsonNode> packageShow(String id) throws GagalKirim {
		URI uri = alamat("package_show", "?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
		try {
			return Optional.of(kirim(HttpRequest.newBuilder(uri).GET()));
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
		URI uri = alamat(aksi, "");
		return kirim(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(data), StandardCharsets.UTF_8)));
	}

	private URI alamat(String aksi, String query) throws GagalKirim {
		URI uri = URI.create(dasar + "/api/3/action/" + aksi + query);
		if (!dasar.getHost().equalsIgnoreCase(uri.getHost()) || uri.getPort() != dasar.getPort()
				|| !dasar.getScheme().equalsIgnoreCase(uri.getScheme())) {
			throw new GagalKirim("Alamat di luar portal tujuan: " + uri.getHost());
		}
		return uri;
	}

	private JsonNode kirim(HttpRequest.Builder request) throws GagalKirim {
		request.timeout(properties.waktuTunggu()).header("Accept", "application/json")
			.header("User-Agent", "SatuData-Kirim/1");
		if (token != null) {
			request.header("Authorization", token);
		}
		HttpResponse<InputStream> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException e) {
			throw new GagalKirim("Portal tujuan tidak dapat dihubungi (" + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new GagalKirim("Pengiriman dihentikan");
		}
		int status = response.statusCode();
		byte[] body = baca(response);
		if (status >= 300 && status < 400) {
			throw new GagalKirim("Portal tujuan menjawab dengan pengalihan (HTTP " + status
					+ "), yang tidak diikuti; periksa alamat dasar", status);
		}
		JsonNode answer;
		try {
			answer = json.readTree(body);
		}
		catch (JacksonException e) {
			throw new GagalKirim("Jawaban portal tujuan bukan JSON CKAN (HTTP " + status + ")", status);
		}
		if (status >= 400 || !answer.path("success").asBoolean(false)) {
			throw new GagalKirim("HTTP " + status + ": " + galat(answer.path("error")), status == 200 ? 409 : status);
		}
		return answer.path("result");
	}

	private byte[] baca(HttpResponse<InputStream> response) throws GagalKirim {
		long batas = properties.batasRespons().toBytes();
		try (InputStream in = response.body()) {
			byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, batas + 1));
			if (body.length > batas) {
				throw new GagalKirim("Jawaban portal tujuan melebihi batas " + batas + " bita", response.statusCode());
			}
			return body;
		}
		catch (IOException e) {
			throw new GagalKirim("Jawaban portal tujuan terputus (" + e.getClass().getSimpleName() + ")",
					response.statusCode());
		}
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
