package id.satudata.notifikasi.internal;

/** A notification's e-mail is to be sent (after the transaction that stored it commits). */
record SurelDiminta(long notifikasiId) {
}
