package id.satudata.test.oidc;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client for the single sign-on tests: keeps cookies, follows redirects one
 * by one (recording where it went), fills in the provider's login form.
 */
public final class SsoBrowser {

	private static final Pattern CSRF = Pattern.compile(
			"name=\"_csrf\"[^>]*?(?:content|value)=\"([^\"]+)\"|(?:content|value)=\"([^\"]+)\"[^>]*?name=\"_csrf\"");

	/** The last answer and every address visited on the way. */
	public record Hasil(HttpResponse<String> response, List<URI> jalan) {

		public URI uri() {
			return response.uri();
		}

		public int status() {
			return response.statusCode();
		}

		public String body() {
			return response.body();
		}

	}

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

	/** A free local port. */
	public static int freePort() {
		return id.satudata.test.ServerProcesses.freePort();
	}

	public Hasil get(URI uri) throws IOException, InterruptedException {
		return follow(send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build()));
	}

	public Hasil post(URI uri, String form) throws IOException, InterruptedException {
		return follow(send(HttpRequest.newBuilder(uri).header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build()));
	}

	/** One request, not following its redirect. */
	public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private Hasil follow(HttpResponse<String> first) throws IOException, InterruptedException {
		List<URI> jalan = new ArrayList<>();
		HttpResponse<String> r = first;
		jalan.add(r.uri());
		for (int i = 0; i < 20 && r.statusCode() / 100 == 3; i++) {
			URI next = r.uri().resolve(r.headers().firstValue("Location").orElseThrow());
			r = send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET().build());
			jalan.add(r.uri());
		}
		return new Hasil(r, jalan);
	}

	public static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("No CSRF token in: " + html);
		}
		return m.group(1) != null ? m.group(1) : m.group(2);
	}

	/**
	 * Starts single sign-on at the application, logs in at the provider's form and follows the way
	 * back: the answer is where the application finally sends the user.
	 */
	public Hasil masukSso(String appBase, String username, String password) throws IOException, InterruptedException {
		Hasil form = get(URI.create(appBase + "/oauth2/authorization/sso"));
		if (!form.uri().getPath().equals("/login") || form.status() != 200) {
			throw new IllegalStateException("Not at the provider's login form: " + form.jalan() + " " + form.status());
		}
		return post(form.uri(), "username=" + enc(username) + "&password=" + enc(password) + "&_csrf="
				+ enc(csrf(form.body())));
	}

	public static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
