package id.satudata.portal.dcat;

import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;
import org.springframework.http.MediaType;

/** The RDF serializations served, by file extension and media type. */
enum RdfFormat {

	TTL("text/turtle", RDFFormat.TURTLE_PRETTY), RDF("application/rdf+xml", RDFFormat.RDFXML_PLAIN),
	XML("application/rdf+xml", RDFFormat.RDFXML_PLAIN), JSONLD("application/ld+json", RDFFormat.JSONLD);

	private final String mediaType;

	private final RDFFormat format;

	RdfFormat(String mediaType, RDFFormat format) {
		this.mediaType = mediaType;
		this.format = format;
	}

	String mediaType() {
		return mediaType;
	}

	RDFFormat format() {
		return format;
	}

	String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<RdfFormat> ofExtension(String ext) {
		for (RdfFormat f : values()) {
			if (f.extension().equals(ext)) {
				return Optional.of(f);
			}
		}
		return Optional.empty();
	}

	/** The format of the most preferred RDF media type in an {@code Accept} header (Turtle when none is named). */
	static RdfFormat ofAccept(String accept) {
		java.util.List<MediaType> types = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
		types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType m : types) {
			for (RdfFormat f : values()) {
				if (!m.isWildcardType() && m.isCompatibleWith(MediaType.parseMediaType(f.mediaType))) {
					return f;
				}
			}
		}
		return TTL;
	}

}
