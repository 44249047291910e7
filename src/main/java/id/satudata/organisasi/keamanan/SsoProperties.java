package id.satudata.organisasi.keamanan;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import id.satudata.organisasi.pengguna.PenggunaSso.KolomLokal;

/**
 * {@code satudata.sso.*}: single sign-on with an OpenID Connect provider. Off while
 * {@code issuer-uri} is empty (the embedded default: local login only).
 *
 * @param issuerUri the provider's issuer (its {@code /.well-known/openid-configuration} is read at the first login)
 * @param clientId the client registered at the provider for this installation
 * @param clientSecret its secret (from the environment: {@code SATUDATA_SSO_CLIENT_SECRET})
 * @param scopes the scopes asked for ({@code openid} is always added)
 * @param namaPenyedia the provider's name on the login page ("Masuk dengan SSO …")
 * @param klaim the claim identifying the user ({@code email}, {@code preferred_username}, {@code nik} …)
 * @param kolom the local account field the claim is compared with
 * @param emailTerverifikasi when matching on {@code email}: refuse unless the provider says {@code email_verified}
 * @param buatAkun create an unknown user as Pengguna terdaftar (otherwise refuse)
 * @param organisasiAkunBaru the region code of the organization the created user's role is held in
 * @param peranKlaim the claim listing the user's groups ({@code groups}); empty: roles stay assigned in Satu Data
 * @param peranPeta group → {@code PERAN@kode-wilayah} (e.g. {@code satudata-walidata: WALIDATA@19})
 * @param logoutPenyedia end the provider's session too at logout (RP-initiated logout), when it offers it
 */
@ConfigurationProperties("satudata.sso")
record SsoProperties(String issuerUri, String clientId, String clientSecret, List<String> scopes, String namaPenyedia,
		String klaim, KolomLokal kolom, Boolean emailTerverifikasi, boolean buatAkun, String organisasiAkunBaru,
		String peranKlaim, Map<String, String> peranPeta, Boolean logoutPenyedia) {

	SsoProperties {
		issuerUri = issuerUri == null ? "" : issuerUri.strip();
		scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
		namaPenyedia = namaPenyedia == null || namaPenyedia.isBlank() ? "OpenID Connect" : namaPenyedia.strip();
		klaim = klaim == null || klaim.isBlank() ? "email" : klaim.strip();
		kolom = kolom == null ? KolomLokal.EMAIL : kolom;
		emailTerverifikasi = emailTerverifikasi == null ? Boolean.TRUE : emailTerverifikasi;
		peranKlaim = peranKlaim == null || peranKlaim.isBlank() ? null : peranKlaim.strip();
		peranPeta = peranPeta == null ? Map.of() : Map.copyOf(peranPeta);
		logoutPenyedia = logoutPenyedia == null ? Boolean.TRUE : logoutPenyedia;
		if (!issuerUri.isEmpty() && (clientId == null || clientId.isBlank())) {
			throw new IllegalStateException("satudata.sso.client-id is required when satudata.sso.issuer-uri is set");
		}
	}

	boolean aktif() {
		return !issuerUri.isEmpty();
	}

}
