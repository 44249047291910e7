package id.satudata.katalog;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stable public ids that are not stored but derived. */
public final class IdPublik {

	/** The Kode Referensi list of topics (CKAN groups). */
	public static final String DAFTAR_TOPIK = "topik-data";

	private IdPublik() {
	}

	/**
	 * A topic's id (the CKAN group id): a name-based UUID of the national topic code. Topics are one
	 * national code list, so every Satu Data portal gives the same topic the same id and an aggregator
	 * sees one group, not one per portal.
	 */
	public static String topik(String kode) {
		return UUID.nameUUIDFromBytes(("satudata:" + DAFTAR_TOPIK + ":" + kode).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	/** Whether a text has the shape of a UUID. */
	public static boolean uuid(String s) {
		return s != null && s.length() == 36 && s.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
	}

}
