package id.satudata.layanan.rekomendasi;

/**
 * The request letter's fields (1)–(8) of Lampiran 1, and for a new request the requesting unit.
 * Status, numbers, the examination and the decision are never bound from it.
 */
public class RekomendasiForm {

	static final String[] FIELDS = { "pemohonUnitId", "lokasi", "tanggalSurat", "nomorSurat", "unitPenyelenggara",
			"judulKegiatan", "jabatanPenandatangan", "namaPenandatangan", "tembusan" };

	private Long pemohonUnitId;
	private String lokasi;
	private String tanggalSurat;
	private String nomorSurat;
	private String unitPenyelenggara;
	private String judulKegiatan;
	private String jabatanPenandatangan;
	private String namaPenandatangan;
	private String tembusan;

	static RekomendasiForm dari(Rekomendasi r) {
		RekomendasiForm f = new RekomendasiForm();
		f.pemohonUnitId = r.getPemohonUnitId();
		f.lokasi = r.getLokasi();
		f.tanggalSurat = r.getTanggalSurat() == null ? null : r.getTanggalSurat().toString();
		f.nomorSurat = r.getNomorSurat();
		f.unitPenyelenggara = r.getUnitPenyelenggara();
		f.judulKegiatan = r.getJudulKegiatan();
		f.jabatanPenandatangan = r.getJabatanPenandatangan();
		f.namaPenandatangan = r.getNamaPenandatangan();
		f.tembusan = r.getTembusan();
		return f;
	}

	public Long getPemohonUnitId() {
		return pemohonUnitId;
	}

	public void setPemohonUnitId(Long pemohonUnitId) {
		this.pemohonUnitId = pemohonUnitId;
	}

	public String getLokasi() {
		return lokasi;
	}

	public void setLokasi(String lokasi) {
		this.lokasi = lokasi;
	}

	public String getTanggalSurat() {
		return tanggalSurat;
	}

	public void setTanggalSurat(String tanggalSurat) {
		this.tanggalSurat = tanggalSurat;
	}

	public String getNomorSurat() {
		return nomorSurat;
	}

	public void setNomorSurat(String nomorSurat) {
		this.nomorSurat = nomorSurat;
	}

	public String getUnitPenyelenggara() {
		return unitPenyelenggara;
	}

	public void setUnitPenyelenggara(String unitPenyelenggara) {
		this.unitPenyelenggara = unitPenyelenggara;
	}

	public String getJudulKegiatan() {
		return judulKegiatan;
	}

	public void setJudulKegiatan(String judulKegiatan) {
		this.judulKegiatan = judulKegiatan;
	}

	public String getJabatanPenandatangan() {
		return jabatanPenandatangan;
	}

	public void setJabatanPenandatangan(String jabatanPenandatangan) {
		this.jabatanPenandatangan = jabatanPenandatangan;
	}

	public String getNamaPenandatangan() {
		return namaPenandatangan;
	}

	public void setNamaPenandatangan(String namaPenandatangan) {
		this.namaPenandatangan = namaPenandatangan;
	}

	public String getTembusan() {
		return tembusan;
	}

	public void setTembusan(String tembusan) {
		this.tembusan = tembusan;
	}

}
