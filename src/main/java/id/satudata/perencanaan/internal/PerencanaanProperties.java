package id.satudata.perencanaan.internal;

import java.time.Period;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import id.satudata.katalog.Frekuensi;

/**
 * Planning settings ({@code satudata.perencanaan.*}, environment {@code SATUDATA_PERENCANAAN_*}).
 *
 * @param pengingatRilis remind producers this many working days before a release's deadline (each value once)
 * @param pengingatRencanaAksi remind an action plan's owner unit this many working days before its due date
 * @param jeda the lag between the end of a period and its release, per frequency (e.g. {@code jeda.BULANAN=P1M})
 * @param ambangDuplikat how alike two titles must be (0–1, share of word stems) to be flagged as likely duplicates
 */
@ConfigurationProperties("satudata.perencanaan")
public record PerencanaanProperties(List<Integer> pengingatRilis, List<Integer> pengingatRencanaAksi,
		Map<Frekuensi, Period> jeda, Double ambangDuplikat) {

	public PerencanaanProperties {
		pengingatRilis = pengingatRilis == null || pengingatRilis.isEmpty() ? List.of(5, 1) : List.copyOf(pengingatRilis);
		pengingatRencanaAksi = pengingatRencanaAksi == null || pengingatRencanaAksi.isEmpty() ? List.of(5, 1)
				: List.copyOf(pengingatRencanaAksi);
		jeda = jeda == null ? Map.of() : Map.copyOf(jeda);
		ambangDuplikat = ambangDuplikat == null ? 0.6 : ambangDuplikat;
		if (pengingatRilis.stream().anyMatch(n -> n == null || n < 0)
				|| pengingatRencanaAksi.stream().anyMatch(n -> n == null || n < 0)) {
			throw new IllegalArgumentException("reminder days must not be negative");
		}
	}

}
