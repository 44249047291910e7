package id.satudata.organisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * Every administrative page and action, found from the application's own request mappings (so a
 * new endpoint is covered without touching this test), refuses users without the role: 403 for a
 * logged-in user, a redirect to the login page for the public.
 */
@IntegrationTest
class AuthorizationIT {

	record Endpoint(HttpMethod method, String path) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	List<Endpoint> endpointsUnder(String prefix) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String path = pattern.getPatternString();
				if (!path.startsWith(prefix)) {
					continue;
				}
				String concrete = concrete(path);
				for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), concrete));
				}
			}
		}
		return endpoints;
	}

	/** Fills every path variable with a plausible value, so each mapped endpoint can be requested. */
	static String concrete(String pattern) {
		return java.util.regex.Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern).replaceAll(m -> switch (m.group(1)) {
			case "slug" -> "wilayah";
			case "kode" -> "19";
			case "uuid" -> "00000000-0000-0000-0000-000000000001";
			default -> "1";
		});
	}

	@Test
	void everyAdminEndpointRefusesUsersWithoutTheAdminRole() throws Exception {
		List<Endpoint> endpoints = endpointsUnder("/kelola/admin");
		assertThat(endpoints).as("admin endpoints found").hasSizeGreaterThan(15);
		Set<String> leaks = new TreeSet<>();
		for (String username : List.of(Demo.WALIDATA, Demo.PRODUSEN, Demo.PEMBINA, Demo.PENGGUNA)) {
			for (Endpoint e : endpoints) {
				int status = mvc.perform(request(e.method(), e.path()).with(csrf()).with(accounts.as(username)))
					.andReturn().getResponse().getStatus();
				if (status != 403) {
					leaks.add(username + " " + e + " -> " + status);
				}
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void theAdministratorReachesEveryAdminPage() throws Exception {
		for (Endpoint e : endpointsUnder("/kelola/admin")) {
			if (e.method() == HttpMethod.GET && !e.path().contains("/1")) {
				int status = mvc.perform(get(e.path()).with(accounts.as(Demo.ADMIN))).andReturn().getResponse().getStatus();
				assertThat(status).as(e.toString()).isEqualTo(200);
			}
		}
	}

	@Test
	void thePublicIsSentToTheLoginPageFromEveryBackOfficePage() throws Exception {
		for (Endpoint e : endpointsUnder("/kelola")) {
			var response = mvc.perform(request(e.method(), e.path()).with(csrf())).andReturn().getResponse();
			assertThat(response.getStatus()).as(e.toString()).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(e.toString()).endsWith("/masuk");
		}
	}

	@Test
	void codeListManagementIsForWalidataAndAdministratorsOnly() throws Exception {
		List<Endpoint> endpoints = new ArrayList<>(endpointsUnder("/kelola/kode-referensi"));
		endpoints.addAll(endpointsUnder("/kelola/padanan"));
		assertThat(endpoints).hasSizeGreaterThan(10);
		for (String username : List.of(Demo.PRODUSEN, Demo.PEMBINA, Demo.PENGGUNA)) {
			for (Endpoint e : endpoints) {
				int status = mvc.perform(request(e.method(), e.path()).with(csrf()).with(accounts.as(username)))
					.andReturn().getResponse().getStatus();
				assertThat(status).as(username + " " + e).isEqualTo(403);
			}
		}
	}

	@Test
	void operationalApisAreForAdministrators() throws Exception {
		assertThat(mvc.perform(get("/actuator/metrics").with(accounts.as(Demo.WALIDATA))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/actuator/metrics")).andReturn().getResponse().getStatus()).isIn(302, 401);
		assertThat(mvc.perform(get("/actuator/metrics").with(accounts.as(Demo.ADMIN))).andReturn().getResponse()
			.getStatus()).isEqualTo(200);
	}

}
