package id.satudata.shared.tabular;

/**
 * How to read a file.
 *
 * @param encoding UTF8_ONLY refuses text that is not UTF-8 (with the line of the first bad byte);
 *        DETECT falls back to Windows-1252, the encoding Excel on Indonesian Windows writes
 * @param sheet the XLSX sheet to read by name, or {@code null} for the first visible sheet
 * @param maxRows refuse files with more data rows than this (0: no limit)
 */
public record ReadOptions(EncodingPolicy encoding, String sheet, long maxRows) {

	public enum EncodingPolicy {
		UTF8_ONLY, DETECT
	}

	public static ReadOptions strictUtf8() {
		return new ReadOptions(EncodingPolicy.UTF8_ONLY, null, 0);
	}

	public static ReadOptions detect() {
		return new ReadOptions(EncodingPolicy.DETECT, null, 0);
	}

	public ReadOptions withSheet(String sheetName) {
		return new ReadOptions(encoding, sheetName, maxRows);
	}

	public ReadOptions withMaxRows(long max) {
		return new ReadOptions(encoding, sheet, max);
	}

}
