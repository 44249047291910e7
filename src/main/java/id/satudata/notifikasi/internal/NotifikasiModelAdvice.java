package id.satudata.notifikasi.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.satudata.shared.security.CurrentUser;

/** The unread count shown beside the user's name in the header (one indexed count per page). */
@ControllerAdvice(annotations = Controller.class)
class NotifikasiModelAdvice {

	private final NotifikasiService service;
	private final CurrentUser currentUser;

	NotifikasiModelAdvice(NotifikasiService service, CurrentUser currentUser) {
		this.service = service;
		this.currentUser = currentUser;
	}

	@ModelAttribute("notifikasiBelumDibaca")
	Long unread() {
		return currentUser.get().map(u -> service.jumlahBelumDibaca(u.getId())).orElse(null);
	}

}
