package id.satudata.organisasi.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login and password rules ({@code satudata.keamanan.*}).
 *
 * @param loginBebas failed logins (per account, per address) that cost nothing; each further one
 *        doubles the wait before the next attempt
 * @param jedaAwal the first wait
 * @param jedaMaks the longest wait
 * @param panjangMinPassword the shortest password accepted
 */
@ConfigurationProperties("satudata.keamanan")
public record OrganisasiProperties(Integer loginBebas, Duration jedaAwal, Duration jedaMaks,
		Integer panjangMinPassword) {

	public OrganisasiProperties {
		loginBebas = loginBebas == null || loginBebas < 0 ? 3 : loginBebas;
		jedaAwal = jedaAwal == null ? Duration.ofSeconds(2) : jedaAwal;
		jedaMaks = jedaMaks == null ? Duration.ofMinutes(5) : jedaMaks;
		panjangMinPassword = panjangMinPassword == null ? 10 : panjangMinPassword;
	}

}
