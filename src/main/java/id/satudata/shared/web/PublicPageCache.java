package id.satudata.shared.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import id.satudata.shared.audit.AuditEvent;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Anonymous reading of public pages without sessions and, where safe, without rendering them again.
 *
 * <p>The filter sits just inside the security filter chain, so it knows who is asking. For an
 * anonymous GET of a configured public page (home, search, dataset, organization pages) whose
 * request carries no session cookie, a rendered 200 HTML answer that created no session (no
 * {@code Set-Cookie}: a page whose form needed a CSRF token made one and is never kept) is
 * <ul>
 * <li>sent with a validator ({@code ETag}, answered with 304) and a short public cache lifetime,
 * {@code Vary: Cookie}, so a proxy or CDN may keep it for the public and never hands it to a
 * signed-in user (whose requests carry the session cookie);</li>
 * <li>kept in a bounded in-memory cache keyed by address and language, and served from there until
 * any state change committed on this node (every change is audited: {@link AuditEvent}) or until
 * the lifetime passes, which bounds staleness for changes made on other nodes. A kept page is sent
 * with its {@code Age}, so a proxy or browser in front counts the node's time against the same
 * lifetime: a change made on any node shows everywhere within {@code max-age}.</li>
 * </ul>
 * An anonymous user sees only what the public sees, so one cache entry serves all anonymous users;
 * anything else (a signed-in user, a session, an error, a download, the back office, the API)
 * passes through untouched with Spring Security's {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
public class PublicPageCache {

	static final String LANGUAGE_COOKIE = "satudata-bahasa";

	/**
	 * Media types other representations of public pages are negotiated for (the dataset page's RDF):
	 * a request naming any of them passes, even if it also accepts HTML or anything, so a kept HTML
	 * page is never its answer.
	 */
	static final List<String> NEGOTIATED = List.of("text/turtle", "application/rdf+xml", "application/ld+json");

