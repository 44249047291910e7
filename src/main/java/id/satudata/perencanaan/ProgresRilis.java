package id.satudata.perencanaan;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How one (dataset, period) stands in collection and review.
 *
 * @param dikumpulkanPada when the producer first submitted data for it ({@code null}: not yet)
 * @param diperiksaPada when it passed the Walidata's and the Pembina Data's review ({@code null}: not yet)
 * @param diterbitkanPada when it was published ({@code null}: not yet)
 * @param skorKepatuhan SDI compliance of the submission, 0–100 ({@code null}: not assessed)
 * @param waktuPerTahap working time spent in each review step, by step name (e.g. {@code DIPERIKSA_WALIDATA});
 *        empty when unknown
 */
public record ProgresRilis(Instant dikumpulkanPada, Instant diperiksaPada, Instant diterbitkanPada,
		Integer skorKepatuhan, Map<String, Duration> waktuPerTahap) {

	public ProgresRilis {
		if (skorKepatuhan != null && (skorKepatuhan < 0 || skorKepatuhan > 100)) {
			throw new IllegalArgumentException("skorKepatuhan must be 0-100");
		}
		waktuPerTahap = waktuPerTahap == null ? Map.of() : Map.copyOf(waktuPerTahap);
	}

	public boolean terkumpul() {
		return dikumpulkanPada != null || diperiksaPada != null || diterbitkanPada != null;
	}

	public boolean diperiksa() {
		return diperiksaPada != null || diterbitkanPada != null;
	}

	public boolean terbit() {
		return diterbitkanPada != null;
	}

	public TahapRilis tahap() {
		return terbit() ? TahapRilis.TERBIT : diperiksa() ? TahapRilis.TERPERIKSA
				: terkumpul() ? TahapRilis.TERKUMPUL : TahapRilis.DIRENCANAKAN;
	}

}
