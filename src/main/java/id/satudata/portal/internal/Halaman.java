package id.satudata.portal.internal;

import id.satudata.shared.web.UserFacingException;

/** Paging of the portal's dataset lists (search, a producer's datasets): 20 a page, {@code hal} from 1. */
public final class Halaman {

	public static final int UKURAN = 20;

	private Halaman() {
	}

	/** The page asked for ({@code hal}), 1 when none; a number that is none is the caller's error. */
	public static int parse(String value) {
		try {
			return value == null ? 1 : Math.max(1, Math.min(Integer.parseInt(value), 100_000));
		}
		catch (NumberFormatException e) {
			throw new UserFacingException("galat.parameter", "hal");
		}
	}

	/** The number of pages of {@code total} results (at least one). */
	public static int jumlah(long total) {
		return (int) Math.max(1, (total + UKURAN - 1) / UKURAN);
	}

}
