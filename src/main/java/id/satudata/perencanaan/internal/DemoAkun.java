package id.satudata.perencanaan.internal;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;

/**
 * What the planning demo seeders share: running a step as the demo account whose job it is, through
 * the real services, and finding a demo unit.
 */
@Component
public class DemoAkun {

	private final UserDetailsService users;
	private final TransactionTemplate tx;
	private final OrganisasiDirectory organisasi;

	DemoAkun(UserDetailsService users, TransactionTemplate tx, OrganisasiDirectory organisasi) {
		this.users = users;
		this.tx = tx;
		this.organisasi = organisasi;
	}

	/** Runs {@code work} in a transaction as the demo account, like that user would through the pages. */
	public <T> T runAs(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return tx.execute(status -> work.get());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** The organization's unit of this kind (with this short name, when given). */
	public long unit(long orgId, JenisUnit jenis, String singkatan) {
		return organisasi.unitBerjenis(orgId, jenis).stream().filter(u -> singkatan == null || singkatan.equals(u.singkatan()))
			.map(UnitRef::id).findFirst().orElseThrow(() -> new IllegalStateException("Demo unit missing: " + singkatan));
	}

}
