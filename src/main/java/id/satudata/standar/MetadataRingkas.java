package id.satudata.standar;

import java.time.Instant;

/** A metadata form in a list. */
public record MetadataRingkas(long id, JenisMetadata jenis, PemilikRef pemilik, int tahun, String judul,
		StatusMetadata status, Instant diubahPada) {
}
