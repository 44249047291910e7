package id.satudata.pengumpulan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import id.satudata.test.Demo;
import id.satudata.test.HttpSession;
import id.satudata.test.ServerTest;

/**
 * Over a real connection: an upload cut off half-way leaves nothing behind (no upload, no version,
 * no file), and one declared larger than the limit is refused before its body is read.
 */
@ServerTest
class UnggahTerputusIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anUploadCutOffHalfWayLeavesNothingAndAnOversizedOneIsRefusedUpFront() throws Exception {
		HttpSession session = new HttpSession(port).login(Demo.PRODUSEN, Demo.PASSWORD);
		Document list = Jsoup.parse(session.get("/kelola/pengumpulan").body());
		String datasetPath = list.select("#daftar-kewajiban a[href^=/kelola/pengumpulan/dataset/]").stream()
			.filter(a -> a.text().contains("Jumlah Penduduk menurut Kabupaten/Kota")).findFirst().orElseThrow().attr("href");
		String token = session.csrf(datasetPath);
		HttpResponse<String> opened = session.client().send(HttpRequest.newBuilder(session.uri(datasetPath + "/pengajuan"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("periode=2022&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
		String pengajuan = opened.headers().firstValue("Location").orElseThrow();
		assertThat(pengajuan).contains("/kelola/pengumpulan/pengajuan/");
		long id = Long.parseLong(pengajuan.substring(pengajuan.lastIndexOf('/') + 1));
		Document page = Jsoup.parse(session.get("/kelola/pengumpulan/pengajuan/" + id).body());
		String version = page.select("input[name=version]").first().attr("value");
		String cookie = session.cookie();
		long uploadsBefore = count();
		long filesBefore = jdbc.queryForObject("SELECT count(*) FROM unggahan", Long.class);

		// 1. 5 MB declared, 64 KB sent, then the connection drops
		String boundary = "----satudata" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n" + version + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"putus.csv\"\r\nContent-Type: text/csv\r\n\r\n"
				+ Pengumpulan.HEADER).getBytes(StandardCharsets.UTF_8);
		try (Socket s = new Socket("localhost", port)) {
			OutputStream out = s.getOutputStream();
			out.write(("POST /kelola/pengumpulan/pengajuan/" + id + "/unggah HTTP/1.1\r\nHost: localhost:" + port
					+ "\r\nCookie: " + cookie + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
					+ "\r\nContent-Length: " + (5 * 1024 * 1024) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(head);
			byte[] rows = "19.01,2023,1,1,2\n".repeat(4000).getBytes(StandardCharsets.US_ASCII);
			out.write(rows);
			out.flush();
		}
		TimeUnit.SECONDS.sleep(2);
		assertThat(count()).as("no upload recorded").isEqualTo(uploadsBefore);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM unggahan", Long.class)).isEqualTo(filesBefore);
		assertThat(jdbc.queryForObject("SELECT versi_terkini FROM pengajuan WHERE id = ?", Integer.class, id)).isZero();

		// 2. 60 MB declared: refused with 413 before the body is read
		try (Socket s = new Socket("localhost", port)) {
			s.setSoTimeout(10_000);
			OutputStream out = s.getOutputStream();
			out.write(("POST /kelola/pengumpulan/pengajuan/" + id + "/unggah HTTP/1.1\r\nHost: localhost:" + port
					+ "\r\nCookie: " + cookie + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
					+ "\r\nContent-Length: " + (60L * 1024 * 1024) + "\r\nExpect: 100-continue\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = s.getInputStream();
			String answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
			assertThat(answer).isEqualTo("HTTP/1.1 413");
		}
		assertThat(count()).isEqualTo(uploadsBefore);
	}

	private long count() {
		return jdbc.queryForObject("SELECT count(*) FROM versi_pengajuan", Long.class);
	}

}
