package id.satudata.portal.dataset;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** Links that keep the current query parameters and change one (the search pager: {@code dengan(params, "hal", 2)}). */
@Component("portalLinks")
public class PortalLinks {

	public String dengan(MultiValueMap<String, String> params, String key, Object value) {
		UriComponentsBuilder b = UriComponentsBuilder
			.fromPath(ServletUriComponentsBuilder.fromCurrentRequestUri().build().getPath());
		for (Map.Entry<String, List<String>> e : params.entrySet()) {
			if (!e.getKey().equals(key)) {
				e.getValue().forEach(v -> b.queryParam(e.getKey(), v));
			}
		}
		if (value != null) {
			b.queryParam(key, value);
		}
		return b.encode().build().toUriString();
	}

}
