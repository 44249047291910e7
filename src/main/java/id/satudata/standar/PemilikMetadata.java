package id.satudata.standar;

import java.util.List;
import java.util.Optional;

/**
 * SPI: implemented by the module that owns objects metadata forms are attached to (one bean per
 * owner kind). This module asks it, for the current user, whether they may see or change the
 * metadata of an owner, and how to name and link the owner. Implementations answer for the
 * current user ({@code shared.security.CurrentUser}); they must not call back into
 * {@link MetadataStatistik}.
 */
public interface PemilikMetadata {

	/** The owner kind this bean answers for ({@code PemilikRef.jenis()}), e.g. {@code REKOMENDASI}. */
	String jenis();

	/** The owner's title and link, if it exists and the current user may see it. */
	Optional<InfoPemilik> info(String pemilikId);

	/** May the current user read the metadata of this owner (drafts included)? */
	boolean bolehLihat(String pemilikId);

	/** May the current user create, fill, finalize or delete metadata of this owner? */
	boolean bolehUbah(String pemilikId);

	/**
	 * May the current user set the MS-Keg header "identitas rekomendasi" (the recommendation letter's
	 * number)? By default whoever may change the metadata.
	 */
	default boolean bolehTetapkanRekomendasi(String pemilikId) {
		return bolehUbah(pemilikId);
	}

	/**
	 * Whether the current caller, possibly anonymous, may read the public fields of this owner's final
	 * metadata (e.g. wherever they may see the dataset). By default not.
	 */
	default boolean publik(String pemilikId) {
		return false;
	}

	/**
	 * The blocks of a form this owner uses, by block code (e.g. a recommendation request uses MS-Keg
	 * blocks {@code I}–{@code VII} and the header); empty for every block. Only these are shown, checked
	 * for completeness and printed.
	 */
	default List<String> blok(JenisMetadata jenis) {
		return List.of();
	}

	/**
	 * The owner as shown on the metadata pages.
	 *
	 * @param judul its title (e.g. "Permohonan rekomendasi 42: Survei Pertanian Kota Pangkal Pinang")
	 * @param tautan the path of its page inside the application (the editor's "back" link)
	 * @param organisasiId the organization it belongs to (lists are filtered by it), or {@code null}
	 */
	record InfoPemilik(String judul, String tautan, Long organisasiId) {

		public InfoPemilik {
			if (tautan != null && (!tautan.startsWith("/") || tautan.startsWith("//"))) {
				throw new IllegalArgumentException("tautan must be a path inside the application: " + tautan);
			}
		}

	}

}
