package id.satudata.organisasi.keamanan;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.organisasi.pengguna.PenggunaSso;
import id.satudata.shared.SatuDataProperties;

/** Single sign-on's beans, only when {@code satudata.sso.issuer-uri} is set (see docs/keamanan.md). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(SsoConfig.AKTIF)
class SsoConfig {

	static final String AKTIF = "!'${satudata.sso.issuer-uri:}'.isBlank()";

	@Bean
	SsoClientRegistrations ssoClientRegistrations(SsoProperties sso, SatuDataProperties properties) {
		return new SsoClientRegistrations(sso, properties.baseUrl());
	}

	@Bean
	SsoLogin ssoLogin(SsoProperties sso, SsoClientRegistrations registrations, PenggunaSso pengguna,
			SatuDataProperties properties) {
		return new SsoLogin(sso, registrations, new SsoUserService(sso, pengguna), properties.baseUrl());
	}

}
