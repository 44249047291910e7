package id.satudata.referensi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import id.satudata.test.Demo;
import id.satudata.test.HttpSession;
import id.satudata.test.ServerTest;

/**
 * A 200 MB code-list file, sent over real HTTP by a logged-in Walidata, is refused from its
 * declared length with a 413 page in Bahasa Indonesia, and the list is untouched.
 */
@ServerTest
class UploadLimitIT {

	static final long SIZE = 200L * 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a200MegabyteFileIsRefusedAndNothingChanges() throws Exception {
		HttpSession session = new HttpSession(port).login(Demo.ADMIN, Demo.PASSWORD);
		String token = session.csrf("/kelola/kode-referensi/wilayah");
		int versionBefore = jdbc.queryForObject("SELECT versi FROM kode_referensi WHERE slug = 'wilayah'", Integer.class);
		long codesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM kode_referensi_item i JOIN kode_referensi d "
				+ "ON d.id = i.daftar_id WHERE d.slug = 'wilayah'", Long.class);

		String boundary = "----satudata" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"besar.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nkode,nama\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		long length = head.length + SIZE + tail.length;
		HttpRequest request = HttpRequest.newBuilder(session.uri("/kelola/kode-referensi/wilayah/impor"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(java.time.Duration.ofMinutes(2))
			.POST(HttpRequest.BodyPublishers.fromPublisher(new GeneratedBody(head, SIZE, tail), length))
			.build();
		HttpResponse<String> response = session.client().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Berkas terlalu besar").contains("melebihi batas 50 MB");
		assertThat(jdbc.queryForObject("SELECT versi FROM kode_referensi WHERE slug = 'wilayah'", Integer.class))
			.isEqualTo(versionBefore);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kode_referensi_item i JOIN kode_referensi d "
				+ "ON d.id = i.daftar_id WHERE d.slug = 'wilayah'", Long.class)).isEqualTo(codesBefore);
	}

	/** Head, then {@code size} bytes of CSV rows made on the fly, then tail: never held in memory. */
	static final class GeneratedBody implements Flow.Publisher<ByteBuffer> {

		private final byte[] head;
		private final long size;
		private final byte[] tail;

		GeneratedBody(byte[] head, long size, byte[] tail) {
			this.head = head;
			this.size = size;
			this.tail = tail;
		}

		@Override
		public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
			byte[] chunk = new byte[64 * 1024];
			byte[] row = "99.99.99,Wilayah Uji\r\n".getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < chunk.length; i++) {
				chunk[i] = row[i % row.length];
			}
			AtomicLong sent = new AtomicLong(-1);
			subscriber.onSubscribe(new Flow.Subscription() {
				private volatile boolean done;

				@Override
				public void request(long n) {
					for (long i = 0; i < n && !done; i++) {
						long s = sent.getAndIncrement();
						if (s < 0) {
							subscriber.onNext(ByteBuffer.wrap(head));
							continue;
						}
						long offset = s * chunk.length;
						if (offset < size) {
							int len = (int) Math.min(chunk.length, size - offset);
							subscriber.onNext(ByteBuffer.wrap(chunk, 0, len));
						}
						else {
							subscriber.onNext(ByteBuffer.wrap(tail));
							done = true;
							subscriber.onComplete();
						}
					}
				}

				@Override
				public void cancel() {
					done = true;
				}
			});
		}

	}

}
