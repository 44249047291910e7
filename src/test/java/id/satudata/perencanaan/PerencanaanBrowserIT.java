package id.satudata.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.satudata.test.Browser;
import id.satudata.test.BrowserTest;
import id.satudata.test.Demo;

/**
 * The planning journey in a real browser: a producer proposes two entries, the Walidata submits the
 * list, Bappeda recommends one as Data Prioritas and records the Forum session that approves it as
 * priority and rejects the other; the berita acara PDF is generated (its text checked); the approved
 * entry appears in the producer's duties and on the public release calendar, the rejected one nowhere.
 */
@BrowserTest
class PerencanaanBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void fromProposalToTheForumsDecisionToTheReleaseCalendar() throws Exception {
		String u = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L), 36);
		String satu = "Jumlah Penduduk Lanjut Usia " + u;
		String dua = "Jumlah Penduduk Usia Sekolah " + u;
		try (Browser b = new Browser(port)) {
			// the Walidata opens a Daftar Data for a year of its own
			b.login(Demo.WALIDATA, Demo.PASSWORD);
			b.waitFor("h1");
			int tahun = 0;
			String listUrl = null;
			for (int i = 0; i < 20 && listUrl == null; i++) {
				tahun = 2035 + ThreadLocalRandom.current().nextInt(60);
				b.open("/kelola/daftar-data");
				b.waitFor("#form-buka-daftar");
				WebElement year = b.find("#tahun");
				year.clear();
				year.sendKeys(String.valueOf(tahun));
				klik(b, "#form-buka-daftar button[type=submit]");
				b.waitFor("h1");
				if (b.driver().getCurrentUrl().matches(".*/kelola/daftar-data/\\d+$")) {
					listUrl = b.driver().getCurrentUrl().substring(("http://localhost:" + port).length());
				}
			}
			assertThat(listUrl).isNotNull();
			assertThat(b.find("h1").getText()).isEqualTo("Daftar Data " + tahun);
			logout(b);

			// the producer proposes two entries
			b.login(Demo.PRODUSEN, Demo.PASSWORD);
			b.waitFor("h1");
			propose(b, listUrl, satu, "TAHUNAN");
			propose(b, listUrl, dua, "SEMESTERAN");
			b.open(listUrl);
			b.waitFor("#tabel-entri");
			assertThat(b.find("#tabel-entri").getText()).contains(satu).contains(dua).contains("Draf");
			b.screenshot("perencanaan-01-daftar-produsen");
			logout(b);

			// the Walidata submits the list to the Forum
			b.login(Demo.WALIDATA, Demo.PASSWORD);
			b.waitFor("h1");
			b.open(listUrl);
			b.waitFor("#ajukan-daftar");
			klik(b, "#ajukan-daftar");
			accept(b);
			b.waitFor("#pesan-sukses");
			assertThat(b.find("#pesan-sukses").getText()).contains("diajukan ke Forum");
			assertThat(b.find("#tabel-entri").getText()).contains("Menunggu persetujuan");
			b.screenshot("perencanaan-02-diajukan");
			logout(b);

			// Bappeda recommends the first as Data Prioritas, then records the Forum session
			b.login(Demo.KOORDINATOR, Demo.PASSWORD);
			b.waitFor("h1");
			b.open("/kelola/data-prioritas?tahun=" + tahun);
			b.waitFor("#form-rekomendasi");
			new Select(b.find("#rekomendasi-entri")).selectByVisibleText(satu + " (Dinas Kependudukan dan Pencatatan Sipil)");
			klik(b, "#kriteria-RPJMD_RKPD");
			klik(b, "#kriteria-SDGS");
			b.find("#justifikasi").sendKeys("Indikator RPJMD urusan sosial dan TPB 1.3 perlindungan sosial lansia.");
			klik(b, "#kirim-rekomendasi");
			b.waitFor("#pesan-sukses");

			b.open("/kelola/forum/baru");
			b.waitFor("#form-forum");
			b.find("#judul").sendKeys("Rapat Forum Satu Data Tahun " + tahun + " " + u);
			b.find("#nomor").sendKeys("000.5/" + u + "/BAPPEDA/" + tahun);
			setDate(b, "#tanggal", (tahun - 1) + "-11-17");
			b.find("#tempat").sendKeys("Ruang Rapat Bappeda");
			b.find("#kota").sendKeys("Pangkalpinang");
			b.find("#agenda").sendKeys("Pembahasan Daftar Data\nPenetapan Data Prioritas");
			b.find("#pimpinanNama").sendKeys("Yusuf Koordinator Forum");
			b.find("#pimpinanJabatan").sendKeys("Kepala Bappeda");
			b.find("#notulisNama").sendKeys("Rina Walidata");
			b.find("#notulisJabatan").sendKeys("Pranata Komputer");
			klik(b, "#simpan-forum");
			b.waitFor("#form-peserta");
			b.find("#peserta-nama").sendKeys("Budi Produsen");
			b.find("#peserta-jabatan").sendKeys("Produsen Data");
			b.find("#peserta-instansi").sendKeys("Disdukcapil");
			klik(b, "#tambah-peserta");
			b.waitForText("#tabel-peserta", "Budi Produsen");

			decide(b, satu, "SETUJUI", "YA", "Data Prioritas lansia");
			decide(b, dua, "TOLAK", "TETAP", "Sudah tersedia dari Dapodik");
			assertThat(b.find("#tabel-keputusan").getText()).contains(satu).contains(dua).contains("Ditolak");
			b.screenshot("perencanaan-03-forum");
			klik(b, "#tetapkan-forum");
			accept(b);
			b.waitForText("#status-forum", "Ditetapkan");
			assertThat(b.find("#pesan-sukses").getText()).contains("2 keputusan diterapkan");

			// the berita acara PDF, fetched with the browser's session
			String href = b.find("#unduh-berita-acara").getAttribute("href");
			byte[] pdf = fetch(b, href);
			try (PDDocument doc = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
				assertThat(text).contains("BERITA ACARA").contains("FORUM SATU DATA INDONESIA TINGKAT PROVINSI")
					.contains("Nomor: 000.5/" + u + "/BAPPEDA/" + tahun).contains("Pada hari ini")
					.contains("bulan November tahun dua ribu").contains("Budi Produsen").contains("Disetujui")
					.contains("Ditolak").contains("Sudah tersedia dari Dapodik").contains("Pimpinan Forum,")
					.contains("Yusuf Koordinator Forum");
				assertThat(text.replace(" ", "")).contains(satu.replace(" ", "")).contains(dua.replace(" ", ""));
			}
			logout(b);

			// the approved entry is now the producer's duty; the rejected one is not
			b.login(Demo.PRODUSEN, Demo.PASSWORD);
			b.waitFor("h1");
			b.open("/kelola/kewajiban-data?tahun=" + tahun);
			b.waitFor("#tabel-kewajiban");
			assertThat(b.find("#tabel-kewajiban").getText()).contains(satu).contains(String.valueOf(tahun - 1))
				.doesNotContain(dua);
			b.screenshot("perencanaan-04-kewajiban");
			logout(b);

			// and on the public release calendar, as Data Prioritas
			b.open("/jadwal-rilis?tampilan=daftar&tahun=" + tahun);
			b.waitFor("#daftar-rilis");
			assertThat(b.find("#daftar-rilis").getText()).contains(satu).contains("Data Prioritas").doesNotContain(dua);
			// a yearly release is due 31 March, or the Monday after when that is a weekend (no holidays are kept that far ahead)
			java.time.LocalDate due = java.time.LocalDate.of(tahun, 3, 31);
			while (due.getDayOfWeek().getValue() > 5) {
				due = due.plusDays(1);
			}
			b.open("/jadwal-rilis?tahun=" + tahun + "&bulan=" + due.getMonthValue());
			b.waitFor("#kalender-bulan");
			assertThat(b.find("#kalender-bulan").getText()).contains(satu);
			b.screenshot("perencanaan-05-jadwal-rilis");
			b.open("/data-prioritas?tahun=" + tahun);
			b.waitFor("#daftar-prioritas");
			assertThat(b.find("#daftar-prioritas").getText()).contains(satu);
		}
	}

	private void propose(Browser b, String listUrl, String judul, String frekuensi) {
		b.open(listUrl + "/entri/baru");
		b.waitFor("#form-entri");
		b.find("#judul").sendKeys(judul);
		b.find("#deskripsi").sendKeys("Data agregat dari pencatatan sipil.");
		new Select(b.find("#frekuensi")).selectByValue(frekuensi);
		new Select(b.find("#topik")).selectByValue("kependudukan");
		b.find("#standarData").sendKeys("Konsep Penduduk (BPS)");
		b.find("#dasarHukum").sendKeys("Indikator RPJMD urusan sosial");
		klik(b, "#simpan-entri");
		b.waitFor("#judul-entri");
		assertThat(b.find("#judul-entri").getText()).isEqualTo(judul);
		assertThat(b.find("#status-entri").getText()).isEqualTo("Draf");
	}

	private void decide(Browser b, String judul, String keputusan, String prioritas, String catatan) {
		Select entri = new Select(b.find("#keputusan-entri"));
		entri.getOptions().stream().filter(o -> o.getText().contains(judul)).findFirst().orElseThrow().click();
		new Select(b.find("#keputusan-jenis")).selectByValue(keputusan);
		new Select(b.find("#keputusan-prioritas")).selectByValue(prioritas);
		b.find("#keputusan-catatan").sendKeys(catatan);
		klik(b, "#tambah-keputusan");
		b.waitForText("#tabel-keputusan", judul);
	}

	/** Types a date into a date input whatever the browser's locale order, by setting its value. */
	private static void setDate(Browser b, String css, String iso) {
		((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1];",
				b.find(css), iso);
	}

	/** Clicks an element after scrolling it to the middle of the window (nothing covers it there). */
	private static void klik(Browser b, String css) {
		WebElement el = b.find(css);
		((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
				el);
		el.click();
	}

	private static void accept(Browser b) {
		new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
	}

	private static void logout(Browser b) {
		b.driver().manage().deleteAllCookies();
	}

	private static byte[] fetch(Browser b, String url) throws Exception {
		StringBuilder cookies = new StringBuilder();
		for (Cookie c : b.driver().manage().getCookies()) {
			cookies.append(c.getName()).append('=').append(c.getValue()).append("; ");
		}
		HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
			.header("Cookie", cookies.toString()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		return r.body();
	}

}
