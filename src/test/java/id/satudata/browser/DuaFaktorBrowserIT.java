package id.satudata.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.satudata.test.Browser;
import id.satudata.test.BrowserTest;
import id.satudata.test.Demo;
import id.satudata.test.Totp;

/**
 * Two-factor authentication in a real browser: a new user enrols an authenticator app (the QR
 * code renders under the CSP; the secret is read from the page as a person would type it), gets
 * the recovery codes, then logs in with the password and a code; before the code only the code
 * page is reachable.
 */
@BrowserTest
class DuaFaktorBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void aUserEnrolsAnAuthenticatorAppAndLogsInWithItsCode() {
		String username = "dua.faktor" + System.nanoTime() % 100_000;
		String temporary = "Sementara-2026x";
		String password = "Rahasia-Peramban-2027";
		try (Browser b = new Browser(port)) {
			b.login(Demo.ADMIN, Demo.PASSWORD);
			b.open("/kelola/admin/pengguna/baru");
			b.find("#username").sendKeys(username);
			b.find("#namaLengkap").sendKeys("Uji Dua Faktor");
			b.find("#password").sendKeys(temporary);
			b.find("form[action='/kelola/admin/pengguna/baru'] button[type=submit]").click();
			waitUntil(b, () -> !b.driver().getCurrentUrl().endsWith("/baru"));
			b.driver().manage().deleteAllCookies();

			b.login(username, temporary);
			b.open("/akun/password");
			b.find("#passwordLama").sendKeys(temporary);
			b.find("#passwordBaru").sendKeys(password);
			b.find("#konfirmasi").sendKeys(password);
			b.find("form[action='/akun/password'] button[type=submit]").click();
			waitUntil(b, () -> b.driver().getCurrentUrl().endsWith("/akun"));

			b.open("/akun/mfa");
			b.waitFor("#mfa-qr");
			Number width = (Number) ((JavascriptExecutor) b.driver())
				.executeScript("const i = document.getElementById('mfa-qr'); return i.complete ? i.naturalWidth : 0;");
			assertThat(width.intValue()).as("QR code drawn").isPositive();
			b.screenshot("mfa-pendaftaran");
			String secret = b.find("#mfa-rahasia").getText().strip();
			b.find("#kode").sendKeys(Totp.code(secret, 0));
			b.find("#tombol-aktifkan-mfa").click();
			b.waitFor("#kode-pemulihan");
			assertThat(b.driver().findElements(org.openqa.selenium.By.cssSelector("#kode-pemulihan li"))).hasSize(10);
			b.driver().manage().deleteAllCookies();

			b.open("/masuk");
			b.find("#username").sendKeys(username);
			b.find("#password").sendKeys(password);
			b.find("#tombol-masuk").click();
			waitUntil(b, () -> b.driver().getCurrentUrl().endsWith("/masuk/kode"));
			b.open("/kelola");
			assertThat(b.driver().getCurrentUrl()).as("nothing but the code page").endsWith("/masuk/kode");
			b.screenshot("mfa-kode-login");
			b.find("#kode").sendKeys(Totp.code(secret, 1));
			b.find("#tombol-kode").click();
			waitUntil(b, () -> b.driver().getCurrentUrl().endsWith("/kelola"));
			assertThat(b.driver().getPageSource()).contains("Uji Dua Faktor");
		}
	}

	private static void waitUntil(Browser b, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(b.driver(), Duration.ofSeconds(15)).until(d -> condition.getAsBoolean());
	}

}
