package id.satudata.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.storage.TempFiles;
import jakarta.servlet.ServletInputStream;

class StreamingMultipartResolverTest {

	private static final String BOUNDARY = "------------------------a1b2c3d4e5f6";

	@TempDir
	Path dataDir;

	private StreamingMultipartResolver resolver(long maxFile, long maxRequest) {
		return new StreamingMultipartResolver(new TempFiles(new SatuDataProperties(dataDir, null, null, null, null)),
				maxFile, maxRequest);
	}

	/** A body as curl -F writes it: fields, then the file. */
	private static byte[] body(byte[] file, String filename) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"package_id\"\r\n\r\nbench-1\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nJumlah penduduk ±\r\nbaris dua\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"" + filename
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		out.write(file);
		out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** Hands out at most {@code chunk} bytes a read (a boundary then straddles reads). */
	private static ServletInputStream trickle(byte[] bytes, int chunk) {
		InputStream in = new java.io.ByteArrayInputStream(bytes) {
			@Override
			public synchronized int read(byte[] b, int off, int len) {
				return super.read(b, off, Math.min(len, chunk));
			}

			@Override
			public synchronized int available() {
				return 0;
			}
		};
		return new DelegatingServletInputStream(in);
	}

	private static MockHttpServletRequest request(byte[] body, int chunk, String uri) {
		MockHttpServletRequest r = new MockHttpServletRequest("POST", uri) {
			@Override
			public ServletInputStream getInputStream() {
				return trickle(body, chunk);
			}
		};
		r.setContentType("multipart/form-data; boundary=" + BOUNDARY);
		r.setCharacterEncoding("UTF-8");
		r.setQueryString("lang=en&x=a%20b");
		return r;
	}

	@Test
	void fieldsAndFileReadOnceWhateverTheReadSizes() throws Exception {
		// content full of near-boundaries: line breaks, dashes, the boundary less its last character
		ByteArrayOutputStream f = new ByteArrayOutputStream();
		Random random = new Random(18);
		for (int i = 0; i < 3000; i++) {
			f.write(("kode,nama\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "\r\n-\r\n").getBytes(StandardCharsets.UTF_8));
			byte[] noise = new byte[random.nextInt(64)];
			random.nextBytes(noise);
			f.write(noise);
		}
		byte[] file = f.toByteArray();
		for (int chunk : new int[] { 1, 7, 61, 4096, 1 << 20 }) {
			MultipartHttpServletRequest m = resolver(-1, -1).resolveMultipart(request(body(file, "penduduk ½.csv"), chunk,
					"/api/3/action/resource_create"));
			assertThat(m).isInstanceOf(StreamingMultipartResolver.Streamed.class);
			assertThat(m.getParameter("package_id")).isEqualTo("bench-1");
			assertThat(m.getParameter("description")).isEqualTo("Jumlah penduduk ±\r\nbaris dua");
			assertThat(m.getParameter("lang")).isEqualTo("en");
			assertThat(m.getParameter("x")).isEqualTo("a b");
			assertThat(m.getParameterMap()).containsKeys("package_id", "description", "lang", "x");
			MultipartFile upload = m.getFile("upload");
			assertThat(upload.getOriginalFilename()).isEqualTo("penduduk ½.csv");
			assertThat(upload.getContentType()).isEqualTo("text/csv");
			assertThat(upload.getSize()).isEqualTo(file.length);
			assertThat(upload.getBytes()).isEqualTo(file);
			Path moved = dataDir.resolve("moved-" + chunk + ".csv");
			upload.transferTo(moved);
			assertThat(Files.readAllBytes(moved)).isEqualTo(file);
			assertThatThrownBy(upload::getInputStream).isInstanceOf(IllegalStateException.class);
			resolver(-1, -1).cleanupMultipart(m);
		}
		try (var left = Files.list(dataDir.resolve("tmp"))) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void anEmptyFileAndAPreamble() throws Exception {
		byte[] b = ("preamble\r\n" + new String(body(new byte[0], ""), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
		MultipartHttpServletRequest m = resolver(-1, -1).resolveMultipart(request(b, 5, "/api/action/resource_create"));
		assertThat(m.getFile("upload").isEmpty()).isTrue();
		assertThat(m.getParameter("package_id")).isEqualTo("bench-1");
	}

	@Test
	void limitsAsTheContainers() throws Exception {
		byte[] file = new byte[10_000];
		assertThatThrownBy(() -> resolver(9_999, -1).resolveMultipart(request(body(file, "a.csv"), 4096,
				"/api/3/action/resource_create"))).isInstanceOf(MaxUploadSizeExceededException.class);
		assertThatThrownBy(() -> resolver(-1, 5_000).resolveMultipart(request(body(file, "a.csv"), 4096,
				"/api/3/action/resource_create"))).isInstanceOf(MaxUploadSizeExceededException.class);
		assertThat(resolver(10_000, 20_000).resolveMultipart(request(body(file, "a.csv"), 4096,
				"/api/3/action/resource_create")).getFile("upload").getSize()).isEqualTo(10_000);
		try (var left = Files.list(dataDir.resolve("tmp"))) {
			assertThat(left.count()).isEqualTo(1);
		}
	}

	@Test
	void aBrokenBodyIsRefusedAndLeavesNothing() throws Exception {
		byte[] whole = body("a,b\r\n1,2\r\n".repeat(1000).getBytes(StandardCharsets.UTF_8), "a.csv");
		byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 20);
		assertThatThrownBy(() -> resolver(-1, -1).resolveMultipart(request(cut, 100, "/api/3/action/resource_create")))
			.isInstanceOf(MultipartException.class)
			.isNotInstanceOf(MaxUploadSizeExceededException.class);
		try (var left = Files.list(dataDir.resolve("tmp"))) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void otherPathsAreTheContainers() throws Exception {
		MockHttpServletRequest r = request(body(new byte[10], "a.csv"), 100, "/api/3/action/package_create");
		// a mock request has no parts: the container's way gives an empty multipart request
		MultipartHttpServletRequest m = resolver(-1, -1).resolveMultipart(r);
		assertThat(m).isNotInstanceOf(StreamingMultipartResolver.Streamed.class);
	}

	@Test
	void boundaryFromTheContentType() {
		assertThat(MultipartStream.boundary("multipart/form-data; boundary=abc")).isEqualTo("abc");
		assertThat(MultipartStream.boundary("multipart/form-data; charset=UTF-8; boundary=\"a b\"")).isEqualTo("a b");
		assertThat(MultipartStream.boundary("multipart/form-data")).isNull();
	}

}
