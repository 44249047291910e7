package id.satudata.perencanaan.jadwal;

import java.time.LocalDate;

import id.satudata.shared.kalender.WorkingCalendar;

/**
 * Lateness of a scheduled release on the working calendar. The deadline is the planned date, or
 * the next working day when the planned date is not one. A release is late when at least one
 * working day passed after the deadline before it was published (or, unpublished, before today):
 * published on the Saturday after a Friday deadline it is on time; still unpublished on Monday it
 * is one working day late.
 *
 * @param batas the deadline day
 * @param hariTerlambat working days past the deadline (0: on time so far)
 */
record Keterlambatan(LocalDate batas, long hariTerlambat) {

	static Keterlambatan hitung(LocalDate tanggalRencana, LocalDate tanggalTerbit, LocalDate hariIni,
			WorkingCalendar kalender) {
		LocalDate batas = kalender.workingDayOnOrAfter(tanggalRencana);
		LocalDate acuan = tanggalTerbit != null ? tanggalTerbit : hariIni;
		long hari = acuan.isAfter(batas) ? kalender.workingDaysBetween(batas, acuan) : 0;
		return new Keterlambatan(batas, hari);
	}

	boolean terlambat() {
		return hariTerlambat > 0;
	}

}
