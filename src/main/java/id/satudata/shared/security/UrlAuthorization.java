package id.satudata.shared.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL-level rules for the web application (e.g. "/kelola/kode-referensi/** needs
 * WALIDATA or ADMIN"). They refuse a request before anything is bound or read; each service
 * checks again on its own.
 */
public interface UrlAuthorization {

	void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);

}
