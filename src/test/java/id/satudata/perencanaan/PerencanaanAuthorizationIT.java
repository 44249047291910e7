package id.satudata.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
 * Every planning page and action, found from the application's own mappings: a registered member
 * of the public (PENGGUNA) gets 403 everywhere in the back office; the dashboard refuses producers;
 * the duties page refuses those who produce nothing; the public is sent to the login page.
 */
@IntegrationTest
class PerencanaanAuthorizationIT {

	static final List<String> PREFIXES = List.of("/kelola/daftar-data", "/kelola/forum", "/kelola/data-prioritas",
			"/kelola/rencana-aksi", "/kelola/kewajiban-data", "/kelola/monitoring");

	record Endpoint(HttpMethod method, String path) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	List<Endpoint> endpoints(String prefix) {
		List<Endpoint> out = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (PathPattern p : info.getPathPatternsCondition().getPatterns()) {
				String path = p.getPatternString();
				if (path.startsWith(prefix)) {
					String concrete = path.replaceAll("\\{[^}]+}", "1");
					for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
						out.add(new Endpoint(HttpMethod.valueOf(m.name()), concrete));
					}
				}
			}
		}
		return out;
	}

	Set<String> notRefused(String user, List<Endpoint> endpoints) throws Exception {
		Set<String> leaks = new TreeSet<>();
		for (Endpoint e : endpoints) {
			int status = mvc.perform(request(e.method(), e.path()).with(csrf()).with(accounts.as(user))).andReturn()
				.getResponse().getStatus();
			if (status != 403) {
				leaks.add(user + " " + e + " -> " + status);
			}
		}
		return leaks;
	}

	@Test
	void aRegisteredMemberOfThePublicHasNoPlanningPage() throws Exception {
		List<Endpoint> all = new ArrayList<>();
		PREFIXES.forEach(p -> all.addAll(endpoints(p)));
		assertThat(all).hasSizeGreaterThan(40);
		assertThat(notRefused(Demo.PENGGUNA, all)).isEmpty();
	}

	@Test
	void theDashboardIsForTheWalidataBappedaAndLeadership() throws Exception {
		List<Endpoint> dashboard = endpoints("/kelola/monitoring");
		assertThat(dashboard).hasSizeGreaterThanOrEqualTo(5);
		for (String user : List.of(Demo.PRODUSEN, Demo.PEMBINA, Demo.PPID, Demo.PENDUKUNG)) {
			assertThat(notRefused(user, dashboard)).isEmpty();
		}
		assertThat(notRefused(Demo.KOORDINATOR, endpoints("/kelola/kewajiban-data"))).isEmpty();
		assertThat(notRefused(Demo.PEMBINA, endpoints("/kelola/kewajiban-data"))).isEmpty();
	}

	@Test
	void thePublicIsSentToTheLoginPage() throws Exception {
		for (String prefix : PREFIXES) {
			for (Endpoint e : endpoints(prefix)) {
				var response = mvc.perform(request(e.method(), e.path()).with(csrf())).andReturn().getResponse();
				assertThat(response.getStatus()).as(e.toString()).isEqualTo(302);
				assertThat(response.getRedirectedUrl()).as(e.toString()).endsWith("/masuk");
			}
		}
	}

}
