package id.satudata.standar.geospasial;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The geographic bounding box of SNI 8843-1 / ISO 19115 ({@code EX_GeographicBoundingBox}) as a
 * metadata form keeps it: west and east longitude, south and north latitude in WGS 84 decimal
 * degrees, under the keys {@link #SISI} of the field's value.
 */
public final class KotakBatas {

	public static final String BARAT = "barat";
	public static final String TIMUR = "timur";
	public static final String SELATAN = "selatan";
	public static final String UTARA = "utara";
	/** The sides in the order west, east, south, north. */
	public static final List<String> SISI = List.of(BARAT, TIMUR, SELATAN, UTARA);

	private static final Pattern DERAJAT = Pattern.compile("-?\\d{1,3}(\\.\\d{1,10})?");

	private KotakBatas() {
	}

	/**
	 * What is wrong with a box (sides may be missing): {@code metadata.galat.koordinat} for a value
	 * that is not a degree in range, {@code metadata.galat.kotakTerbalik} for west ≥ east or south ≥
	 * north; empty when nothing is.
	 */
	public static Optional<String> periksa(Map<?, ?> kotak) {
		Double[] d = new Double[4];
		for (int j = 0; j < 4; j++) {
			Object side = kotak.get(SISI.get(j));
			if (side == null) {
				continue;
			}
			if (!DERAJAT.matcher(String.valueOf(side)).matches()) {
				return Optional.of("metadata.galat.koordinat");
			}
			d[j] = Double.valueOf(String.valueOf(side));
		}
		boolean lon = (d[0] == null || Math.abs(d[0]) <= 180) && (d[1] == null || Math.abs(d[1]) <= 180);
		boolean lat = (d[2] == null || Math.abs(d[2]) <= 90) && (d[3] == null || Math.abs(d[3]) <= 90);
		if (!lon || !lat) {
			return Optional.of("metadata.galat.koordinat");
		}
		if ((d[0] != null && d[1] != null && d[0] >= d[1]) || (d[2] != null && d[3] != null && d[2] >= d[3])) {
			return Optional.of("metadata.galat.kotakTerbalik");
		}
		return Optional.empty();
	}

	/** Whether every side is there. */
	public static boolean lengkap(Map<?, ?> kotak) {
		return SISI.stream().allMatch(kotak::containsKey);
	}

}
