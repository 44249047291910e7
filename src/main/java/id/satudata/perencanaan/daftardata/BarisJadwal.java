package id.satudata.perencanaan.daftardata;

import java.time.LocalDate;

/** A row of the schedule as a user edits it: a period and its planned release date. */
record BarisJadwal(String periode, LocalDate tanggal) {
}
