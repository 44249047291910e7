package id.satudata.shared.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting, and what they may do where. Every module's services ask this before a state
 * change; controllers are not trusted to have checked.
 */
@Component
public class CurrentUser {

	/** The logged-in user, if any. */
	public Optional<SatuDataUser> get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SatuDataUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/** The logged-in user, or an access-denied error. */
	public SatuDataUser require() {
		return get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
	}

	/** The name recorded in audit events: the username, or {@code publik} for anonymous callers. */
	public String actorName() {
		return get().map(SatuDataUser::getUsername).orElse("publik");
	}

	public boolean has(Peran peran) {
		return get().map(u -> u.has(peran)).orElse(false);
	}

	/** Holds {@code peran} for the organization (an org-wide grant, or a grant on any of its units). */
	public boolean hasIn(Peran peran, long organisasiId) {
		return get().map(u -> u.getPenugasan().stream()
				.anyMatch(p -> p.peran() == peran && p.organisasiId() == organisasiId)).orElse(false);
	}

	/** Holds {@code peran} for that unit of that organization (org-wide grants cover every unit). */
	public boolean hasForUnit(Peran peran, long organisasiId, long unitId) {
		return get().map(u -> u.getPenugasan().stream().anyMatch(p -> p.covers(peran, organisasiId, unitId)))
				.orElse(false);
	}

	/** The organizations in which the user holds {@code peran}. */
	public Set<Long> organisasiWith(Peran peran) {
		return get().map(u -> u.getPenugasan().stream().filter(p -> p.peran() == peran)
				.map(Penugasan::organisasiId).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
	}

	/** The units in which the user holds {@code peran} through a unit-scoped grant. */
	public Set<Long> unitsWith(Peran peran) {
		return get().map(u -> u.getPenugasan().stream().filter(p -> p.peran() == peran && p.unitId() != null)
				.map(Penugasan::unitId).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
	}

	/** Throws unless the user holds one of the roles (anywhere). */
	public SatuDataUser requireAny(Peran... peran) {
		SatuDataUser user = require();
		for (Peran p : peran) {
			if (user.has(p)) {
				return user;
			}
		}
		throw new AccessDeniedException("Missing role");
	}

}
