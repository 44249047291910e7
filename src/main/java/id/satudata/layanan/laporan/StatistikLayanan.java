package id.satudata.layanan.laporan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Order statistics of handling times. Percentiles by linear interpolation between the closest
 * ranks (Excel's PERCENTILE.INC, R type 7): the median of 1, 2, 3, 4 is 2.5; the 90th percentile of
 * 1…10 is 9.1. An empty sample has none.
 */
final class StatistikLayanan {

	private StatistikLayanan() {
	}

	static OptionalDouble persentil(Collection<? extends Number> nilai, double p) {
		if (p < 0 || p > 1) {
			throw new IllegalArgumentException("p must be within [0, 1]");
		}
		if (nilai.isEmpty()) {
			return OptionalDouble.empty();
		}
		List<Double> x = new ArrayList<>(nilai.size());
		nilai.forEach(n -> x.add(n.doubleValue()));
		Collections.sort(x);
		double h = (x.size() - 1) * p;
		int lo = (int) Math.floor(h);
		int hi = (int) Math.ceil(h);
		return OptionalDouble.of(x.get(lo) + (h - lo) * (x.get(hi) - x.get(lo)));
	}

	static OptionalDouble median(Collection<? extends Number> nilai) {
		return persentil(nilai, 0.5);
	}

	static OptionalDouble rataRata(Collection<? extends Number> nilai) {
		return nilai.stream().mapToDouble(Number::doubleValue).average();
	}

	/** The share {@code bagian / total} in percent, or empty when there is nothing to count. */
	static OptionalDouble persen(long bagian, long total) {
		return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * bagian / total);
	}

}
