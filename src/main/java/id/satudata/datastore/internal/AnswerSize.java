package id.satudata.datastore.internal;

import org.springframework.util.unit.DataSize;

import id.satudata.datastore.DatastoreException;

/**
 * Counts the bytes of an answer's values while its rows are read and stops at the cap with
 * an error naming the cap, before the rows fill the heap.
 * Text counts its length, other values a fixed 8 bytes, each value also its column name.
 */
public final class AnswerSize {

	private final long max;
	private final String messageKey;
	private long bytes;

	/** A cap for datastore searches ({@code datastore.galat.jawabanTerlaluBesar}). */
	public AnswerSize(DataSize max) {
		this(max, "datastore.galat.jawabanTerlaluBesar");
	}

	public AnswerSize(DataSize max, String messageKey) {
		this.max = max.toBytes();
		this.messageKey = messageKey;
	}

	public void add(String column, Object value) {
		bytes += column.length() + 4 + (value instanceof CharSequence s ? s.length() : value == null ? 4 : 8);
		if (bytes > max) {
			throw new DatastoreException(messageKey, human(max));
		}
	}

	public static String human(long bytes) {
		return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
				: bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " B";
	}

}
