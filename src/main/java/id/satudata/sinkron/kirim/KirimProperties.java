package id.satudata.sinkron.kirim;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Pushing datasets up ({@code satudata.sinkron.kirim}).
 *
 * @param token the upper-level portal's API token given by the operator (environment
 *        {@code SATUDATA_SINKRON_KIRIM_TOKEN}); when set it is used instead of one entered on the page,
 *        and never stored
 * @param kunci the key a token entered on the page is encrypted with (AES-256-GCM, at least 32 random
 *        characters; environment {@code SATUDATA_SINKRON_KIRIM_KUNCI}); without it the page refuses to
 *        store a token
 * @param interval how often the worker looks at the outbox
 * @param jedaAwal the wait after the first failure; doubled after each further failure
 * @param jedaMaks the longest wait between two attempts
 * @param batch datasets sent at most per run of the worker
 * @param waktuTunggu the longest a request to the portal may take (its connect timeout is
 *        {@code satudata.sinkron.batas-sambung}, as for harvests)
 * @param batasRespons the largest answer read from the portal
 */
@ConfigurationProperties("satudata.sinkron.kirim")
public record KirimProperties(String token, String kunci, Duration interval, Duration jedaAwal, Duration jedaMaks,
		Integer batch, Duration waktuTunggu, DataSize batasRespons) {

	public KirimProperties {
		token = token == null || token.isBlank() ? null : token.strip();
		kunci = kunci == null || kunci.isBlank() ? null : kunci;
		interval = interval == null ? Duration.ofMinutes(1) : interval;
		jedaAwal = jedaAwal == null ? Duration.ofMinutes(1) : jedaAwal;
		jedaMaks = jedaMaks == null ? Duration.ofHours(6) : jedaMaks;
		batch = batch == null || batch < 1 ? 20 : batch;
		waktuTunggu = waktuTunggu == null ? Duration.ofSeconds(60) : waktuTunggu;
		batasRespons = batasRespons == null ? DataSize.ofMegabytes(5) : batasRespons;
	}

	/** The wait before attempt {@code percobaan + 1} after {@code percobaan} failures in a row. */
	Duration jeda(int percobaan) {
		Duration jeda = jedaAwal;
		for (int i = 1; i < percobaan && jeda.compareTo(jedaMaks) < 0; i++) {
			jeda = jeda.multipliedBy(2);
		}
		return jeda.compareTo(jedaMaks) > 0 ? jedaMaks : jeda;
	}

}
