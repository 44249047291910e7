package id.satudata.layanan.tiket;

import java.time.Instant;

/**
 * What every new ticket gets from the core when it is filed or recorded, before its kind adds its
 * own (type, channel, first holder).
 *
 * @param nomor the number the public quotes ({@link NomorTiket})
 * @param kodeLacakHash the hash of its tracking code ({@link KodeLacak})
 * @param organisasiId the service desk's organization
 * @param perihal the subject
 * @param uraian the description
 * @param pemohon who asks and how to reach them
 * @param diterimaPada when it reached the desk (now, or when staff say it arrived)
 * @param dicatatOleh the staff member who recorded it, or null when the requester filed it
 * @param dibuatPada now
 */
public record TiketMasuk(String nomor, String kodeLacakHash, long organisasiId, String perihal, String uraian,
		Pemohon pemohon, Instant diterimaPada, String dicatatOleh, Instant dibuatPada) {
}
