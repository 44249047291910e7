package id.satudata.notifikasi.internal;

import org.springframework.stereotype.Component;

import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.web.ViewModelInterceptor;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The unread count shown beside the user's name in the header ({@code notifikasiBelumDibaca}, one
 * indexed count per page), in every view a controller renders: not for API answers (see
 * {@link ViewModelInterceptor}).
 */
@Component
class NotifikasiModelAdvice extends ViewModelInterceptor {

	private final NotifikasiService service;
	private final CurrentUser currentUser;

	NotifikasiModelAdvice(NotifikasiService service, CurrentUser currentUser) {
		super("notifikasiBelumDibaca");
		this.service = service;
		this.currentUser = currentUser;
	}

	@Override
	protected Object value(HttpServletRequest request) {
		return currentUser.get().map(u -> service.jumlahBelumDibaca(u.getId())).orElse(null);
	}

}
