package id.satudata.katalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A release of a dataset as its readers see it.
 *
 * @param uuid the release's public id (CKAN resource id of its table)
 * @param terkini whether it is the newest published version of its period
 */
public record RilisView(String uuid, String periode, LocalDate periodeMulai, LocalDate periodeAkhir, int versi,
		StatusRilis status, long jumlahBaris, String namaBerkas, String catatan, Instant dibuatPada,
		Instant diterbitkanPada, boolean terkini, List<LampiranView> lampiran) {
}
