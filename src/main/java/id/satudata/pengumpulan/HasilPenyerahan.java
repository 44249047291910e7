package id.satudata.pengumpulan;

import java.util.List;

import id.satudata.datastore.ImportIssue;
import id.satudata.pemeriksaan.StatusPengajuan;

/**
 * The outcome of a hand-over.
 *
 * @param rilisUuid the draft release holding the table, or {@code null} when errors stopped it
 * @param diajukan whether it went to the review
 * @param temuan the first problems found (errors and warnings), for the caller to show
 */
public record HasilPenyerahan(long pengajuanId, int versi, StatusPengajuan status, String rilisUuid, boolean diajukan,
		long jumlahGalat, long jumlahPeringatan, List<ImportIssue> temuan) {
}
