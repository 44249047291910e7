package id.satudata.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CKAN client for tests: calls {@code /api/3/action/*} as the public (no token) or with a token,
 * and reads the answer with the application's own JSON mapper. Also the object mother of catalog
 * test data made through the real API (package_create, resource_create), as a Walidata would.
 */
public class CkanApi {

	private final MockMvc mvc;
	private final JsonMapper json;

	public CkanApi(MockMvc mvc, JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	/** A small release table (two kecamatan of Kota Pangkalpinang, one year) for tests that need any published data. */
	public static final String CSV_KECAMATAN = """
			nama_kecamatan,tahun,jumlah
			Bukit Intan,2023,120
			Gerunggang,2023,90
			""";

	/** The documented demo token of a demo account. */
	public static String token(String username) {
		return "sd_demo_" + username;
	}

	/** An answer: HTTP status, raw body and the parsed body. */
	public record Answer(int status, String body, JsonNode json) {

		public JsonNode result() {
			return json.path("result");
		}

		public JsonNode error() {
			return json.path("error");
		}

		public Answer ok() {
			assertThat(status).as("HTTP status of %s", body).isEqualTo(200);
			assertThat(json.path("success").asBoolean(false)).as("success in %s", body).isTrue();
			return this;
		}

		/** A CKAN error with this status and {@code __type}. */
		public Answer failed(int expectedStatus, String type) {
			assertThat(status).as("HTTP status of %s", body).isEqualTo(expectedStatus);
			assertThat(json.path("success").isBoolean() && !json.path("success").asBoolean()).as("success false in %s", body)
				.isTrue();
			assertThat(json.path("result").isMissingNode()).as("no result in %s", body).isTrue();
			assertThat(error().path("__type").asString()).as("__type in %s", body).isEqualTo(type);
			return this;
		}

		public Answer notFound() {
			return failed(404, "Not Found Error");
		}

	}

	/** A GET with URL parameters (name, value, name, value, ...). */
	public Answer get(String action, String token, String... params) throws Exception {
		MockHttpServletRequestBuilder b = MockMvcRequestBuilders.get("/api/3/action/" + action);
		for (int i = 0; i < params.length; i += 2) {
			b.param(params[i], params[i + 1]);
		}
		return perform(b, token);
	}

	/** A POST with a JSON body. */
	public Answer post(String action, String token, Map<String, ?> body) throws Exception {
		return perform(MockMvcRequestBuilders.post("/api/3/action/" + action).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)), token);
	}

	/**
	 * The message of a {@code datastore_search_sql} the API refuses (409 in CKAN's shape: {@code query} and
	 * {@code info.orig}, the same message, with the statement in {@code info.statement}).
	 */
	public String sqlError(String token, String sql) throws Exception {
		JsonNode error = get("datastore_search_sql", token, "sql", sql).failed(409, "Validation Error").error();
		String message = error.path("info").path("orig").get(0).asString();
		assertThat(error.path("query").get(0).asString()).isEqualTo(message);
		assertThat(error.path("info").path("statement").get(0).asString()).isEqualTo(sql);
		return message;
	}

	/** A multipart POST with a file in {@code upload} and form fields (name, value, ...). */
	public Answer upload(String action, String token, String filename, byte[] content, String... params)
			throws Exception {
		MockMultipartHttpServletRequestBuilder b = MockMvcRequestBuilders.multipart("/api/3/action/" + action);
		if (content != null) {
			b.file(new MockMultipartFile("upload", filename, "application/octet-stream", content));
		}
		for (int i = 0; i < params.length; i += 2) {
			b.param(params[i], params[i + 1]);
		}
		return perform(b, token);
	}

	public Answer perform(AbstractMockHttpServletRequestBuilder<?> b, String token) throws Exception {
		if (token != null) {
			b.header("Authorization", token);
		}
		MockHttpServletResponse response = mvc.perform(b).andReturn().getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		JsonNode node = body.isBlank() ? json.missingNode() : json.readTree(body);
		return new Answer(response.getStatus(), body, node);
	}

	// ---- test data through the API ----------------------------------------------------------

	/** Creates a dataset (package_create) and returns its package dict. */
	public JsonNode createDataset(String token, Map<String, ?> fields) throws Exception {
		return post("package_create", token, fields).ok().result();
	}

	/** Uploads a CSV as a new release (resource_create) and returns its resource id (release uuid). */
	public String uploadRelease(String token, String dataset, String csv, String periode, boolean publish)
			throws Exception {
		Answer a = upload("resource_create", token, "data-" + periode + ".csv", csv.getBytes(StandardCharsets.UTF_8),
				"package_id", dataset, "periode", periode, "terbitkan", String.valueOf(publish)).ok();
		String id = a.result().path("id").asString();
		assertThat(id).hasSize(36);
		assertThat(a.result().path("status_rilis").asString()).isEqualTo(publish ? "TERBIT" : "DRAFT");
		return id;
	}

	/** Attaches a small PDF file to a release (resource_create with rilis_id) and returns its id. */
	public String attachPdf(String token, String dataset, String releaseId, String name) throws Exception {
		Answer a = upload("resource_create", token, name + ".pdf",
				"%PDF-1.4\n% test attachment\n".getBytes(StandardCharsets.US_ASCII), "package_id", dataset, "rilis_id",
				releaseId, "name", name).ok();
		assertThat(a.result().path("datastore_active").asBoolean(true)).isFalse();
		return a.result().path("id").asString();
	}

}
