package id.satudata.perencanaan.daftardata;

/** How many entries of a Daftar Data are in a status. */
public record JumlahEntri(Long daftarDataId, StatusEntri status, Long jumlah) {
}
