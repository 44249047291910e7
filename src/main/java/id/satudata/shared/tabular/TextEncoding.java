package id.satudata.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a text file's encoding: a byte-order mark, else valid UTF-8, else (if allowed) Windows-1252. */
final class TextEncoding {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/**
	 * @param charset the encoding
	 * @param bomLength bytes of byte-order mark to skip
	 */
	record Detected(Charset charset, int bomLength) {
	}

	private TextEncoding() {
	}

	/** The encoding a byte-order mark declares, else UTF-8 (not checked). */
	static Detected fromByteOrderMark(Path file) throws IOException {
		byte[] head = new byte[3];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, 3);
		}
		if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return new Detected(StandardCharsets.UTF_8, 3);
		}
		if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return new Detected(StandardCharsets.UTF_16LE, 2);
		}
		if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return new Detected(StandardCharsets.UTF_16BE, 2);
		}
		return new Detected(StandardCharsets.UTF_8, 0);
	}

	static Detected detect(Path file, ReadOptions.EncodingPolicy policy) throws IOException {
		byte[] head = new byte[4];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, 4);
		}
		if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			long bad = firstInvalidUtf8Line(file, 3);
			if (bad > 0) {
				throw new TabularFileException("tabular.galat.encoding", bad);
			}
			return new Detected(StandardCharsets.UTF_8, 3);
		}
		if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return new Detected(StandardCharsets.UTF_16LE, 2);
		}
		if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return new Detected(StandardCharsets.UTF_16BE, 2);
		}
		long bad = firstInvalidUtf8Line(file, 0);
		if (bad == 0) {
			return new Detected(StandardCharsets.UTF_8, 0);
		}
		if (policy == ReadOptions.EncodingPolicy.DETECT) {
			return new Detected(WINDOWS_1252, 0);
		}
		throw new TabularFileException("tabular.galat.encoding", bad);
	}

	/** The 1-based line holding the first byte sequence that is not UTF-8, or 0 if the file is valid UTF-8. */
	static long firstInvalidUtf8Line(Path file, int skip) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(1 << 16);
		CharBuffer out = CharBuffer.allocate(1 << 16);
		long line = 1;
		try (InputStream stream = Files.newInputStream(file)) {
			stream.skipNBytes(skip);
			boolean eof = false;
			while (!eof) {
				int read = stream.read(in.array(), in.position(), in.remaining());
				if (read < 0) {
					eof = true;
				}
				else {
					in.position(in.position() + read);
				}
				in.flip();
				while (true) {
					CoderResult result = decoder.decode(in, out, eof);
					line += countNewlines(out);
					if (result.isError()) {
						return line;
					}
					if (result.isUnderflow()) {
						break;
					}
				}
				in.compact();
			}
			out.clear();
			CoderResult result = decoder.flush(out);
			return result.isError() ? line : 0;
		}
	}

	private static long countNewlines(CharBuffer out) {
		out.flip();
		long n = 0;
		while (out.hasRemaining()) {
			if (out.get() == '\n') {
				n++;
			}
		}
		out.clear();
		return n;
	}

}
