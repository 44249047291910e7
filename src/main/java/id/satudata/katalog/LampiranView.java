package id.satudata.katalog;

import java.time.Instant;

/** A non-tabular resource of a release. {@code url} is set for links, files are downloaded by uuid. */
public record LampiranView(String uuid, String nama, String deskripsi, JenisLampiran jenis, String format, String url,
		String namaBerkas, Long ukuran, String tipeMime, Instant dibuatPada) {
}
