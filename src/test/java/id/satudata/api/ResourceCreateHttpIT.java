package id.satudata.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.ServerTest;

/**
 * {@code resource_create} over real HTTP (Tomcat's multipart parsing, whose file part is moved, not
 * copied, into the import; the other API tests go through MockMvc): a CSV into a dataset without a schema (the schema taken from the file, validated, published), fields before and
 * after the file, a bad row reported by row and column, a body cut short refused with 400.
 */
@ServerTest
class ResourceCreateHttpIT {

	private static final String TOKEN = CkanApi.token(Demo.WALIDATA);

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aTableStreamedOverHttpIsImportedAndABadRowIsReported() throws Exception {
		String name = "unggah-http-" + System.nanoTime();
		HttpResponse<String> created = post("application/json", ("{\"name\": \"" + name + "\", \"title\": \"Unggah HTTP "
				+ name + "\", \"owner_org\": \"disdukcapil-19\", \"license_id\": \"CC-BY-4.0\"}").getBytes(StandardCharsets.UTF_8));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

		StringBuilder csv = new StringBuilder("kecamatan,tahun,jumlah\r\n");
		for (int i = 0; i < 20_000; i++) {
			csv.append("Kecamatan ").append(i % 97).append(",2024,").append(i).append("\r\n");
		}
		String boundary = "------------------------satudata" + System.nanoTime();
		HttpResponse<String> ok = post("multipart/form-data; boundary=" + boundary, body(boundary, csv.toString(), name,
				"Jumlah penduduk – uji ±"));
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		assertThat(ok.body()).contains("\"success\":true").contains("Jumlah penduduk – uji ±");

		String bad = "kecamatan,tahun,jumlah\r\nBukit Intan,2024,120\r\nGerunggang,2024,banyak\r\n";
		HttpResponse<String> refused = post("multipart/form-data; boundary=" + boundary, body(boundary, bad, name, "x"));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		assertThat(refused.body()).contains("Baris 3").contains("jumlah").contains("banyak");

		byte[] whole = body(boundary, csv.toString(), name, "y");
		byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 30);
		HttpResponse<String> broken = post("multipart/form-data; boundary=" + boundary, cut);
		assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
	}

	private byte[] body(String boundary, String csv, String packageId, String description) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"package_id\"\r\n\r\n" + packageId + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"periode\"\r\n\r\n2024\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"penduduk.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n").getBytes(StandardCharsets.UTF_8));
		out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n" + description
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"terbitkan\"\r\n\r\ntrue\r\n--" + boundary
				+ "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private HttpResponse<String> post(String type, byte[] body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/3/action/"
				+ (type.startsWith("application/json") ? "package_create" : "resource_create")))
			.header("Authorization", TOKEN)
			.header("Content-Type", type)
			.timeout(java.time.Duration.ofMinutes(5))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
