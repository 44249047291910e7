package id.satudata.katalog.penggunaan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Tells robots' user agents (the maintained list {@code katalog/bot-user-agent.txt} plus
 * {@code satudata.penggunaan.bot-tambahan}) from people's. User agents repeat a lot, so each answer
 * is remembered: the pattern runs once per distinct header, not once per request.
 */
@Component
class PenyaringBot {

	static final String DAFTAR = "katalog/bot-user-agent.txt";

	private final Pattern pola;

	private final Cache<String, Boolean> jawaban = Caffeine.newBuilder().maximumSize(2_000).build();

	PenyaringBot(PenggunaanProperties properties) {
		List<String> bagian = new ArrayList<>(baca());
		bagian.addAll(properties.botTambahan());
		this.pola = Pattern.compile(String.join("|", bagian.stream().map(p -> "(?:" + p + ")").toList()),
				Pattern.CASE_INSENSITIVE);
	}

	/** Whether a request with this User-Agent comes from a robot. */
	boolean bot(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return false;
		}
		String ua = userAgent.length() > 512 ? userAgent.substring(0, 512) : userAgent;
		return jawaban.get(ua, k -> pola.matcher(k).find());
	}

	private static List<String> baca() {
		try (InputStream in = PenyaringBot.class.getClassLoader().getResourceAsStream(DAFTAR)) {
			if (in == null) {
				throw new IllegalStateException(DAFTAR + " is missing");
			}
			BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
