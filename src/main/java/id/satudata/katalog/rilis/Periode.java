package id.satudata.katalog.rilis;

import java.time.LocalDate;

import id.satudata.katalog.PeriodeRilis;

/** A release period with its first and last day (parsing: {@link PeriodeRilis}). */
record Periode(String label, LocalDate mulai, LocalDate akhir) {

	static Periode parse(String text) {
		PeriodeRilis p = PeriodeRilis.parse(text);
		return new Periode(p.label(), p.mulai(), p.akhir());
	}

}
