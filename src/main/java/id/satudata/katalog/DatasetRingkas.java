package id.satudata.katalog;

import java.time.Instant;
import java.util.Set;

/**
 * A dataset in a list or search result ({@code uuid}: its stable public id; {@code dihapus}: deleted,
 * seen only by those who manage or check it).
 */
public record DatasetRingkas(long id, String uuid, String slug, String judul, String deskripsi, long organisasiId,
		String produsenSlug, String produsenNama, String topik, JenisData jenisData, TingkatPenyajian tingkatPenyajian,
		Frekuensi frekuensi, Akses akses, boolean dataPrioritas, boolean dataInduk, boolean ditayangkan,
		boolean dihapus,
		Set<String> periode, Set<String> format, Set<String> kataKunci, String lisensi, Instant terbitTerakhir,
		Instant dibuatPada, Instant diubahPada) {
}
