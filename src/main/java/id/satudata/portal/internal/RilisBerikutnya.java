package id.satudata.portal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.PencarianDataset;

/**
 * The next period each dataset should be released for, estimated from its frequency and the
 * latest published period (until the release calendar of the planning module gives real dates).
 */
@Component
class RilisBerikutnya {

	/** A dataset and the period expected next. */
	record Perkiraan(DatasetRingkas dataset, String periode) {
	}

	private final Katalog katalog;

	RilisBerikutnya(Katalog katalog) {
		this.katalog = katalog;
	}

	List<Perkiraan> perkiraan(int n) {
		HasilPencarian all = katalog.cari(new PencarianDataset(null, Map.of(), "TERBARU", 0, 200, List.of()));
		List<Perkiraan> result = new ArrayList<>();
		for (DatasetRingkas d : all.hasil()) {
			String next = next(d);
			if (next != null) {
				result.add(new Perkiraan(d, next));
			}
		}
		result.sort(Comparator.comparing(Perkiraan::periode).thenComparing(p -> p.dataset().judul()));
		return result.size() > n ? result.subList(0, n) : result;
	}

	Map<String, String> perSlug() {
		Map<String, String> bySlug = new HashMap<>();
		katalog.cari(new PencarianDataset(null, Map.of(), "TERBARU", 0, 1000, List.of())).hasil()
			.forEach(d -> {
				String next = next(d);
				if (next != null) {
					bySlug.put(d.slug(), next);
				}
			});
		return bySlug;
	}

	static String next(DatasetRingkas d) {
		String latest = d.periode().stream().max(Comparator.naturalOrder()).orElse(null);
		if (latest == null) {
			return null;
		}
		try {
			return switch (d.frekuensi()) {
				case TAHUNAN -> String.valueOf(Integer.parseInt(latest.substring(0, 4)) + 1);
				case DUA_TAHUNAN -> String.valueOf(Integer.parseInt(latest.substring(0, 4)) + 2);
				case SEMESTERAN -> latest.matches("\\d{4}-S[12]")
						? (latest.endsWith("1") ? latest.substring(0, 4) + "-S2"
								: (Integer.parseInt(latest.substring(0, 4)) + 1) + "-S1")
						: null;
				case TRIWULANAN -> {
					if (!latest.matches("\\d{4}-T[1-4]")) {
						yield null;
					}
					int y = Integer.parseInt(latest.substring(0, 4));
					int q = latest.charAt(6) - '0';
					yield q == 4 ? (y + 1) + "-T1" : y + "-T" + (q + 1);
				}
				case BULANAN -> latest.matches("\\d{4}-\\d{2}")
						? java.time.YearMonth.parse(latest).plusMonths(1).toString() : null;
				case HARIAN -> latest.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(latest).plusDays(1).toString() : null;
				case MINGGUAN, EMPAT_BULANAN, AD_HOC -> null;
			};
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	static boolean periodic(Frekuensi f) {
		return f != Frekuensi.AD_HOC;
	}

}
