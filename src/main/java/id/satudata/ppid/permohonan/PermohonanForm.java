package id.satudata.ppid.permohonan;

/** The request form (Perki 1/2021, Formulir Permohonan Informasi); every field checked by the service. */
public class PermohonanForm {

	/** The dataset's slug when asked from its stub; empty for information described in words. */
	private String dataset;
	private Long organisasiId;
	private String nama;
	private JenisIdentitas jenisIdentitas = JenisIdentitas.KTP;
	private String nomorIdentitas;
	private String alamat;
	private String telepon;
	private String surel;
	private String pekerjaan;
	private String rincian;
	private String tujuan;
	private CaraMemperoleh caraMemperoleh = CaraMemperoleh.SALINAN_SOFTCOPY;
	private CaraSalinan caraSalinan = CaraSalinan.UNDUH_PORTAL;
	private boolean persetujuan;

	public String getDataset() {
		return dataset;
	}

	public void setDataset(String dataset) {
		this.dataset = dataset;
	}

	public Long getOrganisasiId() {
		return organisasiId;
	}

	public void setOrganisasiId(Long organisasiId) {
		this.organisasiId = organisasiId;
	}

	public String getNama() {
		return nama;
	}

	public void setNama(String nama) {
		this.nama = nama;
	}

	public JenisIdentitas getJenisIdentitas() {
		return jenisIdentitas;
	}

	public void setJenisIdentitas(JenisIdentitas jenisIdentitas) {
		this.jenisIdentitas = jenisIdentitas;
	}

	public String getNomorIdentitas() {
		return nomorIdentitas;
	}

	public void setNomorIdentitas(String nomorIdentitas) {
		this.nomorIdentitas = nomorIdentitas;
	}

	public String getAlamat() {
		return alamat;
	}

	public void setAlamat(String alamat) {
		this.alamat = alamat;
	}

	public String getTelepon() {
		return telepon;
	}

	public void setTelepon(String telepon) {
		this.telepon = telepon;
	}

	public String getSurel() {
		return surel;
	}

	public void setSurel(String surel) {
		this.surel = surel;
	}

	public String getPekerjaan() {
		return pekerjaan;
	}

	public void setPekerjaan(String pekerjaan) {
		this.pekerjaan = pekerjaan;
	}

	public String getRincian() {
		return rincian;
	}

	public void setRincian(String rincian) {
		this.rincian = rincian;
	}

	public String getTujuan() {
		return tujuan;
	}

	public void setTujuan(String tujuan) {
		this.tujuan = tujuan;
	}

	public CaraMemperoleh getCaraMemperoleh() {
		return caraMemperoleh;
	}

	public void setCaraMemperoleh(CaraMemperoleh caraMemperoleh) {
		this.caraMemperoleh = caraMemperoleh;
	}

	public CaraSalinan getCaraSalinan() {
		return caraSalinan;
	}

	public void setCaraSalinan(CaraSalinan caraSalinan) {
		this.caraSalinan = caraSalinan;
	}

	public boolean isPersetujuan() {
		return persetujuan;
	}

	public void setPersetujuan(boolean persetujuan) {
		this.persetujuan = persetujuan;
	}

}
