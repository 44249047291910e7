package id.satudata.standar.metadata;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import id.satudata.shared.web.NotFoundException;
import id.satudata.standar.JenisMetadata;
import id.satudata.standar.MetadataView;

/**
 * The public fields of a final metadata form whose owner the caller may see, as JSON; a geospatial
 * form also as ISO 19139 XML (without the contact person's name).
 */
@RestController
class MetadataApiController {

	private final MetadataStatistikService service;

	MetadataApiController(MetadataStatistikService service) {
		this.service = service;
	}

	@GetMapping(value = "/api/v1/metadata-statistik/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> publik(@PathVariable long id) {
		return service.publik(id)
			.map(v -> ResponseEntity.ok().cacheControl(CacheControl.noCache())
				.contentType(MediaType.APPLICATION_JSON).body(service.jsonPublik(v).getBytes(StandardCharsets.UTF_8)))
			.orElseThrow(() -> new NotFoundException("metadata.galat.tidakAda"));
	}

	@GetMapping(value = "/api/v1/metadata-statistik/{id}/iso19139.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<byte[]> iso19139(@PathVariable long id) {
		MetadataView v = service.publik(id).filter(x -> x.jenis() == JenisMetadata.METADATA_GEOSPASIAL)
			.orElseThrow(() -> new NotFoundException("metadata.galat.tidakAda"));
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.APPLICATION_XML)
			.body(service.iso19139(service.dokumen(v.id()), true));
	}

}
