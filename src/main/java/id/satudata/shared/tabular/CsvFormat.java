package id.satudata.shared.tabular;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a delimited text file is written.
 *
 * @param charset its encoding
 * @param bomLength bytes of byte-order mark at its start
 * @param delimiter its field separator
 */
public record CsvFormat(Charset charset, int bomLength, char delimiter) {

	/** Plain UTF-8 without a byte-order mark: readable as is by tools that expect UTF-8. */
	public boolean plainUtf8() {
		return StandardCharsets.UTF_8.equals(charset) && bomLength == 0;
	}

}
