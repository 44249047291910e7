package id.satudata.organisasi.keamanan;

import java.io.Serial;
import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import id.satudata.shared.security.SatuDataUser;

/**
 * The principal of a single sign-on session: the local account's {@link SatuDataUser} (so every
 * page and authorization sees the same user as after a form login) that also carries the
 * provider's ID token (for logout at the provider). Its name is the local username, so ending a
 * user's sessions finds these too.
 */
final class SatuDataOidcUser extends SatuDataUser implements OidcUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final OidcIdToken idToken;
	private final OidcUserInfo userInfo;

	SatuDataOidcUser(SatuDataUser local, OidcIdToken idToken, OidcUserInfo userInfo) {
		super(local.getId(), local.getUsername(), local.getNamaLengkap(), null, local.isEnabled(),
				local.isAccountNonLocked(), local.isMustChangePassword(), local.getPenugasan());
		this.idToken = idToken;
		this.userInfo = userInfo;
	}

	@Override
	public Map<String, Object> getClaims() {
		return idToken.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return userInfo;
	}

	@Override
	public OidcIdToken getIdToken() {
		return idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return getClaims();
	}

	@Override
	public String getName() {
		return getUsername();
	}

}
