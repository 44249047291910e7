package id.satudata.layanan.laporan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatistikLayananTest {

	@Test
	void medianAndNinetiethPercentileInterpolateBetweenRanks() {
		assertThat(StatistikLayanan.median(List.of(4, 1, 3, 2)).getAsDouble()).isEqualTo(2.5);
		assertThat(StatistikLayanan.median(List.of(7)).getAsDouble()).isEqualTo(7.0);
		assertThat(StatistikLayanan.persentil(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.9).getAsDouble()).isCloseTo(9.1, within(1e-9));
		assertThat(StatistikLayanan.persentil(List.of(30, 10, 20), 0.9).getAsDouble()).isCloseTo(28.0, within(1e-9));
		assertThat(StatistikLayanan.median(List.<Integer>of())).isEmpty();
		assertThat(StatistikLayanan.persen(9, 10).getAsDouble()).isEqualTo(90.0);
		assertThat(StatistikLayanan.persen(0, 0)).isEmpty();
		assertThat(StatistikLayanan.rataRata(List.of(4, 5)).getAsDouble()).isEqualTo(4.5);
	}

}
