package id.satudata.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.satudata.test.Browser;
import id.satudata.test.BrowserTest;
import id.satudata.test.Demo;

/**
 * The back office on a 390 px phone and a 1280 px screen: the side menu folds behind a button on the
 * phone; the schema editor's type select and its Wajib/Kunci/Hapus options are on screen; a long
 * column title in an upload report wraps instead of pushing the message off screen.
 */
@BrowserTest
class KelolaDiLayarKecilBrowserIT {

	static final String DATASET = "/kelola/dataset/luas-wilayah-kabupaten-kota-babel";

	@LocalServerPort
	int port;

	@Test
	void theBackOfficeFitsAPhoneAndADesktop() throws Exception {
		try (Browser b = new Browser(port)) {
			b.login(Demo.WALIDATA, Demo.PASSWORD);
			b.driver().manage().window().setSize(new Dimension(390, 844));
			b.open("/kelola");
			b.waitFor("#tombol-menu-kelola");
			assertThat(b.find("#tombol-menu-kelola").isDisplayed()).isTrue();
			assertThat(b.find("#isi-menu-kelola").isDisplayed()).as("menu folded on a phone").isFalse();
			assertThat(b.find("#tombol-menu-kelola").getAttribute("aria-expanded")).isEqualTo("false");
			assertThat(top(b, "#konten")).as("content right below the button").isLessThan(400);
			b.screenshot("kelola-390-menu-tertutup");
			b.find("#tombol-menu-kelola").click();
			assertThat(b.find("#isi-menu-kelola").isDisplayed()).isTrue();
			assertThat(b.find("#tombol-menu-kelola").getAttribute("aria-expanded")).isEqualTo("true");
			b.screenshot("kelola-390-menu-terbuka");

			b.open(DATASET + "/skema");
			b.waitFor("#form-skema");
			assertOptionsOnScreen(b, 390);
			b.screenshot("skema-390");

			b.driver().manage().window().setSize(new Dimension(1280, 900));
			b.open("/kelola");
			assertThat(b.find("#tombol-menu-kelola").isDisplayed()).as("no button on a desktop").isFalse();
			assertThat(b.find("#isi-menu-kelola").isDisplayed()).isTrue();
			assertThat(left(b, "#konten")).as("menu beside the content").isGreaterThan(200);
			b.screenshot("kelola-1280");
			b.open(DATASET + "/skema");
			b.waitFor("#form-skema");
			assertOptionsOnScreen(b, 1280);
			WebElement type = b.find(".sd-skema-editor tbody tr select");
			assertThat(type.getSize().getWidth()).as("type select readable").isGreaterThanOrEqualTo(150);
			b.screenshot("skema-1280");

			// an upload whose first column has a very long title: the report's message column stays visible
			String longTitle = "Jumlah Penduduk Menurut Kabupaten Kota dan Jenis Kelamin Hasil Registrasi Akhir Tahun "
					+ "Menurut Dinas Kependudukan dan Pencatatan Sipil";
			Path csv = Files.createTempFile("judul-panjang-", ".csv");
			Files.writeString(csv, longTitle.replace(" ", "") + ",kode_wilayah\n1,19.01\n", StandardCharsets.UTF_8);
			b.open(DATASET);
			b.waitFor("#berkas-rilis");
			b.find("#berkas-rilis").sendKeys(csv.toAbsolutePath().toString());
			b.find("#periode-rilis").sendKeys("2031");
			b.find("#form-unggah button[type=submit]").click();
			b.waitFor("#tabel-galat-unggah");
			WebElement message = b.find("#tabel-galat-unggah tbody tr td:last-child");
			assertThat(right(message)).as("message column inside the 1280 px window").isLessThanOrEqualTo(1280);
			assertThat(message.getSize().getWidth()).as("message column has room").isGreaterThan(250);
			b.screenshot("laporan-unggah-1280");
			Files.deleteIfExists(csv);
		}
	}

	private static void assertOptionsOnScreen(Browser b, int width) {
		WebElement options = b.find(".sd-skema-editor tbody tr .sd-opsi-kolom");
		assertThat(options.isDisplayed()).isTrue();
		assertThat(right(options)).as("Wajib/Kunci/Hapus within %d px", width).isLessThanOrEqualTo(width);
		assertThat(options.getText()).contains("Wajib").contains("Kunci").contains("Hapus");
	}

	private static double rect(WebElement e, String side) {
		return ((Number) ((JavascriptExecutor) ((org.openqa.selenium.WrapsDriver) e).getWrappedDriver())
			.executeScript("return arguments[0].getBoundingClientRect()." + side, e)).doubleValue();
	}

	private static double right(WebElement e) {
		return rect(e, "right");
	}

	private static double top(Browser b, String css) {
		return rect(b.find(css), "top");
	}

	private static double left(Browser b, String css) {
		return rect(b.find(css), "left");
	}

}
