package id.satudata.katalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.satudata.shared.web.InvalidFieldException;

/**
 * Release periods in the catalog's notation, read the same way by an upload ({@link PeriodeRilis#parse},
 * an error on the field {@code periode}) and by planning's schedules ({@link PeriodeRilis#tryParse},
 * nothing for an unreadable one).
 */
class PeriodeRilisTest {

	static final String[] BAD = { "", "  ", "2026-13", "2026-T5", "2026-S3", "2026-02-30", "1800", "2201",
			"tahun 2026", null };

	@Test
	void periodsAreReadInTheCatalogsNotation() {
		assertThat(PeriodeRilis.tryParse("2026-q2")).hasValueSatisfying(p -> {
			assertThat(p.label()).isEqualTo("2026-T2");
			assertThat(p.mulai()).isEqualTo(d(2026, 4, 1));
			assertThat(p.akhir()).isEqualTo(d(2026, 6, 30));
		});
		assertThat(PeriodeRilis.tryParse("2028-02")).hasValueSatisfying(p -> assertThat(p.akhir()).isEqualTo(d(2028, 2, 29)));
		assertThat(PeriodeRilis.tryParse("2026-S2")).hasValueSatisfying(p -> assertThat(p.mulai()).isEqualTo(d(2026, 7, 1)));
		for (String bad : new String[] { "", "2026-13", "2026-T5", "2026-02-30", "1800", "tahun 2026", null }) {
			assertThat(PeriodeRilis.tryParse(bad)).as(bad).isEmpty();
		}
	}

	@Test
	void everyNotationIsNormalizedWithItsFirstAndLastDay() {
		assertThat(PeriodeRilis.parse(" 2025 ")).isEqualTo(new PeriodeRilis("2025", d(2025, 1, 1), d(2025, 12, 31)));
		assertThat(PeriodeRilis.parse("2024-Q1")).isEqualTo(new PeriodeRilis("2024-T1", d(2024, 1, 1), d(2024, 3, 31)));
		assertThat(PeriodeRilis.parse("2024-t4")).isEqualTo(new PeriodeRilis("2024-T4", d(2024, 10, 1), d(2024, 12, 31)));
		assertThat(PeriodeRilis.parse("2024-s1")).isEqualTo(new PeriodeRilis("2024-S1", d(2024, 1, 1), d(2024, 6, 30)));
		assertThat(PeriodeRilis.parse("2024-06")).isEqualTo(new PeriodeRilis("2024-06", d(2024, 6, 1), d(2024, 6, 30)));
		assertThat(PeriodeRilis.parse("2024-06-15")).isEqualTo(new PeriodeRilis("2024-06-15", d(2024, 6, 15),
				d(2024, 6, 15)));
	}

	@Test
	void anUploadsPeriodIsAFieldErrorAndPlanningGetsNothingForTheSameText() {
		for (String bad : BAD) {
			assertThat(PeriodeRilis.tryParse(bad)).as(bad).isEmpty();
			assertThatThrownBy(() -> PeriodeRilis.parse(bad)).as(bad)
				.isInstanceOfSatisfying(InvalidFieldException.class, e -> {
					assertThat(e.getField()).isEqualTo("periode");
					assertThat(e.getMessageKey()).isEqualTo("rilis.galat.periode");
				});
		}
		for (String good : new String[] { "2025", "2026-q2", "2026-S2", "2028-02", "2028-02-29" }) {
			assertThat(PeriodeRilis.tryParse(good)).as(good).contains(PeriodeRilis.parse(good));
		}
	}

	static LocalDate d(int y, int m, int day) {
		return LocalDate.of(y, m, day);
	}

}
