package id.satudata.portal.dcat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.shared.web.Messages;

/**
 * DCAT-AP 3 at ckanext-dcat's addresses: {@code /catalog.{ttl,rdf,xml,jsonld}?page=N&modified_since=...}
 * (100 datasets a page, hydra paging), {@code /dataset/{name}.{ttl,rdf,xml,jsonld}}, and
 * {@code /dataset/{name}} negotiated by {@code Accept} (Turtle, RDF/XML, JSON-LD; HTML stays the
 * default, also for {@code *}{@code /*}).
 */
@Controller
class DcatController {

	static final String[] RDF_TYPES = { "text/turtle", "application/rdf+xml", "application/ld+json" };

	private final DcatKatalog dcat;
	private final Messages messages;

	DcatController(DcatKatalog dcat, Messages messages) {
		this.dcat = dcat;
		this.messages = messages;
	}

	@GetMapping({ "/catalog.ttl", "/catalog.rdf", "/catalog.xml", "/catalog.jsonld" })
	ResponseEntity<byte[]> catalog(jakarta.servlet.http.HttpServletRequest request,
			@RequestParam(required = false) String page,
			@RequestParam(name = "modified_since", required = false) String modifiedSince) {
		String path = request.getRequestURI();
		RdfFormat format = RdfFormat.ofExtension(path.substring(path.lastIndexOf('.') + 1)).orElseThrow();
		int halaman;
		try {
			halaman = page == null || page.isBlank() ? 1 : Integer.parseInt(page.strip());
		}
		catch (NumberFormatException e) {
			halaman = 0;
		}
		if (halaman < 1) {
			return galat("dcat.galat.halaman");
		}
		Instant sejak = null;
		if (modifiedSince != null && !modifiedSince.isBlank()) {
			sejak = waktu(modifiedSince.strip());
			if (sejak == null) {
				return galat("dcat.galat.sejak");
			}
		}
		return rdf(dcat.katalog(halaman, sejak, format), format, false);
	}

	@GetMapping({ "/dataset/{slug}.ttl", "/dataset/{slug}.rdf", "/dataset/{slug}.xml", "/dataset/{slug}.jsonld" })
	ResponseEntity<byte[]> dataset(@PathVariable String slug, jakarta.servlet.http.HttpServletRequest request) {
		String path = request.getRequestURI();
		RdfFormat format = RdfFormat.ofExtension(path.substring(path.lastIndexOf('.') + 1)).orElseThrow();
		return dcat.dataset(slug).map(m -> rdf(m, format, false)).orElseGet(() -> ResponseEntity.notFound().build());
	}

	/** The dataset page's RDF representations, chosen by {@code Accept}. */
	@GetMapping(value = "/dataset/{slug}", produces = { "text/turtle", "application/rdf+xml", "application/ld+json" })
	ResponseEntity<byte[]> negotiated(@PathVariable String slug, @RequestHeader(HttpHeaders.ACCEPT) String accept) {
		RdfFormat format = RdfFormat.ofAccept(accept);
		return dcat.dataset(slug).map(m -> rdf(m, format, true))
			.orElseGet(() -> ResponseEntity.notFound().header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build());
	}

	private ResponseEntity<byte[]> rdf(Model model, RdfFormat format, boolean negotiated) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RDFDataMgr.write(out, model, format.format());
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8"))
			.cacheControl(CacheControl.noCache().cachePublic());
		if (negotiated) {
			ok.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		}
		return ok.body(out.toByteArray());
	}

	private ResponseEntity<byte[]> galat(String key) {
		return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.body(messages.get(key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** An ISO 8601 instant, local time (UTC) or date (its start, UTC); {@code null} when it is none. */
	static Instant waktu(String v) {
		try {
			if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
			}
			if (v.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+")) {
				return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
			}
			return OffsetDateTime.parse(v).toInstant();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

}
