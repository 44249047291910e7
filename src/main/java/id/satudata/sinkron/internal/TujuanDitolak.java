package id.satudata.sinkron.internal;

import id.satudata.shared.web.UserFacingException;

/** An outbound request refused or failed: its message key says why (bundle sinkron). */
public class TujuanDitolak extends UserFacingException {

	public TujuanDitolak(String messageKey, Object... args) {
		super(messageKey, args);
	}

}
