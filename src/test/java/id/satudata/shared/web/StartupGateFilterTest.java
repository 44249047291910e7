package id.satudata.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StartupGateFilterTest {

	private final StartupGateFilter filter = new StartupGateFilter();

	@Test
	void pagesAndApisWaitForTheStartUpWorkWithRetryAfter() throws Exception {
		for (String path : new String[] { "/", "/masuk", "/dataset", "/api/3/action/package_list" }) {
			MockHttpServletResponse response = run(path);
			assertThat(response.getStatus()).as(path).isEqualTo(503);
			assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		}
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
		assertThat(request.getAttribute(StartupGateFilter.STARTING_ATTRIBUTE)).isEqualTo(Boolean.TRUE);
	}

	@Test
	void probesAndStaticFilesPassWhileStarting() throws Exception {
		for (String path : new String[] { "/actuator/health/readiness", "/actuator/health/liveness", "/css/satudata.css",
				"/webjars/bootstrap/css/bootstrap.min.css" }) {
			MockHttpServletResponse response = run(path);
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(response.getHeader("Retry-After")).isNull();
		}
	}

	@Test
	void everythingPassesOnceTheApplicationIsReady() throws Exception {
		filter.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], null, null));
		assertThat(run("/").getStatus()).isEqualTo(200);
		assertThat(run("/masuk").getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse run(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
