package id.satudata.organisasi.keamanan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import id.satudata.organisasi.pengguna.PenggunaSso.PeranDiOrganisasi;
import id.satudata.shared.security.Peran;

class SsoLoginTest {

	@Test
	void aProviderThatCannotBeReachedYieldsNoAuthorizationRequest() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		SsoProperties properties = new SsoProperties("http://127.0.0.1:" + closed, "satudata", "x", null, null, null,
				null, null, false, null, null, null, null);
		SsoClientRegistrations registrations = new SsoClientRegistrations(properties, "http://127.0.0.1:8080");
		assertThat(registrations.findByRegistrationId("sso")).isNull();
		MockHttpServletRequest request = new MockHttpServletRequest("GET", SsoLogin.AWAL);
		request.setServletPath(SsoLogin.AWAL);
		assertThat(SsoLogin.authorizationRequestResolver(registrations).resolve(request)).isNull();
	}

	@Test
	void theRoleMapIsReadAndAWrongEntryIsNamed() {
		assertThat(SsoUserService.peta(Map.of("satudata-walidata", "walidata@19")))
			.containsEntry("satudata-walidata", new PeranDiOrganisasi(Peran.WALIDATA, "19"));
		assertThatThrownBy(() -> SsoUserService.peta(Map.of("grup-x", "KEPALA@19")))
			.hasMessageContaining("satudata.sso.peran-peta.grup-x=KEPALA@19");
		assertThatThrownBy(() -> SsoUserService.peta(Map.of("grup-y", "WALIDATA")))
			.hasMessageContaining("grup-y");
	}

	@Test
	void anIssuerWithoutClientIdStopsTheStartUp() {
		assertThatThrownBy(() -> new SsoProperties("https://sso.contoh.go.id", " ", null, List.of(), null, null, null,
				null, false, null, null, null, null)).hasMessageContaining("satudata.sso.client-id");
	}

}
