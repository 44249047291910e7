package id.satudata.standar.metadata;

import java.util.Set;

import org.springframework.http.HttpStatus;

import id.satudata.shared.alur.Alur;
import id.satudata.shared.alur.TransisiDitolak;
import id.satudata.standar.StatusMetadata;

/**
 * The status of a metadata form: DRAFT while being filled; FINALKAN turns a complete draft FINAL;
 * UBAH (saving a block) keeps a FINAL form final while it stays complete and returns it to DRAFT
 * when the change leaves a required field empty. Who may take a step is the owner's
 * {@link id.satudata.standar.PemilikMetadata#bolehUbah} (the service checks it first, so whoever
 * reaches this table plays {@link Peran#PENGUBAH}); this class only says which step leads where.
 */
final class AlurMetadata {

	enum Aksi {
		UBAH, FINALKAN;

		String labelKey() {
			return "metadata.aksi." + name();
		}
	}

	/** The one part in a form's workflow: whoever may change the owner's metadata. */
	enum Peran {
		PENGUBAH
	}

	/** @param lengkap whether every required field is filled (after the change, for UBAH) */
	private record Konteks(boolean lengkap) {
	}

	/** The table: every step, from which statuses, where it leads. */
	private static final Alur<StatusMetadata, Aksi, Peran, Konteks> ALUR = Alur
			.<StatusMetadata, Aksi, Peran, Konteks>tabel(StatusMetadata.class, Aksi.class, "metadata.galat.sudahFinal",
					"galat.403.pesan", StatusMetadata::labelKey, Aksi::labelKey)
			.langkah(Aksi.UBAH).dariMana()
			.ke((s, k) -> s == StatusMetadata.FINAL && k.lengkap() ? StatusMetadata.FINAL : StatusMetadata.DRAFT)
			.oleh(Peran.PENGUBAH)
			.langkah(Aksi.FINALKAN).dari(StatusMetadata.DRAFT).ke(StatusMetadata.FINAL).oleh(Peran.PENGUBAH)
			.bangun();

	private AlurMetadata() {
	}

	/** Only a draft may be deleted; a final form is refused with 409. */
	static void pastikanBisaDihapus(StatusMetadata status) {
		if (status != StatusMetadata.DRAFT) {
			throw new TransisiDitolak(HttpStatus.CONFLICT, "metadata.galat.hapusFinal");
		}
	}

	/**
	 * The status after {@code aksi}, or the reason it is refused ({@link TransisiDitolak}, 409): the form
	 * is final already, or ({@code metadata.galat.belumLengkap}, with the number of required fields
	 * still empty) it is not complete.
	 */
	static StatusMetadata jalankan(StatusMetadata dari, Aksi aksi, boolean lengkap, int jumlahKurang) {
		StatusMetadata ke = ALUR.jalankan(dari, aksi, Set.of(Peran.PENGUBAH), new Konteks(lengkap), null);
		// a condition whose message names a count, which the table's conditions (naming the step) cannot say
		if (aksi == Aksi.FINALKAN && !lengkap) {
			throw new TransisiDitolak(HttpStatus.CONFLICT, "metadata.galat.belumLengkap", jumlahKurang);
		}
		return ke;
	}

}
