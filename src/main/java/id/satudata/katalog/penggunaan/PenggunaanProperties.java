package id.satudata.katalog.penggunaan;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Usage figures ({@code satudata.penggunaan.*}).
 *
 * @param aktif whether uses are counted at all (true by default; the benchmark compares both)
 * @param intervalTulis how often each node writes its buffered counts (PT1M by default)
 * @param botTambahan further robot patterns (Java regular expressions) beside the maintained list
 *     {@code katalog/bot-user-agent.txt}
 */
@ConfigurationProperties("satudata.penggunaan")
public record PenggunaanProperties(Boolean aktif, Duration intervalTulis, List<String> botTambahan) {

	public PenggunaanProperties {
		aktif = aktif == null || aktif;
		intervalTulis = intervalTulis == null ? Duration.ofMinutes(1) : intervalTulis;
		botTambahan = botTambahan == null ? List.of() : List.copyOf(botTambahan);
	}

}
