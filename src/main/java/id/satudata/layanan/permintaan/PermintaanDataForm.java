package id.satudata.layanan.permintaan;

import id.satudata.layanan.tiket.FormTiket;

/**
 * The data request form ("Minta data"): what data (the subject and its details), which area (a
 * region of the node's coverage, or in words), which years, why, and who asks. Only these fields
 * are bound ({@code @InitBinder}).
 */
public class PermintaanDataForm extends FormTiket {

	static final String[] FIELDS = { "organisasiId", "perihal", "uraian", "wilayah", "wilayahLain", "tahunAwal",
			"tahunAkhir", "tujuan", "kataKunci", "nama", "instansi", "surel", "telepon" };

	/** A region code of the node's coverage, or empty when {@link #wilayahLain} says the area. */
	private String wilayah;

	private String wilayahLain;

	private Integer tahunAwal;

	private Integer tahunAkhir;

	private String tujuan;

	private String kataKunci;

	public String getWilayah() {
		return wilayah;
	}

	public void setWilayah(String wilayah) {
		this.wilayah = wilayah;
	}

	public String getWilayahLain() {
		return wilayahLain;
	}

	public void setWilayahLain(String wilayahLain) {
		this.wilayahLain = wilayahLain;
	}

	public Integer getTahunAwal() {
		return tahunAwal;
	}

	public void setTahunAwal(Integer tahunAwal) {
		this.tahunAwal = tahunAwal;
	}

	public Integer getTahunAkhir() {
		return tahunAkhir;
	}

	public void setTahunAkhir(Integer tahunAkhir) {
		this.tahunAkhir = tahunAkhir;
	}

	public String getTujuan() {
		return tujuan;
	}

	public void setTujuan(String tujuan) {
		this.tujuan = tujuan;
	}

	public String getKataKunci() {
		return kataKunci;
	}

	public void setKataKunci(String kataKunci) {
		this.kataKunci = kataKunci;
	}

}
