package id.satudata.katalog.penggunaan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Robots' User-Agents are recognised from the maintained list; browsers and API clients are not robots. */
class PenyaringBotTest {

	final PenyaringBot bot = new PenyaringBot(new PenggunaanProperties(null, null, List.of("satpam-internal")));

	@ParameterizedTest
	@ValueSource(strings = { "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
			"Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
			"Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.0; +https://openai.com/gptbot)",
			"facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
			"Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
			"Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
			"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36",
			"Scrapy/2.11 (+https://scrapy.org)", "UptimeRobot/2.0", "Satpam-Internal/1.0" })
	void robots(String ua) {
		assertThat(bot.bot(ua)).as(ua).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
			"Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
			"Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
			"curl/8.5.0", "Wget/1.21.4", "python-requests/2.31.0", "ckanapi/4.7", "R (4.4.1 x86_64-pc-linux-gnu)" })
	void people(String ua) {
		assertThat(bot.bot(ua)).as(ua).isFalse();
	}

	@Test
	void noUserAgentIsNotARobotHere() {
		// page views without one are left out by the service; downloads and API calls by scripts count
		assertThat(bot.bot(null)).isFalse();
		assertThat(bot.bot(" ")).isFalse();
	}

}
