package id.satudata.organisasi.keamanan;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Hook for how API callers authenticate (API tokens in the {@code Authorization} header). Without
 * a token every API caller is the public.
 */
public interface ApiAuthenticationCustomizer {

	void customize(HttpSecurity http) throws Exception;

}
