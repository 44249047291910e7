package id.satudata.organisasi.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login and password rules ({@code satudata.keamanan.*}).
 *
 * @param maksGagalLogin failed logins in a row before the account is locked
 * @param lamaKunci how long a locked account stays locked
 * @param panjangMinPassword the shortest password accepted
 */
@ConfigurationProperties("satudata.keamanan")
public record OrganisasiProperties(Integer maksGagalLogin, Duration lamaKunci, Integer panjangMinPassword) {

	public OrganisasiProperties {
		maksGagalLogin = maksGagalLogin == null ? 5 : maksGagalLogin;
		lamaKunci = lamaKunci == null ? Duration.ofMinutes(15) : lamaKunci;
		panjangMinPassword = panjangMinPassword == null ? 10 : panjangMinPassword;
	}

}
