package id.satudata.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.satudata.test.Browser;
import id.satudata.test.BrowserTest;
import id.satudata.test.Demo;

/**
 * The administrator registers a harvest source for a kabupaten: the default-producer list follows the
 * owning organization chosen on the form (it first shows the producers of the first organization,
 * Pemerintah Pusat and everything below it), each producer named with its organization, and the source
 * is saved with a producer of that kabupaten.
 */
@BrowserTest
class AdminMendaftarkanSumberPanenBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void theProducerListFollowsTheChosenOrganization() {
		try (Browser b = new Browser(port)) {
			b.login(Demo.ADMIN, Demo.PASSWORD);
			b.open("/kelola/panen/baru");
			b.waitFor("#unitBawaanId");
			assertThat(teks(b)).as("under Pemerintah Pusat, the producers of the levels below it too")
				.anyMatch(t -> t.startsWith("Dinas Sosial — ") && t.contains("Bangka Belitung"));

			Select organisasi = new Select(b.find("#organisasiId"));
			String kota = organisasi.getOptions().stream().map(WebElement::getText)
				.filter(t -> t.contains("Pangkal Pinang")).findFirst().orElseThrow();
			organisasi.selectByVisibleText(kota);
			new WebDriverWait(b.driver(), Duration.ofSeconds(10))
				.until(d -> teks(b).size() == 4 && b.find("#unitBawaanId").isEnabled());
			List<String> produsen = teks(b).subList(1, 4);
			assertThat(teks(b).get(0)).isEqualTo("— tidak ada —");
			assertThat(produsen).allMatch(t -> t.endsWith(" — " + kota))
				.anyMatch(t -> t.startsWith("Dinas Pendidikan"))
				.anyMatch(t -> t.startsWith("Dinas Kesehatan"))
				.anyMatch(t -> t.startsWith("Dinas Kependudukan dan Pencatatan Sipil"));
			b.screenshot("panen-01-produsen-mengikuti-organisasi");

			b.find("#nama").sendKeys("Portal Kota Pangkal Pinang (uji peramban)");
			b.find("#urlDasar").sendKeys("http://127.0.0.1:9/");
			String pilihan = produsen.get(0);
			new Select(b.find("#unitBawaanId")).selectByVisibleText(pilihan);
			b.click("form[action$='/kelola/panen/baru'] button[type=submit]");
			new WebDriverWait(b.driver(), Duration.ofSeconds(15))
				.until(d -> d.getCurrentUrl().matches(".*/kelola/panen/\\d+$"));
			assertThat(b.find("main").getText()).contains(pilihan).contains(kota);
		}
	}

	private static List<String> teks(Browser b) {
		return new Select(b.find("#unitBawaanId")).getOptions().stream().map(WebElement::getText).toList();
	}

}
