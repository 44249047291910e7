package id.satudata.standar.metadata;

import org.springframework.http.HttpStatus;

import id.satudata.shared.web.UserFacingException;
import id.satudata.standar.StatusMetadata;

/**
 * The status of a metadata form: DRAFT while being filled; FINALKAN turns a complete draft FINAL;
 * UBAH (saving a block) keeps a FINAL form final while it stays complete and returns it to DRAFT
 * when the change leaves a required field empty. Who may take a step is the owner's
 * {@link id.satudata.standar.PemilikMetadata#bolehUbah}; this class only says which step leads where.
 */
final class AlurMetadata {

	enum Aksi {
		UBAH, FINALKAN
	}

	private AlurMetadata() {
	}

	static StatusMetadata jalankan(StatusMetadata dari, Aksi aksi, boolean lengkap, int jumlahKurang) {
		return switch (aksi) {
			case UBAH -> dari == StatusMetadata.FINAL && lengkap ? StatusMetadata.FINAL : StatusMetadata.DRAFT;
			case FINALKAN -> {
				if (dari == StatusMetadata.FINAL) {
					throw new UserFacingException(HttpStatus.CONFLICT, "metadata.galat.sudahFinal");
				}
				if (!lengkap) {
					throw new UserFacingException(HttpStatus.CONFLICT, "metadata.galat.belumLengkap", jumlahKurang);
				}
				yield StatusMetadata.FINAL;
			}
		};
	}

}
