package id.satudata.organisasi.keamanan;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/** The session cookie: HttpOnly, SameSite=Lax, Secure in production (behind HTTPS). */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfig {

	static final String COOKIE = "SATUDATA_SESSION";

	@Bean
	CookieSerializer cookieSerializer(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName(COOKIE);
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setUseSecureCookie(secure);
		serializer.setCookiePath("/");
		return serializer;
	}

}
