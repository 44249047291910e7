package id.satudata.organisasi.internal;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Hook for how API callers authenticate (API tokens in the {@code Authorization} header). Without
 * a token every API caller is the public.
 */
interface ApiAuthenticationCustomizer {

	void customize(HttpSecurity http) throws Exception;

}
