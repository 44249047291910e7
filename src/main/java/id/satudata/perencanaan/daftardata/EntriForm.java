package id.satudata.perencanaan.daftardata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.satudata.katalog.Akses;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.JenisData;

/** The Daftar Data entry form (only these fields are bound: status, priority and owner are not). */
class EntriForm {

	/** The fields a request may bind. */
	static final String[] BIDANG = { "judul", "deskripsi", "produsenUnitId", "jenisData", "pembinaUnitId", "frekuensi",
			"topik", "akses", "usulanPrioritas", "standarData", "dasarHukum", "catatan", "datasetId", "version" };

	@NotBlank(message = "{validasi.wajib}")
	@Size(max = 300, message = "{validasi.maks}")
	private String judul;

	@Size(max = 4000, message = "{validasi.maks}")
	private String deskripsi;

	@NotNull(message = "{validasi.wajib}")
	private Long produsenUnitId;

	@NotNull(message = "{validasi.wajib}")
	private JenisData jenisData = JenisData.STATISTIK;

	private Long pembinaUnitId;

	@NotNull(message = "{validasi.wajib}")
	private Frekuensi frekuensi = Frekuensi.TAHUNAN;

	@Size(max = 60, message = "{validasi.maks}")
	private String topik;

	@NotNull(message = "{validasi.wajib}")
	private Akses akses = Akses.TERBUKA;

	private boolean usulanPrioritas;

	@Size(max = 1000, message = "{validasi.maks}")
	private String standarData;

	@Size(max = 1000, message = "{validasi.maks}")
	private String dasarHukum;

	@Size(max = 2000, message = "{validasi.maks}")
	private String catatan;

	/** An existing catalog dataset this entry continues (optional; else one is created on approval). */
	private Long datasetId;

	private Long version;

	static EntriForm of(Entri e) {
		EntriForm f = new EntriForm();
		f.judul = e.getJudul();
		f.deskripsi = e.getDeskripsi();
		f.produsenUnitId = e.getProdusenUnitId();
		f.jenisData = e.getJenisData();
		f.pembinaUnitId = e.getPembinaUnitId();
		f.frekuensi = e.getFrekuensi();
		f.topik = e.getTopik();
		f.akses = e.getAkses();
		f.usulanPrioritas = e.isUsulanPrioritas();
		f.standarData = e.getStandarData();
		f.dasarHukum = e.getDasarHukum();
		f.catatan = e.getCatatan();
		f.datasetId = e.getDatasetId();
		f.version = e.getVersion();
		return f;
	}

	public String getJudul() {
		return judul;
	}

	public void setJudul(String judul) {
		this.judul = judul;
	}

	public String getDeskripsi() {
		return deskripsi;
	}

	public void setDeskripsi(String deskripsi) {
		this.deskripsi = deskripsi;
	}

	public Long getProdusenUnitId() {
		return produsenUnitId;
	}

	public void setProdusenUnitId(Long produsenUnitId) {
		this.produsenUnitId = produsenUnitId;
	}

	public JenisData getJenisData() {
		return jenisData;
	}

	public void setJenisData(JenisData jenisData) {
		this.jenisData = jenisData;
	}

	public Long getPembinaUnitId() {
		return pembinaUnitId;
	}

	public void setPembinaUnitId(Long pembinaUnitId) {
		this.pembinaUnitId = pembinaUnitId;
	}

	public Frekuensi getFrekuensi() {
		return frekuensi;
	}

	public void setFrekuensi(Frekuensi frekuensi) {
		this.frekuensi = frekuensi;
	}

	public String getTopik() {
		return topik;
	}

	public void setTopik(String topik) {
		this.topik = topik;
	}

	public Akses getAkses() {
		return akses;
	}

	public void setAkses(Akses akses) {
		this.akses = akses;
	}

	public boolean isUsulanPrioritas() {
		return usulanPrioritas;
	}

	public void setUsulanPrioritas(boolean usulanPrioritas) {
		this.usulanPrioritas = usulanPrioritas;
	}

	public String getStandarData() {
		return standarData;
	}

	public void setStandarData(String standarData) {
		this.standarData = standarData;
	}

	public String getDasarHukum() {
		return dasarHukum;
	}

	public void setDasarHukum(String dasarHukum) {
		this.dasarHukum = dasarHukum;
	}

	public String getCatatan() {
		return catatan;
	}

	public void setCatatan(String catatan) {
		this.catatan = catatan;
	}

	public Long getDatasetId() {
		return datasetId;
	}

	public void setDatasetId(Long datasetId) {
		this.datasetId = datasetId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
