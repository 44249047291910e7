package id.satudata.standar;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The metadata statistik forms (MS-Keg, MS-Ind, MS-Var) for other modules, always as the current
 * user: every method asks the owner's {@link PemilikMetadata} whether the user may see or change
 * the metadata, validates before it changes anything, and is audited.
 *
 * <p>Typical use by a module that embeds a form (e.g. a recommendation request):
 * <pre>
 * MetadataView ms = metadata.buat(JenisMetadata.MS_KEGIATAN, PemilikRef.of("REKOMENDASI", 42), 2026, judul);
 * String editor = metadata.tautanEditor(ms.id(), "/kelola/layanan/rekomendasi/42");  // send the user there
 * Kelengkapan k = metadata.kelengkapan(ms.id());  // before accepting the request
 * metadata.tetapkanRekomendasi(ms.id(), "B-123/BPS/19710/2026");  // when the letter is issued
 * byte[] pdf = metadata.pdf(ms.id());
 * </pre>
 */
public interface MetadataStatistik {

	/**
	 * Creates an empty draft for the owner.
	 *
	 * @param judul the activity's title (MS-Keg), the indicator's or the variable's name
	 * @throws org.springframework.security.access.AccessDeniedException if the user may not change the owner's metadata
	 */
	MetadataView buat(JenisMetadata jenis, PemilikRef pemilik, int tahun, String judul);

	/**
	 * Creates a draft for the owner as a copy of an existing form the user may read (e.g. last year's
	 * MS-Keg of the same activity); year-bound fields (schedule dates, release dates, the
	 * recommendation number) are left empty.
	 */
	MetadataView salin(long dariId, PemilikRef pemilik, int tahun);

	/** The form with every field of the blocks its owner uses, if the user may read it. */
	Optional<MetadataView> baca(long id);

	/** The forms of an owner the user may read, newest year first. */
	List<MetadataRingkas> milik(PemilikRef pemilik);

	/** The final forms of an owner whose public fields the public may read (empty when the owner is not public). */
	List<MetadataView> publik(PemilikRef pemilik);

	/** Which required fields are missing, per block (of the blocks its owner uses). */
	Kelengkapan kelengkapan(long id);

	/** Which required fields are missing in the given blocks only (e.g. MS-Keg I–VII). */
	Kelengkapan kelengkapan(long id, Set<String> blok);

	/** Declares the form final; refused while a required field is missing. */
	MetadataView finalkan(long id);

	/**
	 * Sets the MS-Keg header "identitas rekomendasi" (the recommendation letter's number, or
	 * {@code null} to clear it), if the owner's {@link PemilikMetadata#bolehTetapkanRekomendasi} allows.
	 */
	MetadataView tetapkanRekomendasi(long id, String nomor);

	/** The form as a PDF document (the blocks its owner uses), in the request's language. */
	byte[] pdf(long id);

	/** The form as JSON (every field, by field code), as exported from the editor. */
	String json(long id);

	/**
	 * The path of the form's editor; its pages offer a link back to {@code kembali} (a path inside
	 * the application, or {@code null} for the owner's own link).
	 */
	String tautanEditor(long id, String kembali);

}
