package id.satudata.perencanaan;

import java.time.Instant;
import java.time.LocalDate;

import id.satudata.katalog.Akses;
import id.satudata.katalog.Frekuensi;

/**
 * One scheduled release of an approved Daftar Data entry: what is owed, by whom, when, and how it
 * stands.
 *
 * @param entriId the Daftar Data entry (stable: metadata forms and submissions refer to it)
 * @param judul the entry's title
 * @param datasetId the linked catalog dataset ({@code null} until the entry is approved and linked)
 * @param datasetSlug its slug, for links
 * @param periode the period in the catalog's format: {@code 2025}, {@code 2026-S1}, {@code 2026-T2},
 *        {@code 2026-04} (also the last month of a four-monthly period), {@code 2026-03-16} (a day;
 *        a week is named by its Monday)
 * @param tanggalRencana the planned release (due) date
 * @param batas the deadline day on the working calendar (the due date, or the next working day)
 * @param prioritas whether the Forum made the entry Data Prioritas
 * @param tahap how far it got (planned, collected, checked, published)
 * @param terlambat published after its deadline, or not published and the deadline has passed
 * @param hariTerlambat working days past the deadline (0 when on time)
 * @param diterbitkanPada when it was published, or {@code null}
 */
public record KewajibanRilis(long entriId, String judul, long organisasiId, long produsenUnitId, int tahun,
		Long datasetId, String datasetSlug, Frekuensi frekuensi, Akses akses, String periode, LocalDate tanggalRencana,
		LocalDate batas, boolean prioritas, TahapRilis tahap, boolean terlambat, long hariTerlambat,
		Instant diterbitkanPada) {

	public boolean terbit() {
		return tahap == TahapRilis.TERBIT;
	}

}
