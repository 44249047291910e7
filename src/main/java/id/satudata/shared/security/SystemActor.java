package id.satudata.shared.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs start-up work (shipped reference data, the demo content) as the platform itself, through
 * the same services and checks as a user, audited as {@code sistem}.
 */
@Component
public class SystemActor {

	public static final String NAME = "sistem";

	public <T> T run(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SatuDataUser system = new SatuDataUser(0, NAME, "Sistem", null, true, true, false,
				List.of(new Penugasan(Peran.ADMIN, 0, null)));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public void run(Runnable work) {
		run(() -> {
			work.run();
			return null;
		});
	}

}
