package id.satudata.katalog;

import java.util.List;

/**
 * A dataset's metadata as other modules send it (the CKAN API's package_create and package_patch).
 * For a change, {@code null} keeps the current value.
 *
 * @param produsen the producing unit by its catalog slug (CKAN organization name) or numeric unit id
 */
public record MetadataDataset(String slug, String judul, String deskripsi, String produsen, String topik,
		JenisData jenisData, TingkatPenyajian tingkatPenyajian, String cakupanWilayah, Frekuensi frekuensi,
		String satuan, String lisensi, Akses akses, Boolean dataPrioritas, Boolean dataInduk, String kontakNama,
		String kontakEmail, String standarData, List<String> kataKunci) {
}
