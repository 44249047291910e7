package id.satudata.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.satudata.test.Browser;
import id.satudata.test.BrowserTest;
import id.satudata.test.Demo;

/**
 * The whole collection path as real users, in Chromium: a producer of Disdukcapil uploads the
 * population of 2024 with two mistakes, reads the report, fixes them and submits; the OPD's Walidata
 * Pendukung passes it on; the Walidata returns it with a note; the producer fixes it; the Walidata
 * and BPS approve; the Walidata publishes; the public dataset page shows the new release in its
 * history.
 */
@BrowserTest
class ProducerSubmitsAndReviewersPublishBrowserIT {

	static final String SLUG = "jumlah-penduduk-kabupaten-kota-jenis-kelamin-babel";
	static final String HEADER = "kode_wilayah,nama_wilayah,laki_laki,perempuan,jumlah\n";
	static final String DATA = HEADER + """
			19.01,Kabupaten Bangka,171245,165009,336254
			19.02,Kabupaten Belitung,97313,93120,190433
			19.03,Kabupaten Bangka Barat,106517,100208,206725
			19.04,Kabupaten Bangka Tengah,101003,96178,197181
			19.05,Kabupaten Bangka Selatan,104921,98773,203694
			19.06,Kabupaten Belitung Timur,69041,66217,135258
			19.71,Kota Pangkal Pinang,115001,113472,228473
			""";

	@LocalServerPort
	int port;

	@Test
	void fromUploadWithMistakesToThePublicRelease() throws Exception {
		Path dir = Files.createTempDirectory("pengumpulan-browser");
		Path mistakes = Files.writeString(dir.resolve("penduduk-2024.csv"), DATA.replace("19.04,", "13.71,")
			.replace("93120,190433", "93120,190434"), StandardCharsets.UTF_8);
		Path fixed = Files.writeString(dir.resolve("penduduk-2024-perbaikan.csv"), DATA, StandardCharsets.UTF_8);
		Path corrected = Files.writeString(dir.resolve("penduduk-2024-final.csv"),
				DATA.replace("115001,113472,228473", "115101,113472,228573"), StandardCharsets.UTF_8);
		String pengajuan;
		try (Browser b = new Browser(port)) {
			// the producer: the dataset the OPD owes, a submission for 2024
			b.login(Demo.PRODUSEN, Demo.PASSWORD);
			b.open("/kelola/pengumpulan");
			b.driver().findElement(By.partialLinkText("Jumlah Penduduk menurut Kabupaten/Kota")).click();
			WebElement periode = b.find("#periode-pengajuan");
			periode.clear();
			periode.sendKeys("2024");
			b.find("#tombol-mulai").click();
			b.waitFor("#form-unggah-pengajuan");
			pengajuan = b.driver().getCurrentUrl();

			// two mistakes: a code of another province and a total that is not the sum of its parts
			upload(b, mistakes);
			assertThat(b.find("#hasil-validasi").getText()).contains("2 galat");
			assertThat(b.find("#tabel-temuan").getText()).contains("13.71").contains("190434");
			assertThat(b.find("#tombol-ajukan").isEnabled()).isFalse();
			b.screenshot("20-laporan-validasi");

			upload(b, fixed);
			assertThat(b.find("#hasil-validasi").getText()).contains("Semua 7 baris lolos pemeriksaan");
			assertThat(b.find("#skor-kepatuhan").getText()).isNotBlank();
			b.screenshot("21-laporan-bersih");
			b.find("#catatan-ajuan").sendKeys("Data penduduk 2024");
			click(b, "#tombol-ajukan");
			b.waitForText("#pesan-sukses", "terkirim");
		}
		act(Demo.PENDUKUNG, "tombol-lolos_praperiksa", null);
		act(Demo.WALIDATA, "tombol-kembalikan", "Angka Kota Pangkal Pinang belum sesuai data terakhir.");
		try (Browser b = new Browser(port)) {
			b.login(Demo.PRODUSEN, Demo.PASSWORD);
			b.driver().get(pengajuan);
			assertThat(b.find("#dikembalikan").getText()).contains("Angka Kota Pangkal Pinang belum sesuai");
			b.screenshot("22-dikembalikan");
			upload(b, corrected);
			assertThat(b.find("#hasil-validasi").getText()).contains("Semua 7 baris");
			click(b, "#tombol-ajukan");
			b.waitForText("#pesan-sukses", "terkirim");
		}
		act(Demo.PENDUKUNG, "tombol-lolos_praperiksa", null);
		act(Demo.WALIDATA, "tombol-setujui_walidata", null);
		act(Demo.PEMBINA, "tombol-setujui_pembina", "Sesuai angka BPS.");
		act(Demo.WALIDATA, "tombol-terbitkan", null);
		try (Browser b = new Browser(port)) {
			b.open("/dataset/" + SLUG);
			b.waitFor("#judul-dataset");
			String history = b.driver().findElement(By.xpath("//*[contains(text(),'Riwayat rilis')]/following::table[1]"))
				.getText();
			assertThat(history).contains("2024").contains("2025");
			b.screenshot("23-rilis-terbit");
		}
	}

	/** A reviewer opens the submission from their inbox and takes a step (with a note). */
	private void act(String username, String button, String note) {
		try (Browser b = new Browser(port)) {
			b.login(username, Demo.PASSWORD);
			b.open("/kelola/pemeriksaan");
			// the 2024 submission (the demo has another one of 2025 waiting)
			b.driver().findElements(By.cssSelector("#kotak-masuk tbody tr")).stream()
				.filter(row -> row.getText().contains("Jumlah Penduduk menurut Kabupaten") && row.getText().contains("2024"))
				.findFirst().orElseThrow(() -> new AssertionError(username + "'s inbox has no 2024 submission: "
						+ b.find("body").getText()))
				.findElement(By.cssSelector("a")).click();
			b.waitFor("#form-aksi");
			if (note != null) {
				b.find("#catatan-aksi").sendKeys(note);
			}
			if (button.equals("tombol-setujui_walidata")) {
				assertThat(b.find("#ringkasan-perbedaan").getText()).contains("baris");
				b.screenshot("24-pemeriksaan-walidata");
			}
			click(b, "#" + button);
			b.waitForText("#pesan-sukses", "tersimpan");
		}
	}

	/** Picks the file, sends it (the page shows the progress), and waits for the report. */
	private static void upload(Browser b, Path file) {
		b.find("#berkas-pengajuan").sendKeys(file.toAbsolutePath().toString());
		String before = b.driver().getCurrentUrl();
		click(b, "#tombol-unggah-pengajuan");
		try {
			new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> {
				try {
					return d.findElement(By.cssSelector("#hasil-validasi")).getText().contains(file.getFileName().toString());
				}
				catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
					return false;
				}
			});
		}
		catch (org.openqa.selenium.TimeoutException e) {
			b.screenshot("gagal-unggah");
			throw new AssertionError("No report for " + file.getFileName() + " at " + b.driver().getCurrentUrl()
					+ "; progress: " + b.find("#kemajuan-unggah").getText() + "; page: " + b.find("body").getText(), e);
		}
		assertThat(before).isNotNull();
	}

	/** Clicks (see {@link Browser#click}), with a screenshot when it never could. */
	private static void click(Browser b, String css) {
		try {
			b.click(css);
		}
		catch (org.openqa.selenium.TimeoutException e) {
			b.screenshot("gagal-klik");
			throw e;
		}
	}

}
