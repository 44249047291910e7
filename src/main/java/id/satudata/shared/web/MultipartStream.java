package id.satudata.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a {@code multipart/form-data} body once, as it arrives: each part's bytes go straight to
 * where the caller wants them (a file part to its file, a field to memory), in large writes; the
 * boundary is found with a Boyer-Moore-Horspool search, so most bytes of a large file are skipped
 * over, not compared one by one. Nothing of the body is kept or copied a second time.
 */
final class MultipartStream {

	/** A part's headers, as the sink sees them before its content. */
	record PartHeaders(Map<String, String> headers) {

		String get(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	/** Where a part's content goes; {@link #done(long)} is called after its last byte. */
	interface Sink {

		OutputStream out();

		void done(long size) throws IOException;

	}

	/** The body broke the rules of multipart (no closing boundary, headers too long…). */
	static final class MalformedException extends IOException {

		private static final long serialVersionUID = 1L;

		MalformedException(String message) {
			super(message);
		}

	}

	/** A part grew past its limit ({@code limit} bytes). */
	static final class TooLargeException extends IOException {

		private static final long serialVersionUID = 1L;

		final long limit;

		TooLargeException(long limit) {
			super("Part or body larger than " + limit + " bytes");
			this.limit = limit;
		}

	}

	static final int BUFFER = 1 << 20;
	private static final int MAX_HEADER_BYTES = 16 * 1024;

	private final InputStream in;
	private final byte[] delimiter;
	private final int[] skip = new int[256];
	private final byte[] buf;
	private int start;
	private int end;
	private boolean eof;
	private long read;
	private final long maxRequest;

	/**
	 * @param boundary the Content-Type's boundary
	 * @param maxRequest the most bytes of the body read (-1: no limit)
	 */
	MultipartStream(InputStream in, String boundary, long maxRequest) {
		this(in, boundary, maxRequest, BUFFER);
	}

	MultipartStream(InputStream in, String boundary, long maxRequest, int bufferSize) {
		this.in = in;
		this.maxRequest = maxRequest;
		this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		this.buf = new byte[Math.max(bufferSize, 2 * (delimiter.length + MAX_HEADER_BYTES))];
		int m = delimiter.length;
		java.util.Arrays.fill(skip, m);
		for (int i = 0; i < m - 1; i++) {
			skip[delimiter[i] & 0xff] = m - 1 - i;
		}
		// the first boundary has no line break before it: read the body as if it had one
		buf[0] = '\r';
		buf[1] = '\n';
		end = 2;
	}

	/** The boundary parameter of a multipart Content-Type, or {@code null}. */
	static String boundary(String contentType) {
		if (contentType == null) {
			return null;
		}
		for (String param : contentType.split(";")) {
			String p = param.strip();
			int eq = p.indexOf('=');
			if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("boundary")) {
				String v = p.substring(eq + 1).strip();
				if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
					v = v.substring(1, v.length() - 1);
				}
				return v.isEmpty() || v.length() > 200 ? null : v;
			}
		}
		return null;
	}

	/**
	 * Reads the whole body: for each part, {@code sinks} is asked where its content goes. Returns the
	 * number of parts, or -1 when the body is empty (nothing to read at all).
	 */
	int read(Function<PartHeaders, Sink> sinks) throws IOException {
		if (!fill()) {
			return -1;
		}
		// the preamble, up to the first boundary
		if (copyUntilDelimiter(OutputStream.nullOutputStream()) < 0) {
			throw new MalformedException("No boundary in the body");
		}
		int parts = 0;
		while (true) {
			// after a boundary: "--" closes the body, a line break starts a part (transport padding allowed)
			ensure(2);
			if (end - start >= 2 && buf[start] == '-' && buf[start + 1] == '-') {
				// the epilogue is not read
				return parts;
			}
			skipLine();
			Sink sink = sinks.apply(headers());
			long size = copyUntilDelimiter(sink.out());
			if (size < 0) {
				throw new MalformedException("The body ended inside a part");
			}
			sink.done(size);
			parts++;
		}
	}

	/**
	 * Copies the bytes up to the next delimiter to {@code out} and consumes the delimiter; returns how
	 * many were copied, or -1 when the body ended first.
	 */
	private long copyUntilDelimiter(OutputStream out) throws IOException {
		int m = delimiter.length;
		long size = 0;
		while (true) {
			int found = find(start, end);
			if (found >= 0) {
				out.write(buf, start, found - start);
				size += found - start;
				start = found + m;
				return size;
			}
			// everything but a possible beginning of the delimiter is content
			int keep = Math.min(m - 1, end - start);
			out.write(buf, start, end - start - keep);
			size += end - start - keep;
			start = end - keep;
			if (!fill()) {
				return -1;
			}
		}
	}

