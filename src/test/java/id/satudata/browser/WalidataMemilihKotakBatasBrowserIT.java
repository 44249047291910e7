package id.satudata.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.satudata.test.Browser;
import id.satudata.test.BrowserTest;
import id.satudata.test.Demo;

/**
 * A Walidata starts the geospatial metadata of a dataset and picks its bounding box on the Leaflet
 * map (two clicks, no tiles, under the platform's script policy): the coordinate fields follow, and
 * typed coordinates are kept on save.
 */
@BrowserTest
class WalidataMemilihKotakBatasBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void theBoundingBoxIsPickedOnTheMap() {
		try (Browser b = new Browser(port)) {
			b.login(Demo.WALIDATA, Demo.PASSWORD);
			b.waitFor("#tabel-peran");
			b.open("/kelola/dataset/luas-wilayah-kabupaten-kota-babel");
			klik(b, "#metadata-statistik");
			b.waitFor("#form-metadata-baru");
			new Select(b.find("#formulir")).selectByValue("METADATA_GEOSPASIAL");
			klik(b, "#tombol-buat");
			b.waitFor("#ubah-CAKUPAN");
			klik(b, "#ubah-CAKUPAN");
			b.waitFor(".leaflet-container");
			WebElement map = b.find("[data-peta-kotak]");
			((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", map);
			new Actions(b.driver()).moveToElement(map, -60, -40).click().perform();
			new Actions(b.driver()).moveToElement(map, 40, 30).click().perform();
			String barat = b.find("#f-kotakBatas-barat").getAttribute("value");
			String timur = b.find("#f-kotakBatas-timur").getAttribute("value");
			String selatan = b.find("#f-kotakBatas-selatan").getAttribute("value");
			String utara = b.find("#f-kotakBatas-utara").getAttribute("value");
			assertThat(Double.parseDouble(barat)).isLessThan(Double.parseDouble(timur)).isBetween(90.0, 146.0);
			assertThat(Double.parseDouble(selatan)).isLessThan(Double.parseDouble(utara)).isBetween(-16.0, 12.0);
			assertThat(b.driver().findElements(By.cssSelector("path.leaflet-interactive, svg path"))).isNotEmpty();
			b.screenshot("geo-01-kotak-batas");
			new Select(b.find("#f-sistemReferensi")).selectByValue("EPSG_4326");
			klik(b, "#simpan-draf");
			b.waitFor("#ringkas-CAKUPAN");
			assertThat(b.find("#ringkas-CAKUPAN").getText()).contains("Barat " + barat).contains("Utara " + utara);

			// the demo MS-Keg of the population dataset: its block editor, and its public fields on the dataset page
			b.open("/kelola/metadata");
			b.driver().findElement(By.linkText("Kompilasi Data Kependudukan Provinsi Kepulauan Bangka Belitung")).click();
			b.waitFor("#status-metadata");
			assertThat(b.find("#status-metadata").getText()).isEqualTo("Final");
			klik(b, "#ubah-III");
			b.waitFor("#tabel-variabel");
			assertThat(b.find("#tabel-variabel").getText()).isNotNull();
			b.screenshot("ms-01-blok-iii");
			b.open("/dataset/jumlah-penduduk-kabupaten-kota-jenis-kelamin-babel");
			b.waitFor("#metadata-statistik");
			assertThat(b.find("#metadata-statistik").getText()).contains("Kompilasi Data Kependudukan");
			((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("document.getElementById('metadata-statistik').scrollIntoView({behavior: 'instant'});");
			b.screenshot("ms-02-halaman-dataset");
		}
	}

	private static void klik(Browser b, String css) {
		WebElement e = b.find(css);
		((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
		e.click();
	}

}
