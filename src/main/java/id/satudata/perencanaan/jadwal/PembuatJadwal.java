package id.satudata.perencanaan.jadwal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.PeriodeRilis;
import id.satudata.shared.kalender.WorkingCalendar;

/**
 * Generates the release schedule of a Daftar Data entry from its frequency. The Daftar Data of
 * year Y lists what is collected in Y, so its schedule holds the periods whose release falls due
 * in Y: a period is due a lag after it ends ({@link #JEDA_BAWAAN}, configurable per frequency),
 * e.g. monthly data of December Y-1 to November Y, quarterly data of Q4 Y-1 to Q3 Y, yearly data
 * of Y-1. A lag in months keeps month ends (January's data one month after 31 January is due on
 * 28 or 29 February); a due date that is not a working day moves to the next working day.
 * <ul>
 * <li>HARIAN: every day (named {@code 2026-03-16}); MINGGUAN: every week, named by its Monday;</li>
 * <li>BULANAN ({@code 2026-03}), TRIWULANAN ({@code 2026-T1}), SEMESTERAN ({@code 2026-S1}),
 * TAHUNAN and DUA_TAHUNAN ({@code 2025});</li>
 * <li>EMPAT_BULANAN (January–April, May–August, September–December): the catalog has no
 * four-month notation, so each is named by its last month ({@code 2026-04});</li>
 * <li>DUA_TAHUNAN is scheduled like TAHUNAN in the year it is listed: it is listed every other
 * year (a copy to the next year skips it, see {@code daftardata.SalinDaftarData});</li>
 * <li>AD_HOC: no dates; they are entered by hand.</li>
 * </ul>
 */
public final class PembuatJadwal {

	/** The default lag between the end of a period and its release. */
	static final Map<Frekuensi, Period> JEDA_BAWAAN;

	static {
		Map<Frekuensi, Period> m = new EnumMap<>(Frekuensi.class);
		m.put(Frekuensi.HARIAN, Period.ofDays(1));
		m.put(Frekuensi.MINGGUAN, Period.ofDays(3));
		m.put(Frekuensi.BULANAN, Period.ofMonths(1));
		m.put(Frekuensi.TRIWULANAN, Period.ofMonths(1));
		m.put(Frekuensi.EMPAT_BULANAN, Period.ofMonths(1));
		m.put(Frekuensi.SEMESTERAN, Period.ofMonths(2));
		m.put(Frekuensi.TAHUNAN, Period.ofMonths(3));
		m.put(Frekuensi.DUA_TAHUNAN, Period.ofMonths(3));
		JEDA_BAWAAN = Map.copyOf(m);
	}

	/** One generated release: a period and its planned release date. */
	public record Terjadwal(String periode, LocalDate akhirPeriode, LocalDate tanggal) {
	}

	private final Map<Frekuensi, Period> jeda;
	private final WorkingCalendar kalender;

	PembuatJadwal(Map<Frekuensi, Period> jeda, WorkingCalendar kalender) {
		Map<Frekuensi, Period> m = new EnumMap<>(Frekuensi.class);
		m.putAll(JEDA_BAWAAN);
		if (jeda != null) {
			jeda.forEach((f, p) -> {
				if (p.isNegative()) {
					throw new IllegalArgumentException("Negative lag for " + f);
				}
				m.put(f, p);
			});
		}
		this.jeda = m;
		this.kalender = kalender;
	}

	/** The schedule of an entry with this frequency in the Daftar Data of {@code tahun}, by date. */
	public List<Terjadwal> buat(Frekuensi frekuensi, int tahun) {
		if (frekuensi == Frekuensi.AD_HOC) {
			return List.of();
		}
		Period lag = jeda.get(frekuensi);
		List<Terjadwal> out = new ArrayList<>();
		// a lag of up to two years can bring a period of Y-2 into Y
		for (int y = tahun - 2; y <= tahun; y++) {
			for (PeriodeRilis p : periode(frekuensi, y)) {
				LocalDate jatuhTempo = tambah(p.akhir(), lag);
				if (jatuhTempo.getYear() == tahun) {
					out.add(new Terjadwal(p.label(), p.akhir(), kalender.workingDayOnOrAfter(jatuhTempo)));
				}
			}
		}
		out.sort(Comparator.comparing(Terjadwal::akhirPeriode));
		return out;
	}

	/** The date {@code lag} after {@code akhir}; a month lag from a month's last day lands on a month's last day. */
	static LocalDate tambah(LocalDate akhir, Period lag) {
		long months = lag.toTotalMonths();
		LocalDate d = akhir;
		if (months != 0) {
			boolean akhirBulan = akhir.equals(YearMonth.from(akhir).atEndOfMonth());
			d = akhirBulan ? YearMonth.from(akhir).plusMonths(months).atEndOfMonth() : akhir.plusMonths(months);
		}
		return d.plusDays(lag.getDays());
	}

	/** The periods of a frequency that end in year {@code y}... or, for weeks, start on a Monday of it. */
	static List<PeriodeRilis> periode(Frekuensi f, int y) {
		List<PeriodeRilis> out = new ArrayList<>();
		switch (f) {
			case HARIAN -> {
				for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
					out.add(new PeriodeRilis(d.toString(), d, d));
				}
			}
			case MINGGUAN -> {
				for (LocalDate d = LocalDate.of(y, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
						d.getYear() == y; d = d.plusWeeks(1)) {
					out.add(new PeriodeRilis(d.toString(), d, d.plusDays(6)));
				}
			}
			case BULANAN -> {
				for (int m = 1; m <= 12; m++) {
					YearMonth ym = YearMonth.of(y, m);
					out.add(new PeriodeRilis(ym.toString(), ym.atDay(1), ym.atEndOfMonth()));
				}
			}
			case TRIWULANAN -> {
				for (int q = 1; q <= 4; q++) {
					LocalDate start = LocalDate.of(y, (q - 1) * 3 + 1, 1);
					out.add(new PeriodeRilis(y + "-T" + q, start, start.plusMonths(3).minusDays(1)));
				}
			}
			case EMPAT_BULANAN -> {
				for (int c = 1; c <= 3; c++) {
					YearMonth last = YearMonth.of(y, c * 4);
					out.add(new PeriodeRilis(last.toString(), YearMonth.of(y, c * 4 - 3).atDay(1), last.atEndOfMonth()));
				}
			}
			case SEMESTERAN -> {
				out.add(new PeriodeRilis(y + "-S1", LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30)));
				out.add(new PeriodeRilis(y + "-S2", LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31)));
			}
			case TAHUNAN, DUA_TAHUNAN -> out.add(new PeriodeRilis(String.valueOf(y), LocalDate.of(y, 1, 1),
					LocalDate.of(y, 12, 31)));
			case AD_HOC -> {
				// entered by hand
			}
		}
		return out;
	}

}
