package id.satudata.test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real HTTP client with cookies, logged in through the login form like a browser. */
public final class HttpSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:content|value)=\"([^\"]+)\"");

	private final String base;
	private final HttpClient client;
	private final CookieManager cookies = new CookieManager();

	public HttpSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
	}

	public HttpClient client() {
		return client;
	}

	/** The session's cookies as a {@code Cookie} header value (for raw-socket requests). */
	public String cookie() {
		return String.join("; ", cookies.getCookieStore().get(URI.create(base)).stream()
			.map(c -> c.getName() + "=" + c.getValue()).toList());
	}

	public URI uri(String path) {
		return URI.create(base + path);
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The CSRF token of the page (its meta tag for a signed-in user, else a form's hidden field). */
	public String csrf(String path) throws IOException, InterruptedException {
		Matcher m = CSRF.matcher(get(path).body());
		if (!m.find()) {
			throw new IllegalStateException("No CSRF token on " + path);
		}
		return m.group(1);
	}

	public HttpSession login(String username, String password) throws IOException, InterruptedException {
		String token = csrf("/masuk");
		String form = "username=" + username + "&password=" + password + "&_csrf=" + token;
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/masuk"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 302 || !r.headers().firstValue("Location").orElse("").endsWith("/kelola")) {
			throw new IllegalStateException("Login failed for " + username + ": " + r.statusCode());
		}
		return this;
	}

}
