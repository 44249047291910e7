package id.satudata.katalog;

import java.nio.file.Path;

/**
 * A non-tabular resource to attach: a link ({@code url}) or a file.
 *
 * @param rilisUuid the release to attach it to; {@code null} for the dataset's newest release
 */
public record LampiranBaru(String rilisUuid, String nama, String deskripsi, JenisLampiran jenis, String url,
		Path berkas, String namaBerkas, String tipeMime) {
}
