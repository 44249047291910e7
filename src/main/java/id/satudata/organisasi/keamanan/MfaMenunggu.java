package id.satudata.organisasi.keamanan;

import java.io.Serial;
import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Between the password and the second factor: the password was right, the code is still due. It
 * carries no role, is not authenticated, and its principal is only the name (not a
 * {@code SatuDataUser}), so nothing treats it as logged in; {@link MfaGerbangFilter} lets it reach the code page and logout only.
 */
final class MfaMenunggu extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String AUTHORITY = "MFA_MENUNGGU";

	private final long penggunaId;
	private final String username;
	private final Instant sejak;
	private int gagal;

	MfaMenunggu(long penggunaId, String username, Instant sejak) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.penggunaId = penggunaId;
		this.username = username;
		this.sejak = sejak;
		// not authenticated: "authenticated()" rules refuse it even without the gate
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return username;
	}

	long penggunaId() {
		return penggunaId;
	}

	Instant sejak() {
		return sejak;
	}

	int tambahGagal() {
		return ++gagal;
	}

}
