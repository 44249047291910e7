package id.satudata.standar;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A standard of the SDS catalogue as other modules and the public API see it.
 *
 * @param konsepKode for a Variabel: the code of its Konsep
 * @param valueDomain for a Variabel: the Klasifikasi code or Kode Referensi list its values come from
 * @param kodeReferensi for a Klasifikasi: the Kode Referensi list its categories are published as
 */
public record StandarView(String kode, int versi, JenisStandar jenis, StatusStandar status, String nama,
		String definisi, String referensi, String pemilik, String konsepKode, String unitObservasi, String ukuran,
		String satuan, String subjek, String tipeData, JenisValueDomain jenisValueDomain, String valueDomain,
		BigDecimal nilaiMin, BigDecimal nilaiMax, String pola, String aturanValidasi, String tingkatKlasifikasi,
		String kodeReferensi, List<Kategori> kategori, Instant diterbitkanPada) {

	/** A category of a Klasifikasi. */
	public record Kategori(String kode, String label, String kodeInduk) {
	}

}
