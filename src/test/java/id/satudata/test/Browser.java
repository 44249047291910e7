package id.satudata.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (never a downloaded browser). The
 * flags keep it off the network: only the application on localhost is reached.
 */
public final class Browser implements AutoCloseable {

	public static final String CHROMIUM = System.getProperty("satudata.chromium", "/usr/bin/chromium");
	public static final String CHROMEDRIVER = System.getProperty("satudata.chromedriver", "/usr/bin/chromedriver");

	private final WebDriver driver;
	private final String base;
	private final Path profile;

	public Browser(int port) {
		this.base = "http://localhost:" + port;
		try {
			this.profile = Files.createTempDirectory("satudata-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1366,1000", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
		this.driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	public static boolean available() {
		return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
	}

	public WebDriver driver() {
		return driver;
	}

	public Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public void waitFor(String css) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	public void waitForText(String css, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
	}

	public void login(String username, String password) {
		open("/masuk");
		find("#username").sendKeys(username);
		find("#password").sendKeys(password);
		find("#tombol-masuk").click();
		// the login answers with a redirect away from /masuk; the next navigation must not race it
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/masuk"));
	}

	/** Clicks after scrolling the element to the middle of the window, retrying while something covers it. */
	public void click(String css) {
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
			.until(d -> {
				WebElement e = find(css);
				((org.openqa.selenium.JavascriptExecutor) d)
					.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
				e.click();
				return true;
			});
	}

	/** Saves a screenshot under target/screenshots for a human to look at. */
	public void screenshot(String name) {
		try {
			Path dir = Path.of("target/screenshots");
			Files.createDirectories(dir);
			byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
			Files.write(dir.resolve(name + ".png"), png);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
