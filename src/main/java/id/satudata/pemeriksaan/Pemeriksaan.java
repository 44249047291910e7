package id.satudata.pemeriksaan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Submissions and their review, always as the current user: every method checks the part the user
 * plays for the submission (producer of its OPD, Walidata Pendukung, Walidata of its organization,
 * Pembina Data of its kind) and writes an audit event for every change. Changes carry the version
 * the user saw; a submission changed meanwhile is refused with a conflict, never overwritten.
 */
public interface Pemeriksaan {

	/**
	 * The open submission of a dataset for a period, created (DRAFT) when there is none; only the
	 * dataset's Produsen Data may create one.
	 */
	PengajuanView bukaAtauBuat(long datasetId, String periode);

	/** The parts the current user would play in a submission of this organization's OPD (unit). */
	java.util.Set<PeranPemeriksaan> peranSaya(long organisasiId, long produsenUnitId);

	/** A submission, if the user plays a part in it (or administers the platform). */
	Optional<PengajuanView> pengajuan(long id);

	/** The submissions of these producing units the user may see, newest first. */
	List<PengajuanView> milikUnit(Collection<Long> unitIds);

	/** The submissions of a dataset the user may see, newest first. */
	List<PengajuanView> untukDataset(long datasetId);

	/** Records a checked upload as the submission's newest version (producer, DRAFT or DIKEMBALIKAN). */
	PengajuanView catatVersi(long id, long version, VersiBaru versi);

	/**
	 * Lets go of the files of the submission's refused versions (no release) that are no longer its
	 * newest version: their reports stay, their files are no longer referenced. Returns the file keys
	 * no version of the submission refers to any more, for the caller to delete after commit.
	 */
	List<String> lepasBerkasDitolak(long id);

	/** The producer's metadata and the justifications of warnings (producer, DRAFT or DIKEMBALIKAN). */
	PengajuanView simpanUsulan(long id, long version, UsulanMetadata usulan, Map<String, String> justifikasi);

	/**
	 * Takes a step of the review. {@code jadwalTerbit}: for {@link AksiPemeriksaan#TERBITKAN}, a
	 * future release date keeps the submission ready until that date (the scheduled job publishes
	 * it); {@code null} or today publishes now.
	 */
	PengajuanView jalankan(long id, long version, AksiPemeriksaan aksi, String catatan, LocalDate jadwalTerbit);

	/** A note on the whole submission ({@code kolom} and {@code baris} null), on a column, or on a row. */
	PengajuanView.Catatan catat(long id, String kolom, Long baris, String teks);

	/** What waits for the current user, longest-waiting first. */
	List<ItemKotakMasuk> kotakMasuk();

	/** Publishes the submissions whose scheduled release date has come; returns how many. */
	int terbitkanTerjadwal(LocalDate hariIni);

}
