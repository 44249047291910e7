package id.satudata.perencanaan;

/**
 * A dataset's release for one period.
 *
 * @param periode in the catalog's format ({@code 2025}, {@code 2026-T1}, {@code 2026-S1}, {@code 2026-06},
 *        {@code 2026-06-30})
 */
public record KunciRilis(long datasetId, String periode) {

	public KunciRilis {
		if (periode == null || periode.isBlank()) {
			throw new IllegalArgumentException("periode");
		}
	}

}
