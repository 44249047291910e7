package id.satudata.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import id.satudata.test.Browser;
import id.satudata.test.BrowserTest;
import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.TestClock;
import tools.jackson.databind.json.JsonMapper;

/**
 * A citizen asks the PPID for a TERBATAS dataset and gets it, in real browsers: the Walidata lists
 * the dataset's stub; the citizen opens it and files the request through the form; the PPID
 * registers it, forwards it for a view and grants it until tomorrow; the citizen sees the decision,
 * opens the data and downloads it (the file holds the source's figures) and reads it through the
 * API with their own token; once the grant's day has passed (the application's clock moved on),
 * the same download, page and API call are refused.
 */
@BrowserTest
class PemohonMendapatAksesTerbatasBrowserIT {

	static final String CSV = """
			kecamatan,jenis_kasus,tahun,jumlah
			Bukit Intan,Campak,2024,17
			Girimaya,Campak,2024,4
			Rangkui,Difteri,2024,2
			""";

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JsonMapper json;

	@Autowired
	TestClock clock;

	@Test
	void requestGrantDownloadAndExpiry() throws Exception {
		String run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		String slug = "kasus-penyakit-menular-" + run;
		String judul = "Kasus Penyakit Menular per Kecamatan " + run;
		// the Walidata's dataset and its published release, through the CKAN API as a Walidata's tool would
		CkanApi api = new CkanApi(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build(), json);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", slug);
		d.put("title", judul);
		d.put("notes", "Jumlah kasus penyakit menular yang dilaporkan puskesmas, per kecamatan.");
		d.put("owner_org", "dinkes-19");
		d.put("extras", List.of(Map.of("key", "akses", "value", "TERBATAS"), Map.of("key", "frekuensi", "value", "TAHUNAN")));
		api.createDataset(CkanApi.token(Demo.WALIDATA), d);
		String rilis = api.uploadRelease(CkanApi.token(Demo.WALIDATA), slug, CSV, "2024", true);

		// unlisted, a TERBATAS dataset is a plain 404 for the public
		assertThat(get("/dataset/" + slug, null).statusCode()).isEqualTo(404);

		// the Walidata lists its stub for requests, in the dataset's form
		try (Browser walidata = new Browser(port)) {
			walidata.login(Demo.WALIDATA, Demo.PASSWORD);
			walidata.open("/kelola/dataset/" + slug + "/ubah");
			WebElement stub = walidata.find("#stubDapatDimohon");
			assertThat(stub.isSelected()).isFalse();
			klik(walidata, stub);
			klik(walidata, walidata.find("#simpan-dataset"));
			new WebDriverWait(walidata.driver(), Duration.ofSeconds(15)).until(x -> !x.getCurrentUrl().endsWith("/ubah"));
		}

		try (Browser warga = new Browser(port); Browser ppid = new Browser(port)) {
			// the citizen finds the stub: title, producer, description, no data, and the way to ask
			warga.login(Demo.PENGGUNA, Demo.PASSWORD);
			warga.open("/dataset/" + slug);
			assertThat(warga.find("#judul-dataset").getText()).isEqualTo(judul);
			assertThat(warga.driver().findElements(By.cssSelector("#tabel-rilis, #tautan-unduh"))).isEmpty();
			assertThat(warga.driver().getPageSource()).doesNotContain(rilis, "Bukit Intan", "Girimaya");
			warga.screenshot("ppid-01-stub");
			klik(warga, warga.find("#ajukan-permohonan"));

			// the request form, filled in like a person would
			warga.waitFor("#form-permohonan");
			assertThat(warga.find("#dataset-dimohon").getText()).contains(judul);
			isi(warga, "#nama", "Siti Aminah");
			isi(warga, "#nomorIdentitas", "1971014506900002");
			isi(warga, "#alamat", "Jl. Depati Amir 12, Pangkalpinang");
			isi(warga, "#telepon", "081377712345");
			isi(warga, "#surel", "siti.aminah@example.org");
			isi(warga, "#pekerjaan", "Mahasiswa");
			isi(warga, "#rincian", "Jumlah kasus penyakit menular per kecamatan tahun 2024.");
			isi(warga, "#tujuan", "Penelitian tugas akhir tentang sebaran campak.");
			klik(warga, warga.find("#persetujuan"));
			warga.screenshot("ppid-02-formulir");
			klik(warga, warga.find("#kirim-permohonan"));
			new WebDriverWait(warga.driver(), Duration.ofSeconds(15))
				.until(x -> x.getCurrentUrl().contains("/kelola/permohonan-saya/PPID-"));
			String nomor = warga.find("#nomor-permohonan").getText();
			assertThat(nomor).matches("PPID-\\d{4}-\\d{6}");
			assertThat(warga.find("#status-permohonan").getText()).isEqualTo("Diajukan");
			assertThat(warga.find("#sisa-hari").getText()).matches("sisa \\d+ hari kerja");

			// the PPID: register book, registration, a view asked of the Walidata, the grant until tomorrow
			ppid.login(Demo.PPID, Demo.PASSWORD);
			ppid.open("/kelola/ppid");
			klik(ppid, ppid.driver().findElement(By.linkText(nomor)));
			ppid.waitFor("#aksi-REGISTRASI");
			assertThat(ppid.find("#nama-pemohon").getText()).isEqualTo("Siti Aminah");
			klik(ppid, ppid.find("#aksi-REGISTRASI"));
			ppid.waitForText("#status-permohonan", "Diproses");
			assertThat(ppid.find("#nomor-register").getText()).matches("REG-\\d{4}-\\d{6}");
			klik(ppid, ppid.find("#aksi-TERUSKAN"));
			ppid.waitForText("#status-permohonan", "Menunggu pendapat");
			LocalDate besok = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1);
			((JavascriptExecutor) ppid.driver()).executeScript("arguments[0].value = arguments[1]", ppid.find("#sampai"),
					besok.toString());
			isi(ppid, "#catatan-kabulkan", "Data agregat per kecamatan, tanpa data pribadi pasien.");
			klik(ppid, ppid.find("#aksi-KABULKAN"));
			ppid.waitForText("#status-permohonan", "Dikabulkan");
			assertThat(ppid.find("#hak-akses .hak-status").getText()).isEqualTo("Berlaku");
			lihat(ppid, "#hak-akses");
			ppid.screenshot("ppid-03-dikabulkan-ppid");

			// the citizen sees the decision and the grant, opens the data
			warga.open("/kelola/permohonan-saya/" + nomor);
			assertThat(warga.find("#status-permohonan").getText()).isEqualTo("Dikabulkan");
			assertThat(warga.find("#keputusan").getText()).contains("tanpa data pribadi pasien");
			assertThat(warga.find("#hak-akses .hak-status").getText()).isEqualTo("Berlaku");
			lihat(warga, "#hak-akses");
			warga.screenshot("ppid-04-dikabulkan-pemohon");
			klik(warga, warga.find("#buka-dataset"));
			warga.waitFor("#tabel-rilis");
			assertThat(warga.find("#tabel-rilis").getText()).contains("Bukit Intan", "Girimaya", "Rangkui");
			warga.screenshot("ppid-05-data-terbatas");

			// the download, in the citizen's session: exactly the source's rows
			String href = warga.find("#unduh-csv").getAttribute("href");
			String[] unduh = fetch(warga, href);
			assertThat(unduh[0]).isEqualTo("200");
			assertThat(rows(unduh[1])).containsExactlyElementsOf(rows(CSV));
			// the API with the citizen's own token; nobody else's
			assertThat(datastore(rilis, CkanApi.token(Demo.PENGGUNA)).statusCode()).isEqualTo(200);
			assertThat(datastore(rilis, CkanApi.token(Demo.PENGGUNA)).body()).contains("Bukit Intan");
			assertThat(datastore(rilis, null).statusCode()).isNotEqualTo(200);
			assertThat(fetch(warga, href)[0]).isEqualTo("200");

			// the grant's day passes: the same download, page and API call are refused
			try {
				clock.maju(Duration.ofDays(2).plusMinutes(1));
				String[] lewat = fetch(warga, href);
				assertThat(lewat[0]).isEqualTo("404");
				assertThat(lewat[1]).doesNotContain("Bukit Intan");
				assertThat(datastore(rilis, CkanApi.token(Demo.PENGGUNA)).statusCode()).isNotEqualTo(200);
				warga.open("/dataset/" + slug);
				assertThat(warga.driver().findElements(By.cssSelector("#tabel-rilis"))).isEmpty();
				assertThat(warga.driver().getPageSource()).doesNotContain("Bukit Intan");
				// still signed in, the citizen reads why: the grant has ended
				warga.open("/kelola/permohonan-saya/" + nomor);
				assertThat(warga.find("#hak-akses .hak-status").getText()).isEqualTo("Sudah berakhir");
				assertThat(warga.driver().findElements(By.cssSelector("#buka-dataset"))).isEmpty();
				lihat(warga, "#hak-akses");
				warga.screenshot("ppid-06-akses-berakhir");
			}
			finally {
				clock.kembali();
			}
		}
	}

	// ---- helpers ---------------------------------------------------------------------------------

	HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (token != null) {
			r.header("Authorization", token);
		}
		return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> datastore(String rilis, String token) throws Exception {
		return get("/api/3/action/datastore_search?resource_id=" + rilis, token);
	}

	/** A GET from the page with the browser's own session: status and body. */
	static String[] fetch(Browser b, String url) {
		b.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
		String r = (String) ((JavascriptExecutor) b.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], {credentials: 'same-origin'})
					.then(r => r.text().then(t => done(r.status + '\\n' + t)))
					.catch(e => done('ERR\\n' + e));
				""", url);
		return r.split("\n", 2);
	}

	/** The data lines of a CSV, without a byte order mark or line-ending differences. */
	static List<String> rows(String csv) {
		return csv.replace("\uFEFF", "").lines().map(String::strip).filter(l -> !l.isEmpty()).skip(1).toList();
	}

	static void isi(Browser b, String css, String text) {
		WebElement e = b.find(css);
		e.clear();
		e.sendKeys(text);
	}

	/** Scrolls the element to the middle of the window (for a screenshot). */
	static void lihat(Browser b, String css) {
		((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				b.find(css));
	}

	static void klik(Browser b, WebElement e) {
		((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
		e.click();
	}

}