	/**
	 * Request attribute a handler sets to what must also happen when its page is served from the
	 * cache (a {@code Consumer<HttpServletRequest>}): counting a page view, for instance.
	 */
	public static final String ON_REPLAY = PublicPageCache.class.getName() + ".ON_REPLAY";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> publicPageCacheFilter(Settings settings, PageStore store,
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Filter(settings, store, sessionCookie));
		registration.setName("publicPageCacheFilter");
		// after sessions and the security filter chain (SecurityProperties.DEFAULT_FILTER_ORDER = -100)
		registration.setOrder(0);
		return registration;
	}

	@Bean
	PageStore publicPageStore(Settings settings) {
		return new PageStore(settings);
	}

	/**
	 * {@code satudata.halaman-publik.*}.
	 *
	 * @param enabled serve and mark public pages as cacheable (default on)
	 * @param maxAge how long a proxy, a browser and this node may keep a public page (default 30 s)
	 * @param maxEntries how many pages this node keeps (default 2,000)
	 * @param maxBytes the largest page kept (default 1 MB)
	 * @param paths the public pages (Ant patterns) this applies to
	 */
	@ConfigurationProperties("satudata.halaman-publik")
	record Settings(Boolean enabled, Duration maxAge, Integer maxEntries, Integer maxBytes, List<String> paths) {

		Settings {
			enabled = enabled == null || enabled;
			maxAge = maxAge == null ? Duration.ofSeconds(30) : maxAge;
			maxEntries = maxEntries == null ? 2000 : maxEntries;
			maxBytes = maxBytes == null ? 1024 * 1024 : maxBytes;
			paths = paths == null || paths.isEmpty() ? List.of("/", "/tentang", "/dataset", "/dataset/*",
					"/organisasi", "/organisasi/*", "/data-induk", "/jadwal-rilis", "/data-prioritas") : paths;
		}

	}

	/**
	 * A kept page: its status line is always 200; headers as the first answer sent them; kept at
	 * {@code keptAt} ({@link System#nanoTime()}).
	 */
	record Page(byte[] body, String etag, List<Map.Entry<String, String>> headers, Consumer<HttpServletRequest> onReplay,
			long keptAt) {

		/**
		 * How long the page has been kept, in whole seconds rounded up: the {@code Age} a cache in
		 * front counts against {@code max-age}, so a page is never shown longer than its lifetime
		 * after it was rendered, on this node and in a proxy or browser together.
		 */
		long ageSeconds() {
			return (System.nanoTime() - keptAt + 999_999_999L) / 1_000_000_000L;
		}

	}

	/** The kept pages of this node, dropped as a whole after any committed state change. */
	static class PageStore {

		private final Cache<String, Page> pages;

		private final AtomicLong generation = new AtomicLong();

		PageStore(Settings settings) {
			this.pages = Caffeine.newBuilder().maximumSize(settings.maxEntries())
				.expireAfterWrite(settings.maxAge()).build();
		}

		Page get(String key) {
			return pages.getIfPresent(key);
		}

		long generation() {
			return generation.get();
		}

		/** Keeps a page rendered at {@code renderedIn}, unless something changed while it was rendered. */
		void put(String key, Page page, long renderedIn) {
			if (generation.get() == renderedIn) {
				pages.put(key, page);
				if (generation.get() != renderedIn) {
					pages.invalidate(key);
				}
			}
		}

		void clear() {
			generation.incrementAndGet();
			pages.invalidateAll();
		}

		@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
		void onChange(AuditEvent event) {
			clear();
		}

		@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
		void onChange(HalamanPublikBerubah event) {
			clear();
		}

	}

	static final class Filter extends OncePerRequestFilter {

		private final Settings settings;

		private final PageStore store;

		private final String sessionCookie;

		private final AntPathMatcher matcher = new AntPathMatcher();

		Filter(Settings settings, PageStore store, String sessionCookie) {
			this.settings = settings;
			this.store = store;
			this.sessionCookie = sessionCookie;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			if (!settings.enabled()) {
				return true;
			}
			String method = request.getMethod();
			if (!"GET".equals(method) && !"HEAD".equals(method)) {
				return true;
			}
			if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getParameter("lang") != null
					|| request.getHeader("HX-Request") != null || hasCookie(request, sessionCookie)) {
				return true;
			}
			String accept = request.getHeader(HttpHeaders.ACCEPT);
			if (accept != null && (!accept.contains("text/html") && !accept.contains("*/*")
					|| NEGOTIATED.stream().anyMatch(accept::contains))) {
				return true; // another representation of the same address (e.g. RDF by content negotiation)
			}
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return settings.paths().stream().noneMatch(p -> matcher.match(p, path));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!anonymous()) {
				chain.doFilter(request, response);
				return;
			}
			String key = key(request);
			Page kept = store.get(key);
			if (kept != null) {
				for (Map.Entry<String, String> h : kept.headers()) {
					response.addHeader(h.getKey(), h.getValue());
				}
				if (kept.onReplay() != null) {
					kept.onReplay().accept(request);
				}
				send(request, response, kept, true);
				return;
			}
			long generation = store.generation();
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			boolean sent = false;
			try {
				chain.doFilter(request, wrapper);
				if (keepable(wrapper)) {
					byte[] body = wrapper.getContentAsByteArray();
					@SuppressWarnings("unchecked")
					Consumer<HttpServletRequest> onReplay = request.getAttribute(ON_REPLAY) instanceof Consumer<?> c
							? (Consumer<HttpServletRequest>) c : null;
					Page page = new Page(body, etag(body), headers(wrapper), onReplay, System.nanoTime());
					store.put(key, page, generation);
					sent = true;
					send(request, response, page, false);
				}
			}
			finally {
				if (!sent) {
					wrapper.copyBodyToResponse();
				}
			}
		}

		private boolean keepable(ContentCachingResponseWrapper response) {
			String type = response.getContentType();
			return response.getStatus() == HttpStatus.OK.value() && !response.isCommitted() && type != null
					&& type.startsWith("text/html") && response.getHeader(HttpHeaders.SET_COOKIE) == null
					&& response.getContentSize() > 0 && anonymous()
					&& response.getContentSize() <= settings.maxBytes();
		}

		/**
		 * Sends a page; the headers of its first answer are already on {@code response}. A kept page
		 * says how long it has been kept ({@code Age}).
		 */
		private void send(HttpServletRequest request, HttpServletResponse response, Page page, boolean kept)
				throws IOException {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + settings.maxAge().toSeconds());
			if (kept) {
				response.setHeader(HttpHeaders.AGE, String.valueOf(Math.min(page.ageSeconds(), settings.maxAge().toSeconds())));
			}
			response.setHeader(HttpHeaders.PRAGMA, null);
			response.setHeader(HttpHeaders.EXPIRES, null);
			response.setHeader(HttpHeaders.VARY, "Cookie, Accept, HX-Request");
			response.setHeader(HttpHeaders.ETAG, page.etag());
			String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
			if (match != null && (match.equals(page.etag()) || match.contains(page.etag()))) {
				response.setStatus(HttpStatus.NOT_MODIFIED.value());
				return;
			}
			response.setStatus(HttpStatus.OK.value());
			response.setContentLength(page.body().length);
			if (!"HEAD".equals(request.getMethod())) {
				response.getOutputStream().write(page.body());
			}
		}

		/** What a kept page needs besides the headers the security chain writes on every answer. */
		private static List<Map.Entry<String, String>> headers(HttpServletResponse response) {
			List<Map.Entry<String, String>> kept = new ArrayList<>();
			kept.add(Map.entry(HttpHeaders.CONTENT_TYPE, response.getContentType()));
			if (response.getLocale() != null && !response.getLocale().getLanguage().isEmpty()) {
				kept.add(Map.entry(HttpHeaders.CONTENT_LANGUAGE, response.getLocale().toLanguageTag()));
			}
			return List.copyOf(kept);
		}

		private static boolean anonymous() {
			Authentication who = SecurityContextHolder.getContext().getAuthentication();
			return who == null || who instanceof AnonymousAuthenticationToken;
		}

		private static String key(HttpServletRequest request) {
			String language = "id";
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie c : cookies) {
					if (LANGUAGE_COOKIE.equals(c.getName()) && c.getValue() != null) {
						language = c.getValue().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "id";
					}
				}
			}
			// the parameters as the application reads them (sorted, so their order in the address does
			// not matter), not the raw query string
			StringBuilder key = new StringBuilder(language).append(' ').append(request.getRequestURI());
			new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
				for (String v : values) {
					key.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
						.append(URLEncoder.encode(v, StandardCharsets.UTF_8));
				}
			});
			return key.toString();
		}

		private static boolean hasCookie(HttpServletRequest request, String name) {
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie c : cookies) {
					if (name.equals(c.getName())) {
						return true;
					}
				}
			}
			return false;
		}

		private static String etag(byte[] body) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
				return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}

	}

}
