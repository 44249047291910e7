package id.satudata.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import id.satudata.test.Browser;
import id.satudata.test.BrowserTest;

/**
 * A citizen searches the portal, opens a dataset, filters and sorts its table without a page reload,
 * switches the chart to other columns, and downloads the CSV, which holds exactly the figures of
 * the source file the demo dataset was published from.
 */
@BrowserTest
class CitizenFindsAndDownloadsDataBrowserIT {

	static final String JUDUL = "Jumlah Penduduk menurut Kabupaten/Kota dan Jenis Kelamin di Provinsi Kepulauan Bangka Belitung";

	@LocalServerPort
	int port;

	@Test
	void searchOpenFilterChartAndDownload() throws Exception {
		try (Browser b = new Browser(port)) {
			// search from the home page
			b.open("/");
			b.find("#cari-dataset").sendKeys("penduduk kabupaten", Keys.ENTER);
			b.waitFor("#jumlah-hasil");
			assertThat(b.find("#jumlah-hasil").getText()).doesNotStartWith("Tidak ada");
			b.screenshot("10-hasil-cari");
			b.driver().findElement(By.linkText(JUDUL)).click();

			// the dataset page: metadata, the table of 7 kabupaten/kota
			b.waitFor("#tabel-rilis");
			assertThat(b.find("#judul-dataset").getText()).isEqualTo(JUDUL);
			assertThat(rows(b)).hasSize(7);
			assertThat(b.driver().getPageSource()).contains("application/ld+json");
			WebElement marker = b.find("#judul-dataset");

			// filter by a column: only Kota Pangkal Pinang, without reloading the page
			b.find("#tabel-data summary").click();
			b.find("#f-kode_wilayah").sendKeys("19.71", Keys.ENTER);
			waitUntil(b, () -> rows(b).size() == 1);
			assertThat(rows(b).get(0).getText()).contains("Kota Pangkal Pinang").contains("242.285");
			assertThat(b.find("#judul-dataset")).as("same page, no reload").isEqualTo(marker);
			assertThat(b.driver().getCurrentUrl()).contains("f.kode_wilayah=19.71");
			b.screenshot("11-tabel-disaring");

			// clear the filter and sort by the total, largest first
			// one keystroke sequence: Selenium's clear() fires a change event, htmx swaps the table
			// (and this input) under the next call
			b.find("#f-kode_wilayah").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.ENTER);
			waitUntil(b, () -> rows(b).size() == 7);
			click(b, "th a[data-kolom='jumlah']");
			waitUntil(b, () -> firstCell(b).equals("19.06"));
			click(b, "th a[data-kolom='jumlah']");
			waitUntil(b, () -> firstCell(b).equals("19.01"));
			assertThat(b.find("#judul-dataset")).isEqualTo(marker);

			// the chart: a bar chart of the total by kabupaten/kota, then other columns
			click(b, "#tab-grafik");
			waitUntil(b, () -> "bar".equals(b.find("#grafik").getAttribute("data-jenis")));
			assertThat(b.find("#grafik").getAttribute("data-kategori")).isEqualTo("7");
			assertThat(b.find("#grafik").getAttribute("data-seri")).isEqualTo("1");
			assertThat(b.find("#grafik svg").getAttribute("innerHTML")).contains("Kota Pangkal Pinang");
			b.screenshot("12-grafik");
			new Select(b.find("#grafik-y")).selectByValue("perempuan");
			waitUntil(b, () -> "perempuan".equals(b.find("#grafik").getAttribute("data-y")));
			new Select(b.find("#grafik-x")).selectByValue("kode_wilayah");
			waitUntil(b, () -> "kode_wilayah".equals(b.find("#grafik").getAttribute("data-x"))
					&& b.find("#grafik svg").getAttribute("innerHTML").contains("19.71"));
			b.screenshot("13-grafik-diganti");

			// download the CSV and compare it with the source file
			click(b, "#tab-tabel");
			String href = b.find("#unduh-csv").getAttribute("href");
			HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(csv.statusCode()).isEqualTo(200);
			assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".csv");
			Map<String, String> downloaded = byCode(csv.body().replace("\uFEFF", ""));
			Map<String, String> source = byCode(source());
			assertThat(downloaded).hasSize(7);
			downloaded.forEach((kode, values) -> assertThat(values).as("row %s", kode).isEqualTo(source.get(kode)));
		}
	}

	private static List<WebElement> rows(Browser b) {
		return b.driver().findElements(By.cssSelector("#tabel-rilis tbody tr"));
	}

	/**
	 * Clicks an element after scrolling it into the middle of the window. The table's htmx swaps scroll
	 * the page (and replace the table) once they settle, so a click that lands during one is retried.
	 */
	private static void click(Browser b, String css) {
		new WebDriverWait(b.driver(), Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
			.until(d -> {
				WebElement e = b.find(css);
				((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
				e.click();
				return true;
			});
	}

	private static String firstCell(Browser b) {
		List<WebElement> rows = rows(b);
		return rows.isEmpty() ? "" : rows.get(0).findElement(By.cssSelector("td")).getText();
	}

	private static void waitUntil(Browser b, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(b.driver(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> condition.getAsBoolean());
	}

	/** Code → "name,male,female,total" of each kabupaten/kota line. */
	private static Map<String, String> byCode(String csv) {
		Map<String, String> out = new LinkedHashMap<>();
		for (String line : csv.split("\\R")) {
			String[] cells = line.split(",", 2);
			if (cells.length == 2 && cells[0].matches("19\\.\\d{2}")) {
				out.put(cells[0], cells[1]);
			}
		}
		return out;
	}

	private static String source() throws IOException {
		try (InputStream in = new ClassPathResource("katalog/demo/penduduk.csv").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
