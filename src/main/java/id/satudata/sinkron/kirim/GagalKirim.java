package id.satudata.sinkron.kirim;

/**
 * A push that did not go through: the portal is unreachable, answered with an error, or the answer
 * was unreadable. {@code getMessage()} is the reason shown on the page (from the portal, or the
 * transport's), already short and free of the token.
 */
class GagalKirim extends Exception {

	private static final long serialVersionUID = 1L;

	private final int status;

	GagalKirim(String alasan, int status) {
		super(alasan);
		this.status = status;
	}

	GagalKirim(String alasan) {
		this(alasan, 0);
	}

	/** The HTTP status of the portal's answer; 0 when there was none. */
	int status() {
		return status;
	}

}
