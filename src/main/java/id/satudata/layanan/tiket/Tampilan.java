package id.satudata.layanan.tiket;

import java.util.Locale;

/** The tabs of a back-office list of tickets ({@code ?tampil=}). */
public enum Tampilan {

	/** What waits for me: open tickets my level holds. */
	SAYA,
	/** Every open ticket of the desks I may see. */
	SEMUA,
	/** The latest tickets, open or not, newest first. */
	TERBARU;

	/** The tab named in the address; anything else is {@link #SAYA}. */
	public static Tampilan dari(String nama) {
		for (Tampilan t : values()) {
			if (t.name().equalsIgnoreCase(nama == null ? "" : nama.strip())) {
				return t;
			}
		}
		return SAYA;
	}

	/** The name in the address. */
	public String nama() {
		return name().toLowerCase(Locale.ROOT);
	}

}
