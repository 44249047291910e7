package id.satudata.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPatternParser;

import id.satudata.shared.web.HandlerLookupConfig.PrefilteredRequestMappingHandlerMapping;

class HandlerLookupConfigTest {

	private static RequestMappingInfo info(String... paths) {
		RequestMappingInfo.BuilderConfiguration config = new RequestMappingInfo.BuilderConfiguration();
		config.setPatternParser(new PathPatternParser());
		return RequestMappingInfo.paths(paths).methods(RequestMethod.GET).options(config).build();
	}

	@Test
	void aMappingIsPassedOverOnlyWhenNoneOfItsFixedBeginningsStartsThePath() {
		String[] ckan = PrefilteredRequestMappingHandlerMapping.prefixes(info("/api/3/action/{action}", "/api/action/{action}"));
		assertThat(ckan).containsExactlyInAnyOrder("/api/3/action/", "/api/action/");
		assertThat(PrefilteredRequestMappingHandlerMapping.passOver(ckan, "/api/3/action/site_read")).isFalse();
		assertThat(PrefilteredRequestMappingHandlerMapping.passOver(ckan, "/api/action/package_show")).isFalse();
		assertThat(PrefilteredRequestMappingHandlerMapping.passOver(ckan, "/dataset/penduduk")).isTrue();
		assertThat(PrefilteredRequestMappingHandlerMapping.passOver(ckan, "/api/3")).isTrue();

		String[] rilis = PrefilteredRequestMappingHandlerMapping.prefixes(info("/dataset/{slug}/rilis/{id}/unduh.{ext}"));
		assertThat(rilis).containsExactly("/dataset/");
		assertThat(PrefilteredRequestMappingHandlerMapping.passOver(rilis, "/dataset/a/rilis/b/unduh.csv")).isFalse();
		assertThat(PrefilteredRequestMappingHandlerMapping.passOver(rilis, "/Dataset/a")).isTrue();
	}

	@Test
	void patternsWithoutFixedTextAreAlwaysTestedInFull() {
		assertThat(PrefilteredRequestMappingHandlerMapping.prefixes(info("/{slug}"))).isNull();
		assertThat(PrefilteredRequestMappingHandlerMapping.prefixes(info("/**"))).isNull();
		assertThat(PrefilteredRequestMappingHandlerMapping.prefixes(info(""))).isNull();
		assertThat(PrefilteredRequestMappingHandlerMapping.prefixes(info("/organisasi/{slug}", "/{x}"))).isNull();
		assertThat(PrefilteredRequestMappingHandlerMapping.prefixes(info("/catalog.{ext}"))).containsExactly("/catalog.");
		assertThat(PrefilteredRequestMappingHandlerMapping.prefixes(info("/kelola/*/x"))).containsExactly("/kelola/");
	}

}
