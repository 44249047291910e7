package id.satudata.organisasi.keamanan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import id.satudata.organisasi.pengguna.PenggunaSso;
import id.satudata.organisasi.pengguna.PenggunaSso.PeranDiOrganisasi;
import id.satudata.shared.security.Peran;

/**
 * Turns the provider's user into the local account's principal: the claim configured in
 * {@code satudata.sso.klaim} names the account; unknown, ambiguous and deactivated accounts are
 * refused (an {@link OAuth2AuthenticationException} with the code {@code satudata_<reason>}).
 */
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String KODE_PREFIX = "satudata_";

	private final OidcUserService delegate = new OidcUserService();
	private final SsoProperties properties;
	private final PenggunaSso pengguna;
	private final Map<String, PeranDiOrganisasi> peta;

	SsoUserService(SsoProperties properties, PenggunaSso pengguna) {
		this.properties = properties;
		this.pengguna = pengguna;
		this.peta = peta(properties.peranPeta());
	}

	/** Parses {@code group → PERAN@kode-wilayah}; a wrong entry stops the start-up with its name. */
	static Map<String, PeranDiOrganisasi> peta(Map<String, String> entries) {
		Map<String, PeranDiOrganisasi> result = new java.util.LinkedHashMap<>();
		entries.forEach((group, value) -> {
			String[] parts = value == null ? new String[0] : value.strip().split("@", 2);
			try {
				if (parts.length != 2 || parts[1].isBlank()) {
					throw new IllegalArgumentException("no @");
				}
				result.put(group, new PeranDiOrganisasi(Peran.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)),
						parts[1].strip()));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalStateException("satudata.sso.peran-peta." + group + "=" + value
						+ ": expected PERAN@kode-wilayah with PERAN one of " + List.of(Peran.values()), e);
			}
		});
		return Map.copyOf(result);
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser oidc = delegate.loadUser(request);
		Object claim = oidc.getClaims().get(properties.klaim());
		String nilai = claim == null ? null : String.valueOf(claim);
		boolean terverifikasi = !StandardClaimNames.EMAIL.equals(properties.klaim()) || !properties.emailTerverifikasi()
				|| Boolean.TRUE.equals(oidc.getEmailVerified());
		Set<PeranDiOrganisasi> peran = null;
		if (properties.peranKlaim() != null) {
			peran = new LinkedHashSet<>();
			List<String> groups = oidc.getClaimAsStringList(properties.peranKlaim());
			for (String group : groups == null ? List.<String>of() : groups) {
				PeranDiOrganisasi mapped = peta.get(group);
				if (mapped != null) {
					peran.add(mapped);
				}
			}
		}
		PenggunaSso.Hasil hasil = pengguna.masuk(new PenggunaSso.Permintaan(properties.namaPenyedia(),
				properties.klaim(), nilai, terverifikasi, properties.kolom(), properties.buatAkun(),
				properties.organisasiAkunBaru(), oidc.getPreferredUsername(), oidc.getFullName(), oidc.getEmail(),
				peran));
		if (hasil.penolakan() != null) {
			throw new OAuth2AuthenticationException(new OAuth2Error(KODE_PREFIX + hasil.penolakan().name()),
					"SSO login refused: " + hasil.penolakan());
		}
		return new SatuDataOidcUser(hasil.principal(), oidc.getIdToken(), oidc.getUserInfo());
	}

}