	/** Boyer-Moore-Horspool search of the delimiter in {@code buf[from, to)}. */
	private int find(int from, int to) {
		int m = delimiter.length;
		int last = m - 1;
		int i = from;
		while (i + last < to) {
			byte b = buf[i + last];
			if (b == delimiter[last]) {
				int j = last - 1;
				while (j >= 0 && buf[i + j] == delimiter[j]) {
					j--;
				}
				if (j < 0) {
					return i;
				}
			}
			i += skip[b & 0xff];
		}
		return -1;
	}

	/** Reads more of the body after what is left unconsumed; false at its end. */
	private boolean fill() throws IOException {
		if (eof) {
			return false;
		}
		if (start > 0 && (start == end || buf.length - end < buf.length / 4)) {
			System.arraycopy(buf, start, buf, 0, end - start);
			end -= start;
			start = 0;
		}
		if (end == buf.length) {
			throw new MalformedException("Line too long");
		}
		int n = in.read(buf, end, buf.length - end);
		if (n < 0) {
			eof = true;
			return false;
		}
		read += n;
		if (maxRequest >= 0 && read > maxRequest) {
			throw new TooLargeException(maxRequest);
		}
		end += n;
		// read on while the stream has more at hand: fewer, larger writes and searches
		while (end < buf.length && in.available() > 0) {
			n = in.read(buf, end, buf.length - end);
			if (n < 0) {
				eof = true;
				break;
			}
			read += n;
			if (maxRequest >= 0 && read > maxRequest) {
				throw new TooLargeException(maxRequest);
			}
			end += n;
		}
		return true;
	}

	private void ensure(int bytes) throws IOException {
		while (end - start < bytes && fill()) {
			// reading
		}
	}

	/** Skips the rest of the boundary's line (transport padding) and its line break. */
	private void skipLine() throws IOException {
		int scanned = 0;
		while (true) {
			for (int i = start; i + 1 < end; i++) {
				if (buf[i] == '\r' && buf[i + 1] == '\n') {
					start = i + 2;
					return;
				}
			}
			scanned += end - start;
			if (scanned > MAX_HEADER_BYTES || !fill()) {
				throw new MalformedException("No line break after a boundary");
			}
		}
	}

	/** A part's header lines, up to the empty line (names in lower case). */
	private PartHeaders headers() throws IOException {
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		ensure(2);
		if (end - start >= 2 && buf[start] == '\r' && buf[start + 1] == '\n') {
			// no headers at all
			start += 2;
			return new PartHeaders(Map.of());
		}
		while (true) {
			int found = -1;
			for (int i = start; i + 3 < end; i++) {
				if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
					found = i;
					break;
				}
			}
			if (found >= 0) {
				raw.write(buf, start, found - start);
				start = found + 4;
				break;
			}
			// keep the last three bytes: the empty line may straddle the read
			int take = Math.max(0, end - start - 3);
			raw.write(buf, start, take);
			start += take;
			if (raw.size() > MAX_HEADER_BYTES || !fill()) {
				throw new MalformedException("A part's headers do not end");
			}
		}
		if (raw.size() > MAX_HEADER_BYTES) {
			throw new MalformedException("A part's headers are too long");
		}
		Map<String, String> headers = new LinkedHashMap<>();
		List<String> lines = new ArrayList<>();
		// header values are UTF-8 in practice (browsers send file names that way)
		for (String line : raw.toString(StandardCharsets.UTF_8).split("\r\n")) {
			if (!lines.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
				lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + line.strip());
			}
			else {
				lines.add(line);
			}
		}
		for (String line : lines) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
			}
		}
		return new PartHeaders(headers);
	}

	/** A field's text in the charset its part names, else the request's. */
	static String text(byte[] bytes, String partContentType, Charset fallback) {
		Charset cs = fallback;
		if (partContentType != null) {
			for (String param : partContentType.split(";")) {
				String p = param.strip();
				if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
					try {
						cs = Charset.forName(p.substring(8).replace("\"", "").strip());
					}
					catch (RuntimeException e) {
						// unknown charset: the request's
					}
				}
			}
		}
		return new String(bytes, cs);
	}

}
