package id.satudata.layanan.rekomendasi;

/** The Pembina Data's decision "layak": the recommendation letter's number, place, date, advice and signatory. */
public class KeputusanForm {

	static final String[] FIELDS = { "nomorRekomendasi", "lokasiPenetapan", "tanggalRekomendasi", "saran",
			"jabatanPenetap", "namaPenetap" };

	private String nomorRekomendasi;
	private String lokasiPenetapan;
	private String tanggalRekomendasi;
	private String saran;
	private String jabatanPenetap;
	private String namaPenetap;

	public String getNomorRekomendasi() {
		return nomorRekomendasi;
	}

	public void setNomorRekomendasi(String nomorRekomendasi) {
		this.nomorRekomendasi = nomorRekomendasi;
	}

	public String getLokasiPenetapan() {
		return lokasiPenetapan;
	}

	public void setLokasiPenetapan(String lokasiPenetapan) {
		this.lokasiPenetapan = lokasiPenetapan;
	}

	public String getTanggalRekomendasi() {
		return tanggalRekomendasi;
	}

	public void setTanggalRekomendasi(String tanggalRekomendasi) {
		this.tanggalRekomendasi = tanggalRekomendasi;
	}

	public String getSaran() {
		return saran;
	}

	public void setSaran(String saran) {
		this.saran = saran;
	}

	public String getJabatanPenetap() {
		return jabatanPenetap;
	}

	public void setJabatanPenetap(String jabatanPenetap) {
		this.jabatanPenetap = jabatanPenetap;
	}

	public String getNamaPenetap() {
		return namaPenetap;
	}

	public void setNamaPenetap(String namaPenetap) {
		this.namaPenetap = namaPenetap;
	}

}
