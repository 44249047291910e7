package id.satudata.organisasi.keamanan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

class MetricsAccessTest {

	static final String TOKEN = "scrape-token-0123456789abcdef0123456789";
	final MetricsAccess access = new MetricsAccess(new MetricsProperties(TOKEN, List.of("10.0.5.0/24", " fd00::/8 ")));
	final Authentication anonymous = new AnonymousAuthenticationToken("k", "publik",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	@Test
	void theTokenOrAConfiguredNetworkOrAnAdministrator() {
		assertThat(granted(request("203.0.113.9", null), anonymous)).isFalse();
		assertThat(granted(request("203.0.113.9", "Bearer " + TOKEN), anonymous)).isTrue();
		assertThat(granted(request("203.0.113.9", "bearer " + TOKEN), anonymous)).isTrue();
		assertThat(granted(request("203.0.113.9", "Bearer " + TOKEN + "x"), anonymous)).isFalse();
		assertThat(granted(request("203.0.113.9", TOKEN), anonymous)).as("only as a bearer token").isFalse();
		assertThat(granted(request("10.0.5.77", null), anonymous)).isTrue();
		assertThat(granted(request("10.0.6.77", null), anonymous)).isFalse();
		assertThat(granted(request("fd00::1", null), anonymous)).isTrue();
		assertThat(granted(request("203.0.113.9", null), user("ROLE_ADMIN"))).isTrue();
		assertThat(granted(request("203.0.113.9", null), user("ROLE_WALIDATA"))).isFalse();
	}

	@Test
	void nothingIsOpenWithoutConfigurationAndShortTokensAreRefused() {
		MetricsAccess closed = new MetricsAccess(new MetricsProperties(null, null));
		assertThat(closed.authorize(() -> anonymous, new RequestAuthorizationContext(request("127.0.0.1", "Bearer "))).isGranted())
			.isFalse();
		assertThatThrownBy(() -> new MetricsProperties("short", List.of())).hasMessageContaining("32");
	}

	private boolean granted(MockHttpServletRequest request, Authentication who) {
		return access.authorize(() -> who, new RequestAuthorizationContext(request)).isGranted();
	}

	private static Authentication user(String role) {
		return UsernamePasswordAuthenticationToken.authenticated("u", null, AuthorityUtils.createAuthorityList(role));
	}

	private static MockHttpServletRequest request(String address, String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		request.setRemoteAddr(address);
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return request;
	}

}
