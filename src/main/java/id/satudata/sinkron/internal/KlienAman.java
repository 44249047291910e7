package id.satudata.sinkron.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The only way sinkron talks to other servers (SSRF guard, docs/keamanan.md): a request goes only to
 * an origin (scheme, host, port) the caller registered, over http(s), to an address that is never
 * link-local (cloud metadata), multicast or the wildcard, and loopback or private only where
 * {@code satudata.sinkron.jaringan-privat} allows; redirects are followed by hand, only within the
 * same origin (at most three); every request has connect and read timeouts; an answer larger than
 * its cap is cut off and refused. Harvests ({@code sinkron.panen}) read with {@link #ambil} and
 * {@link #unduh}; pushes ({@code sinkron.kirim}) call the CKAN API above with {@link #kirim}.
 */
@Component
public class KlienAman {

	private static final int MAKS_PENGALIHAN = 3;

	private final SinkronProperties properties;
	/**
	 * Built at the first request, not at start: building it initializes the JDK's TLS stack (the default
	 * SSL context, the trust store) and a selector thread, a noticeable share of a start on a small machine,
	 * for an installation that may never synchronize.
	 */
	private volatile HttpClient http;

	public KlienAman(SinkronProperties properties) {
		this.properties = properties;
	}

	private HttpClient http() {
		HttpClient client = http;
		if (client == null) {
			synchronized (this) {
				client = http;
				if (client == null) {
					client = HttpClient.newBuilder().connectTimeout(properties.batasSambung())
						.followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
					http = client;
				}
			}
		}
		return client;
	}

	/** scheme://host:port of a URL, lower case, with the scheme's default port made explicit. */
	public static String asal(URI uri) {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
		String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
		return scheme + "://" + host + ":" + port;
	}

	/** Whether the URL is on one of the origins. */
	public static boolean diizinkan(URI uri, Set<String> origins) {
		return uri.getHost() != null && origins.contains(asal(uri));
	}

	/** The body of a GET, at most {@code maks} bytes. */
	public byte[] ambil(URI uri, Set<String> origins, long maks) {
		try (InputStream in = buka(uri, origins, maks)) {
			return batasi(in, maks).readAllBytes();
		}
		catch (IOException e) {
			throw new TujuanDitolak("sinkron.galat.jaringan", uri.getHost(), e.getClass().getSimpleName());
		}
	}

	/** Downloads a GET's body into a file, at most {@code maks} bytes. */
	public void unduh(URI uri, Set<String> origins, long maks, Path tujuan) {
		try (InputStream in = buka(uri, origins, maks); OutputStream out = Files.newOutputStream(tujuan)) {
			batasi(in, maks).transferTo(out);
		}
		catch (IOException e) {
			throw new TujuanDitolak("sinkron.galat.jaringan", uri.getHost(), e.getClass().getSimpleName());
		}
	}

	/** A request's answer: its status and body (an error's body too: CKAN explains its errors in it). */
	public record Jawaban(int status, byte[] body) {
	}

	/**
	 * A request with its own headers and body ({@code null}: a GET) to one of the origins, every answer
	 * status returned with its body (at most {@code maks} bytes). A GET follows redirects within the
	 * origins like {@link #ambil}; a POST follows none (its 3xx is the answer: a body and a token are
	 * never re-sent anywhere). A redirect to another origin is refused either way.
	 *
	 * @param batasBaca the timeout of the whole answer (the push's own; harvests use {@code batas-baca})
	 */
	public Jawaban kirim(URI awal, Set<String> origins, Map<String, String> headers, byte[] body, Duration batasBaca,
			long maks) {
		URI uri = awal;
		for (int i = 0; i <= MAKS_PENGALIHAN; i++) {
			periksa(uri, origins);
			HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(batasBaca)
				.header("User-Agent", "SatuData-Sinkron/1");
			headers.forEach(request::header);
			request.method(body == null ? "GET" : "POST", body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
			HttpResponse<InputStream> response = kirim(request.build(), uri);
			int status = response.statusCode();
			if (status >= 300 && status < 400) {
				String location = response.headers().firstValue("Location").orElse(null);
				if (location != null) {
					URI next = uri.resolve(location.strip());
					if (!diizinkan(next, origins)) {
						tutup(response);
						throw new TujuanDitolak("sinkron.galat.pengalihan", String.valueOf(next.getHost()));
					}
					if (body == null) {
						tutup(response);
						uri = next;
						continue;
					}
				}
			}
			try (InputStream in = response.body()) {
				if (response.headers().firstValueAsLong("Content-Length").orElse(-1) > maks) {
					throw new TujuanDitolak("sinkron.galat.terlaluBesar", uri.getHost(), maks);
				}
				return new Jawaban(status, batasi(in, maks).readAllBytes());
			}
			catch (IOException e) {
				throw new TujuanDitolak("sinkron.galat.jaringan", uri.getHost(), e.getClass().getSimpleName());
			}
		}
		throw new TujuanDitolak("sinkron.galat.pengalihanBerulang", awal.getHost());
	}

	private static void tutup(HttpResponse<InputStream> response) {
		try {
			response.body().close();
		}
		catch (IOException e) {
			// nothing more to read from it
		}
	}

	private HttpResponse<InputStream> kirim(HttpRequest request, URI uri) {
		try {
			return http().send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException e) {
			throw new TujuanDitolak("sinkron.galat.jaringan", uri.getHost(), e.getClass().getSimpleName());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new TujuanDitolak("sinkron.galat.jaringan", uri.getHost(), "interrupted");
		}
	}

	private InputStream buka(URI awal, Set<String> origins, long maks) throws IOException {
		URI uri = awal;
		for (int i = 0; i <= MAKS_PENGALIHAN; i++) {
			periksa(uri, origins);
			HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.batasBaca()).GET()
				.header("Accept", "application/json, text/csv, */*;q=0.5").header("User-Agent", "SatuData-Sinkron/1")
				.build();
			HttpResponse<InputStream> response = kirim(request, uri);
			int status = response.statusCode();
			if (status >= 300 && status < 400) {
				response.body().close();
				String location = response.headers().firstValue("Location")
					.orElseThrow(() -> new TujuanDitolak("sinkron.galat.status", awal.getHost(), status));
				URI next = uri.resolve(location.strip());
				if (!diizinkan(next, origins)) {
					throw new TujuanDitolak("sinkron.galat.pengalihan", String.valueOf(next.getHost()));
				}
				uri = next;
				continue;
			}
			if (status != 200) {
				response.body().close();
				throw new TujuanDitolak("sinkron.galat.status", uri.getHost(), status);
			}
			long panjang = response.headers().firstValueAsLong("Content-Length").orElse(-1);
			if (panjang > maks) {
				response.body().close();
				throw new TujuanDitolak("sinkron.galat.terlaluBesar", uri.getHost(), maks);
			}
			return response.body();
		}
		throw new TujuanDitolak("sinkron.galat.pengalihanBerulang", awal.getHost());
	}

	/** The checks before any connection: origin registered, http(s), and a permitted address. */
	void periksa(URI uri, Set<String> origins) {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!"http".equals(scheme) && !"https".equals(scheme)) {
			throw new TujuanDitolak("sinkron.galat.skema", scheme);
		}
		if (!diizinkan(uri, origins)) {
			throw new TujuanDitolak("sinkron.galat.hostLain", String.valueOf(uri.getHost()));
		}
		periksaAlamat(uri.getHost());
	}

	/** Refuses a host that resolves to an address sources may never have. */
	public void periksaAlamat(String host) {
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException e) {
			throw new TujuanDitolak("sinkron.galat.hostTidakDikenal", host);
		}
		for (InetAddress a : addresses) {
			boolean unikLokal = a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
			if (a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isMulticastAddress()) {
				throw new TujuanDitolak("sinkron.galat.alamatTerlarang", host);
			}
			if (!properties.jaringanPrivat() && (a.isLoopbackAddress() || a.isSiteLocalAddress() || unikLokal)) {
				throw new TujuanDitolak("sinkron.galat.alamatPrivat", host);
			}
		}
	}

	private static InputStream batasi(InputStream in, long maks) {
		return new InputStream() {
			long dibaca;

			@Override
			public int read() throws IOException {
				int b = in.read();
				if (b >= 0 && ++dibaca > maks) {
					throw new TujuanDitolak("sinkron.galat.terlaluBesar", "", maks);
				}
				return b;
			}

			@Override
			public int read(byte[] buf, int off, int len) throws IOException {
				int n = in.read(buf, off, len);
				if (n > 0) {
					dibaca += n;
					if (dibaca > maks) {
						throw new TujuanDitolak("sinkron.galat.terlaluBesar", "", maks);
					}
				}
				return n;
			}

			@Override
			public void close() throws IOException {
				in.close();
			}
		};
	}

}
