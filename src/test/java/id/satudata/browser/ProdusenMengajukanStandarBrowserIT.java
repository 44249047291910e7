package id.satudata.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.satudata.test.Browser;
import id.satudata.test.BrowserTest;
import id.satudata.test.Demo;

/**
 * A kabupaten/kota producer searches the SDS catalogue, finds no match, proposes a variable; it
 * climbs Walidata Kota Pangkal Pinang → Walidata Provinsi (who returns it once for revision) →
 * Walidata Kota again → Walidata Provinsi → Walidata Pusat → Pembina Data Pusat, who approves it:
 * the standard is in the public catalogue with its code.
 */
@BrowserTest
class ProdusenMengajukanStandarBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void aProposedVariableClimbsTheLevelsWithOneReturnAndIsApproved() {
		String nama = "Peserta Didik Penerima Beasiswa " + kata();
		try (Browser b = new Browser(port)) {
			b.login(Demo.PRODUSEN_PANGKALPINANG, Demo.PASSWORD);
			b.waitFor("#tabel-peran");
			b.open("/kelola/standar-data");
			klik(b, "#usulan-baru");
			b.waitFor("#form-cari-dulu");
			new Select(b.find("#cari-jenis")).selectByValue("VARIABEL");
			b.find("#cari-nama").sendKeys(nama);
			klik(b, "#tombol-cari-dulu");
			b.waitFor("#cari-tanpa-mirip");
			assertThat(b.find("#hasil-cari-dulu").getText()).contains("Tidak ada standar yang mirip");
			// the naming rules are checked as the name is typed
			b.waitFor("#kaidah-ok");
			b.screenshot("sds-01-cari-dulu");

			b.find("#definisi").sendKeys("Peserta didik yang menerima beasiswa dari pemerintah daerah pada tahun ajaran berjalan.");
			new Select(b.find("#tipeData")).selectByValue("BILANGAN_BULAT");
			new Select(b.find("#jenisValueDomain")).selectByValue("RENTANG");
			b.find("#nilaiMin").sendKeys("0");
			b.find("#satuan").sendKeys("orang");
			klik(b, "#simpan-usulan");
			b.waitFor("#status-usulan");
			assertThat(b.find("#status-usulan").getText()).isEqualTo("Draf");
			klik(b, "#aksi-AJUKAN");
			b.waitForText("#status-usulan", "Di Walidata Kabupaten/Kota");
			String url = b.driver().getCurrentUrl();
			String path = url.substring(url.indexOf("/kelola"));
			b.screenshot("sds-02-diajukan");

			teruskan(b, Demo.WALIDATA_PANGKALPINANG, nama, "Di Walidata Provinsi");

			// the province returns it with a note
			masuk(b, Demo.WALIDATA);
			bukaDariKotak(b, nama);
			b.find("#catatan").sendKeys("Sebutkan dasar hukum beasiswa pada referensi.");
			klik(b, "#aksi-KEMBALIKAN");
			b.waitForText("#status-usulan", "Dikembalikan untuk perbaikan");

			// the producer revises and submits again
			masuk(b, Demo.PRODUSEN_PANGKALPINANG);
			b.open(path);
			assertThat(b.find("#riwayat-usulan").getText()).contains("Sebutkan dasar hukum beasiswa pada referensi.");
			klik(b, "#ubah-usulan");
			b.waitFor("#form-usulan");
			b.find("#referensi").sendKeys("Peraturan Wali Kota Pangkal Pinang tentang pemberian beasiswa");
			klik(b, "#simpan-usulan");
			b.waitFor("#aksi-AJUKAN");
			klik(b, "#aksi-AJUKAN");
			b.waitForText("#status-usulan", "Di Walidata Kabupaten/Kota");

			teruskan(b, Demo.WALIDATA_PANGKALPINANG, nama, "Di Walidata Provinsi");
			teruskan(b, Demo.WALIDATA, nama, "Di Walidata Pusat");
			teruskan(b, Demo.WALIDATA_PUSAT, nama, "Di Pembina Data Pusat");

			masuk(b, Demo.PEMBINA_PUSAT);
			bukaDariKotak(b, nama);
			centangSemua(b);
			b.screenshot("sds-03-pembina");
			klik(b, "#aksi-SETUJUI");
			b.waitForText("#status-usulan", "Disetujui");
			String kode = b.find("#kode-standar").getText();
			assertThat(kode).matches("VAR-\\d{5}");
			assertThat(b.find("#total-waktu").getText()).contains("menit kerja");
			b.screenshot("sds-04-disetujui");

			// in the public catalogue
			b.open("/standar-data?q=" + nama.replace(' ', '+'));
			b.waitFor("#daftar-standar");
			assertThat(b.find("#daftar-standar").getText()).contains(nama).contains(kode);
			b.open("/standar-data/" + kode);
			assertThat(b.find("#nama-standar").getText()).isEqualTo(nama);
			b.screenshot("sds-05-katalog");
		}
	}

	private static void teruskan(Browser b, String user, String nama, String ke) {
		masuk(b, user);
		bukaDariKotak(b, nama);
		centangSemua(b);
		klik(b, "#aksi-TERUSKAN");
		b.waitForText("#status-usulan", ke);
	}

	private static void centangSemua(Browser b) {
		for (WebElement c : b.driver().findElements(By.cssSelector("input[name=checklist]"))) {
			if (!c.isSelected()) {
				((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", c);
				c.click();
			}
		}
	}

	private static void bukaDariKotak(Browser b, String nama) {
		b.open("/kelola/standar-data");
		b.waitFor("#judul-menunggu");
		b.driver().findElement(By.linkText(nama)).click();
		b.waitFor("#status-usulan");
	}

	private static void masuk(Browser b, String user) {
		b.driver().manage().deleteAllCookies();
		b.login(user, Demo.PASSWORD);
		b.waitFor("#tabel-peran");
	}

	/** Scrolls the element to the middle of the window (the footer must not be in the way), then clicks it. */
	private static void klik(Browser b, String css) {
		WebElement e = b.find(css);
		((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
		e.click();
	}

	private static String kata() {
		Random r = new Random();
		StringBuilder s = new StringBuilder().append((char) ('A' + r.nextInt(26)));
		for (int i = 0; i < 6; i++) {
			s.append((char) ('a' + r.nextInt(26)));
		}
		return s.toString();
	}

}
