package id.satudata.layanan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.satudata.standar.MsKegiatanIsian;
import id.satudata.test.Browser;
import id.satudata.test.BrowserTest;
import id.satudata.test.Demo;

/**
 * The service desk in a real browser: a member of the public files a request without an account,
 * it goes through the whole disposition chain (Kepala Dinas → Kepala Bidang → Sub Koordinator →
 * Petugas Layanan), is resolved, and the requester follows and rates it by number and code; then an
 * agency asks for a recommendation — letter, MS-Keg, questionnaire — and the Pembina Data examines
 * it and issues the recommendation letter; both PDFs' text is checked.
 */
@BrowserTest
class LayananBrowserIT {

	@LocalServerPort
	int port;

	static void masuk(Browser b, String username) {
		b.driver().manage().deleteAllCookies();
		b.login(username, Demo.PASSWORD);
		b.waitFor("#tabel-peran");
	}

	static void disposisi(Browser b, String username, String nomor, String catatan) {
		masuk(b, username);
		b.open("/kelola/layanan");
		b.waitFor("#tabel-permintaan");
		b.driver().findElement(By.linkText(nomor)).click();
		b.waitFor("#form-disposisi");
		b.find("#catatan-disposisi").sendKeys(catatan);
		klik(b, "#tombol-disposisi");
		b.waitFor("#pesan-sukses");
	}

	@Test
	void aRequestThroughTheWholeChainAndARecommendationToItsLetter() throws Exception {
		try (Browser b = new Browser(port)) {
			// the public files a request, without an account
			b.open("/layanan");
			b.waitFor("#form-permintaan");
			klik(b, "#jenis-PENYEBARLUASAN");
			b.find("#perihal").sendKeys("Penayangan data jumlah penduduk per desa");
			b.find("#uraian").sendKeys("Mohon data jumlah penduduk per desa tahun 2025 ditayangkan di portal.");
			b.find("#nama").sendKeys("Siti Warga");
			b.find("#surel").sendKeys("siti@contoh.id");
			b.screenshot("layanan-01-formulir");
			klik(b, "#tombol-ajukan");
			b.waitFor("#tiket-terkirim");
			String nomor = b.find("#nomor-tiket").getText();
			String kode = b.find("#kode-lacak").getText();
			assertThat(nomor).matches("LYN-\\d{4}-\\d{6}");
			b.screenshot("layanan-02-terkirim");

			// Kepala Dinas → Kepala Bidang → Sub Koordinator → Petugas Layanan
			masuk(b, Demo.KADIS);
			b.open("/kelola");
			assertThat(b.find("main").getText()).contains("Permintaan layanan menunggu Anda");
			b.open("/kelola/layanan");
			b.waitFor("#tabel-permintaan");
			assertThat(b.find("#tabel-permintaan").getText()).contains(nomor).contains("dari 30 menit");
			b.screenshot("layanan-03-kotak-masuk-kadis");
			disposisi(b, Demo.KADIS, nomor, "Kabid e-Gotik: mohon ditindaklanjuti.");
			assertThat(b.find("#pesan-sukses").getText()).contains(nomor).contains("didisposisikan");
			b.open("/kelola/layanan/" + nomor);
			assertThat(b.find("#status-permintaan").getText()).isEqualTo("Menunggu disposisi Kepala Bidang");
			disposisi(b, Demo.KABID, nomor, "Sub Koordinator: siapkan dataset.");
			disposisi(b, Demo.SUBKOOR, nomor, "Petugas: periksa dan tayangkan.");
			masuk(b, Demo.PETUGAS);
			b.open("/kelola/layanan");
			b.driver().findElement(By.linkText(nomor)).click();
			b.waitFor("#form-selesaikan");
			assertThat(b.find("#riwayat").getText()).contains("Kabid e-Gotik: mohon ditindaklanjuti.")
				.contains("Petugas: periksa dan tayangkan.").contains("tepat waktu");
			assertThat(b.find("#timer-permintaan").getText()).startsWith("sisa");
			b.screenshot("layanan-04-lembar-disposisi");
			b.find("#catatan-selesai").sendKeys("Dataset telah ditayangkan di portal.");
			klik(b, "#tombol-selesaikan");
			b.waitFor("#pesan-sukses");

			// the requester follows it by number and code, and rates it
			b.driver().manage().deleteAllCookies();
			b.open("/layanan/lacak?nomor=" + nomor + "#kode=" + kode);
			b.waitFor("#form-lacak");
			assertThat(b.find("#kode").getAttribute("value")).as("the code from the link's fragment").isEqualTo(kode);
			klik(b, "#tombol-lacak");
			b.waitFor("#tiket");
			assertThat(b.find("#status-tiket").getText()).isEqualTo("Selesai");
			assertThat(b.find("#hasil-tiket").getText()).contains("Dataset telah ditayangkan");
			klik(b, "#nilai-5");
			klik(b, "#tombol-nilai");
			b.waitFor("#nilai-diberikan");
			b.screenshot("layanan-05-tiket-dinilai");

			// an agency asks for a recommendation
			masuk(b, Demo.PRODUSEN);
			b.open("/kelola/rekomendasi/baru");
			b.waitFor("#form-rekomendasi");
			b.find("#nomorSurat").sendKeys("470/88/DISDUKCAPIL/2026");
			b.find("#lokasi").sendKeys("Pangkalpinang");
			b.find("#judulKegiatan").sendKeys("Survei Kepuasan Layanan Adminduk 2027");
			b.find("#jabatanPenandatangan").sendKeys("Kepala Dinas Kependudukan dan Pencatatan Sipil");
			b.find("#namaPenandatangan").sendKeys("Drs. Contoh Pejabat");
			klik(b, "#tombol-buat-rekomendasi");
			b.waitFor("#kelengkapan");
			String rek = b.driver().getCurrentUrl().replaceAll(".*/kelola/rekomendasi/", "");
			klik(b, "#tombol-isi-mskeg");
			b.waitForText("h1", "Survei Kepuasan Layanan Adminduk 2027");
			long ms = Long.parseLong(b.driver().getCurrentUrl().replaceAll(".*/kelola/metadata/(\\d+).*", "$1"));
			for (Map.Entry<String, Map<String, String>> blok : MsKegiatanIsian.lengkap("Survei Kepuasan Layanan Adminduk 2027",
					2026).entrySet()) {
				if (blok.getKey().equals("VIII")) {
					continue;
				}
				b.open("/kelola/metadata/" + ms + "/blok/" + blok.getKey());
				b.waitFor("#simpan-draf");
				blok.getValue().forEach((name, value) -> isi(b, name, value));
				klik(b, "#simpan-draf");
				b.waitFor("#pesan-sukses");
			}
			b.open("/kelola/rekomendasi/" + rek);
			Path kuesioner = Files.createTempFile("kuesioner-", ".pdf");
			Files.write(kuesioner, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes());
			b.find("#berkas-kuesioner").sendKeys(kuesioner.toString());
			klik(b, "#tombol-unggah-kuesioner");
			b.waitFor("#pesan-sukses");
			b.screenshot("layanan-06-rekomendasi-berkas");
			String permohonan = pdf(b, "/kelola/rekomendasi/" + rek + "/surat-permohonan.pdf");
			assertThat(permohonan).contains("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL").contains("Nomor : 470/88/DISDUKCAPIL/2026")
				.contains("Perihal : Permohonan Rekomendasi Rancangan Penyelenggaraan Statistik Sektoral")
				.contains("Yth. Kepala Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung")
				.contains("survei statistik sektoral yang berjudul Survei Kepuasan Layanan Adminduk 2027")
				.contains("Drs. Contoh Pejabat");
			klik(b, "#tombol-ajukan-rekomendasi");
			b.waitFor("#pesan-sukses");
			assertThat(b.find("#status-rekomendasi").getText()).isEqualTo("Diajukan");

			// the Pembina Data examines it and issues the recommendation letter
			masuk(b, Demo.PEMBINA);
			b.open("/kelola/rekomendasi");
			b.driver().findElement(By.linkText(rek)).click();
			b.waitFor("#tombol-periksa");
			klik(b, "#tombol-periksa");
			b.waitFor("#form-pemeriksaan");
			b.driver().findElements(By.cssSelector("#form-pemeriksaan input[type=checkbox]"))
			.forEach(c -> ((JavascriptExecutor) b.driver()).executeScript("arguments[0].click();", c));
			klik(b, "#tombol-simpan-pemeriksaan");
			b.waitFor("#pesan-sukses");
			String nomorRek = b.find("#nomorRekomendasi").getAttribute("value");
			assertThat(nomorRek).matches("B-\\d{4}/19/REK-SS/\\d{4}");
			b.find("#saran").sendKeys("Gunakan kerangka sampel terbaru dari data kependudukan.");
			b.screenshot("layanan-07-pemeriksaan");
			klik(b, "#tombol-layak");
			b.waitFor("#hasil-rekomendasi");
			assertThat(b.find("#nomor-rekomendasi").getText()).isEqualTo(nomorRek);
			assertThat(b.find("#mskeg-nomor-rekomendasi").getText()).isEqualTo(nomorRek);
			b.screenshot("layanan-08-rekomendasi-terbit");
			String surat = pdf(b, "/kelola/rekomendasi/" + rek + "/surat-rekomendasi.pdf");
			assertThat(surat).contains("BADAN PUSAT STATISTIK").contains("Rekomendasi Kegiatan Statistik Sektoral")
				.contains("Survei Kepuasan Layanan Adminduk 2027").contains("LAYAK")
				.contains("Gunakan kerangka sampel terbaru dari data kependudukan.").contains("Dewi Pembina Data");
			assertThat(surat.replace(" ", "")).contains(nomorRek.replace(" ", ""));
		}
	}

