package id.satudata.organisasi;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** One visitor over MockMvc: keeps the session cookie across requests (it changes at login) and one address. */
final class MockBrowser {

	private final MockMvc mvc;
	private final String address;
	private Cookie session;

	MockBrowser(MockMvc mvc, String address) {
		this.mvc = mvc;
		this.address = address;
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		if (session != null) {
			request.cookie(session);
		}
		request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
		MvcResult result = mvc.perform(request).andReturn();
		Cookie fresh = result.getResponse().getCookie("SATUDATA_SESSION");
		if (fresh != null) {
			session = fresh.getMaxAge() == 0 ? null : fresh;
		}
		return result;
	}

	/** Where the answer redirects to (null if it does not). */
	String redirect(MockHttpServletRequestBuilder request) throws Exception {
		return perform(request).getResponse().getRedirectedUrl();
	}

	void forget() {
		session = null;
	}

}
