package id.satudata.perencanaan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What producers owe: the scheduled releases of the approved (DISETUJUI) Daftar Data entries, with
 * how each stands. Reads only; it checks no caller, so show the duties of a unit to those who may
 * see them (the methods named {@code ...Publik} return only what the public may see: entries and
 * datasets with access level TERBUKA).
 */
public interface JadwalRilisLookup {

	/** The releases a producer unit owes in a year (by due date). */
	List<KewajibanRilis> kewajibanUnit(long produsenUnitId, int tahun);

	/** The releases an organization's producers owe in a year (by due date). */
	List<KewajibanRilis> kewajibanOrganisasi(long organisasiId, int tahun);

	/**
	 * The release owed for a dataset's period, e.g. ({@code 42}, {@code "2026-T1"}); the newest
	 * year's approved entry wins when several name the dataset.
	 */
	Optional<KewajibanRilis> kewajiban(long datasetId, String periode);

	/** The planned release (due) date of a dataset's period. */
	default Optional<LocalDate> tenggat(long datasetId, String periode) {
		return kewajiban(datasetId, periode).map(KewajibanRilis::tanggalRencana);
	}

	/** The next unpublished releases due on or after {@code sejak}, public entries only, soonest first. */
	List<KewajibanRilis> berikutnyaPublik(LocalDate sejak, int jumlah);

	/** For each dataset that has one, its next unpublished release due on or after {@code sejak}. */
	Map<Long, KewajibanRilis> berikutnya(Collection<Long> datasetIds, LocalDate sejak);

}