	/** Clicks the element after scrolling it into the middle of the window. */
	static void klik(Browser b, String css) {
		org.openqa.selenium.WebElement e = b.find(css);
		((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
				e);
	}

	/** Sets a form field by name as a user would (text, select, radio, checkbox). */
	static void isi(Browser b, String name, String value) {
		Object ok = ((JavascriptExecutor) b.driver()).executeScript("""
				var els = document.getElementsByName(arguments[0]);
				if (!els.length) { return false; }
				var el = els[0];
				if (el.type === 'radio' || el.type === 'checkbox') {
				  for (var i = 0; i < els.length; i++) { if (els[i].value === arguments[1]) { els[i].checked = true; } }
				} else { el.value = arguments[1]; }
				return true;""", name, value);
		assertThat(ok).as("field " + name).isEqualTo(Boolean.TRUE);
	}

	/** Downloads a PDF in the browser's session and returns its text. */
	String pdf(Browser b, String path) throws Exception {
		Cookie session = b.driver().manage().getCookieNamed("SATUDATA_SESSION");
		HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ path)).header("Cookie", "SATUDATA_SESSION=" + session.getValue()).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("Content-Type")).contains("application/pdf");
		// kept beside the screenshots for a human to look at
		Path dir = Path.of("target/screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(path.substring(path.lastIndexOf('/') + 1)), r.body());
		try (PDDocument doc = Loader.loadPDF(r.body())) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

}
