package id.satudata.organisasi.keamanan;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import id.satudata.organisasi.pengguna.PenggunaService;
import id.satudata.shared.security.SatuDataUser;

/** Counts failed logins for the throttle and writes every login and logout to the audit trail. */
@Component
class LoginEvents {

	private final PenggunaService pengguna;
	private final LoginThrottle throttle;

	LoginEvents(PenggunaService pengguna, LoginThrottle throttle) {
		this.pengguna = pengguna;
		this.throttle = throttle;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof UserDetails user) {
			if (user instanceof SatuDataUser u && u.isMfaAktif()
					&& event.getAuthentication().getDetails() instanceof WebAuthenticationDetails) {
				// only the password step: the login (and the end of the account's throttle) comes with the code
				return;
			}
			pengguna.catatLoginBerhasil(user.getUsername());
			if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails) {
				throttle.berhasil(user.getUsername());
			}
		}
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String reason = "lainnya";
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			reason = "kredensial";
		}
		else if (event instanceof AuthenticationFailureLockedEvent) {
			reason = "terkunci";
		}
		else if (event instanceof AuthenticationFailureDisabledEvent) {
			reason = "nonaktif";
		}
		pengguna.catatLoginGagal(event.getAuthentication().getName(), reason);
		// web logins only (form login carries the address); API tokens are not counted nor refused
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web) {
			throttle.gagal(event.getAuthentication().getName(), web.getRemoteAddress());
		}
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof UserDetails user) {
			pengguna.catatLogout(user.getUsername());
		}
	}

}
