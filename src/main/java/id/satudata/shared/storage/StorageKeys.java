package id.satudata.shared.storage;

import java.util.UUID;
import java.util.regex.Pattern;

/** Keys of stored files: {@code <area>/<uuid>}, made by the platform, never from a user's file name. */
final class StorageKeys {

	private static final Pattern AREA = Pattern.compile("[a-z0-9-]{1,40}");
	private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,40}/[0-9a-f-]{36}");

	private StorageKeys() {
	}

	/** A new key in the area. */
	static String newKey(String area) {
		if (area == null || !AREA.matcher(area).matches()) {
			throw new IllegalArgumentException("Invalid storage area");
		}
		return area + "/" + UUID.randomUUID();
	}

	/** The key, checked to be one the platform made. */
	static String check(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Invalid storage key");
		}
		return key;
	}

}
