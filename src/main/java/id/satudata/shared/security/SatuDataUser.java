package id.satudata.shared.security;

import java.io.Serial;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal: who the user is and which roles they hold where. Stored in the
 * (database-backed) session, so it is serializable and holds no entity.
 */
public class SatuDataUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;
	private final String username;
	private final String namaLengkap;
	private String passwordHash;
	private final boolean enabled;
	private final boolean accountNonLocked;
	private final boolean mustChangePassword;
	private final List<Penugasan> penugasan;
	private final Set<GrantedAuthority> authorities;
	/** The account has a second factor (TOTP): the password alone does not log in. */
	private final boolean mfaAktif;
	/** The account's roles require a second factor and it has none yet: it must enrol first. */
	private final boolean mfaWajib;

	public SatuDataUser(long id, String username, String namaLengkap, String passwordHash, boolean enabled,
			boolean accountNonLocked, boolean mustChangePassword, List<Penugasan> penugasan) {
		this(id, username, namaLengkap, passwordHash, enabled, accountNonLocked, mustChangePassword, penugasan, false,
				false);
	}

	public SatuDataUser(long id, String username, String namaLengkap, String passwordHash, boolean enabled,
			boolean accountNonLocked, boolean mustChangePassword, List<Penugasan> penugasan, boolean mfaAktif,
			boolean mfaWajib) {
		this.mfaAktif = mfaAktif;
		this.mfaWajib = mfaWajib;
		this.id = id;
		this.username = username;
		this.namaLengkap = namaLengkap;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.accountNonLocked = accountNonLocked;
		this.mustChangePassword = mustChangePassword;
		this.penugasan = List.copyOf(penugasan);
		Set<GrantedAuthority> roles = new LinkedHashSet<>();
		for (Penugasan p : this.penugasan) {
			roles.add(new SimpleGrantedAuthority(p.peran().authority()));
		}
		this.authorities = Set.copyOf(roles);
	}

	public long getId() {
		return id;
	}

	@Override
	public String getUsername() {
		return username;
	}

	public String getNamaLengkap() {
		return namaLengkap;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return accountNonLocked;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public boolean isMfaAktif() {
		return mfaAktif;
	}

	/** Must enrol a second factor before using the application (required role, none yet). */
	public boolean isMfaWajib() {
		return mfaWajib;
	}

	public List<Penugasan> getPenugasan() {
		return penugasan;
	}

	public boolean has(Peran peran) {
		return penugasan.stream().anyMatch(p -> p.peran() == peran);
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SatuDataUser other && other.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "SatuDataUser[" + username + "]";
	}

}
