package id.satudata.standar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A metadata form with every field of the blocks its owner uses, in form order. Labels are in the
 * request's language.
 *
 * @param blok the blocks (MS-Keg: {@code KEPALA} for the header, then {@code I}…{@code VIII}; MS-Ind and
 *        MS-Var: one block)
 * @param versi the row version (changes with every save)
 */
public record MetadataView(long id, JenisMetadata jenis, PemilikRef pemilik, int tahun, String judul,
		StatusMetadata status, String identitasRekomendasi, List<BlokView> blok, Instant dibuatPada,
		Instant diubahPada, long versi) {

	/** A field by code (e.g. {@code instansi}, {@code caraPengumpulan}), in any block. */
	public Optional<IsianView> isian(String kode) {
		return blok.stream().flatMap(b -> b.isian().stream()).filter(i -> i.kode().equals(kode)).findFirst();
	}

	/** A field's value as text (several values joined by ", "), or {@code ""} when empty. */
	public String teks(String kode) {
		return isian(kode).map(IsianView::tampilan).orElse("");
	}

	/**
	 * One block of a form.
	 *
	 * @param kode the block code ({@code KEPALA}, {@code I}…{@code VIII}, {@code UTAMA})
	 */
	public record BlokView(String kode, String judul, List<IsianView> isian) {
	}

	/**
	 * One field.
	 *
	 * @param nilai the stored value: a {@code String}; a {@code List<String>} (several choices, regions); a
	 *        {@code Map<String,String>} with {@code mulai}/{@code selesai} (a date range); a
	 *        {@code List<Map<String,String>>} (table rows); {@code null} when empty
	 * @param tampilan the value as shown to people (choice labels, dates, rows as lines)
	 * @param wajib whether it is required (now, given the other answers)
	 * @param publik whether it is shown to the public
	 */
	public record IsianView(String kode, String label, TipeIsian tipe, Object nilai, String tampilan, boolean wajib,
			boolean publik) {

		public boolean kosong() {
			return tampilan == null || tampilan.isBlank();
		}

	}

}
