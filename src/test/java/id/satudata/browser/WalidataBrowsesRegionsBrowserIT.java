package id.satudata.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.satudata.test.Browser;
import id.satudata.test.BrowserTest;
import id.satudata.test.Demo;

/**
 * A demo Walidata logs in, opens the code-list browser, walks province 19 → Kota Pangkal Pinang →
 * a kecamatan, searches by name without a page reload, and switches the language.
 */
@BrowserTest
class WalidataBrowsesRegionsBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void walidataWalksTheRegionHierarchyAndSwitchesLanguage() {
		try (Browser b = new Browser(port)) {
			b.login(Demo.WALIDATA, Demo.PASSWORD);
			b.waitFor("#tabel-peran");
			assertThat(b.find("h1").getText()).contains("Selamat datang");
			assertThat(b.find("#tabel-peran").getText()).contains("Walidata").contains("Dinas Komunikasi dan Informatika");
			b.screenshot("01-kelola-walidata");

			// the code-list browser, from the main navigation
			b.driver().findElement(By.linkText("Kode Referensi")).click();
			b.waitFor("#daftar-kode-referensi");
			b.driver().findElement(By.linkText("Kode Wilayah Administrasi Pemerintahan")).click();
			b.waitFor("#tabel-kode");
			b.driver().findElement(By.linkText("Kepulauan Bangka Belitung")).click();
			b.waitFor("#tabel-anak");
			assertThat(b.find("#nama-kode").getText()).isEqualTo("Kepulauan Bangka Belitung");
			assertThat(rows(b)).hasSize(7);

			b.driver().findElement(By.linkText("Kota Pangkal Pinang")).click();
			b.waitForText("#nama-kode", "Kota Pangkal Pinang");
			List<String> kecamatan = rows(b).stream().map(r -> r.findElement(By.cssSelector("td:nth-child(2)")).getText())
				.toList();
			assertThat(kecamatan).containsExactly("Bukit Intan", "Taman Sari", "Pangkal Balam", "Rangkui", "Gerunggang",
					"Gabek", "Girimaya");
			b.screenshot("02-kota-pangkal-pinang");

			b.driver().findElement(By.linkText("Gerunggang")).click();
			b.waitForText("#nama-kode", "Gerunggang");
			assertThat(b.find("#jejak-kode").getText()).contains("Kepulauan Bangka Belitung").contains("Kota Pangkal Pinang");
			assertThat(rows(b)).isNotEmpty();
			assertThat(b.find("#konten .badge").getText()).isEqualTo("Kecamatan");

			// live search on the list page: results change as the user types, without a reload
			b.open("/kode-referensi/wilayah");
			b.waitFor("#q");
			WebElement marker = b.find("h1");
			b.find("#q").sendKeys("girimaya");
			b.waitForText("#tabel-kode", "19.71.07");
			assertThat(b.find("h1")).as("same page, no reload").isEqualTo(marker);

			// switch to English: the page and the navigation follow, and the choice sticks
			b.open("/kode-referensi/wilayah/19.71");
			b.find("#bahasa-en").click();
			b.waitForText("h2", "Codes below (7)");
			assertThat(b.find("#konten .badge").getText()).isEqualTo("Regency/City");
			assertThat(b.find("#navUtama").getText()).contains("Reference Codes").contains("Release Calendar");
			b.open("/kelola");
			assertThat(b.find("h1").getText()).contains("Welcome");
			b.screenshot("03-english");
			b.find("#bahasa-id").click();
			b.waitForText("h1", "Selamat datang");
		}
	}

	private static List<WebElement> rows(Browser b) {
		return b.driver().findElements(By.cssSelector("#tabel-anak tbody tr"));
	}

}
