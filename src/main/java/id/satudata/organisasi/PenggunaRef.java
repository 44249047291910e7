package id.satudata.organisasi;

/** A user as other modules see it (no credentials). */
public record PenggunaRef(long id, String username, String namaLengkap, String email, boolean aktif) {
}
