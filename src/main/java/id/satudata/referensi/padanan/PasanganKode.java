package id.satudata.referensi.padanan;

/** One pair of a crosswalk: a source code and the target code it corresponds to. */
record PasanganKode(String kodeSumber, String namaSumber, String kodeTarget, String namaTarget, String catatan) {
}
