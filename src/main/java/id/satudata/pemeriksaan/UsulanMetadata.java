package id.satudata.pemeriksaan;

import java.util.List;

/**
 * The metadata a producer completes with a submission; applied to the dataset when the release is
 * published ({@code null}: unchanged).
 */
public record UsulanMetadata(String deskripsi, String satuan, String kontakNama, String kontakEmail,
		List<String> kataKunci, String catatanRilis) {

	public static final UsulanMetadata KOSONG = new UsulanMetadata(null, null, null, null, null, null);

}
