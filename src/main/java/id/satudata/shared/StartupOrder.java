package id.satudata.shared;

/**
 * The order of start-up work across modules (for {@code @Order} on application runners): reference
 * data first, then organizations and demo accounts, then content that refers to both.
 */
public final class StartupOrder {

	public static final int GUARD = 0;
	public static final int REFERENSI = 100;
	public static final int ORGANISASI = 200;
	public static final int KONTEN = 300;
	public static final int LAINNYA = 400;

	private StartupOrder() {
	}

}
