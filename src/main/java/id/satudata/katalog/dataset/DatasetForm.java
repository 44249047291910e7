package id.satudata.katalog.dataset;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.satudata.katalog.Akses;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.JenisData;
import id.satudata.katalog.TingkatPenyajian;

/** The dataset metadata form (only these fields are bound). */
public class DatasetForm {

	static final String LISENSI_BAWAAN = "CC-BY-4.0";
	static final List<String> LISENSI = List.of("CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "ODC-BY-1.0", "ODC-ODbL-1.0");

	@Pattern(regexp = "^$|[a-z0-9][a-z0-9-]{1,99}", message = "{dataset.validasi.slug}")
	private String slug;

	@NotBlank(message = "{validasi.wajib}")
	@Size(max = 300, message = "{validasi.maks}")
	private String judul;

	@Size(max = 10000, message = "{validasi.maks}")
	private String deskripsi;

	@NotNull(message = "{validasi.wajib}")
	private Long produsenUnitId;

	@Size(max = 60, message = "{validasi.maks}")
	private String topik;

	@NotNull(message = "{validasi.wajib}")
	private JenisData jenisData = JenisData.STATISTIK;

	@NotNull(message = "{validasi.wajib}")
	private TingkatPenyajian tingkatPenyajian = TingkatPenyajian.KABUPATEN_KOTA;

	@Size(max = 20, message = "{validasi.maks}")
	private String cakupanWilayah;

	@NotNull(message = "{validasi.wajib}")
	private Frekuensi frekuensi = Frekuensi.TAHUNAN;

	@Size(max = 100, message = "{validasi.maks}")
	private String satuan;

	@Size(max = 40, message = "{validasi.maks}")
	private String lisensi = LISENSI_BAWAAN;

	@NotNull(message = "{validasi.wajib}")
	private Akses akses = Akses.TERBUKA;

	private boolean dataPrioritas;

	/** The stub listed for requests to the PPID; {@code null}: left as it is (callers other than the form). */
	private Boolean stubDapatDimohon;

	private boolean dataInduk;

	@Size(max = 200, message = "{validasi.maks}")
	private String kontakNama;

	@Email(message = "{validasi.email}")
	@Size(max = 200, message = "{validasi.maks}")
	private String kontakEmail;

	@Size(max = 120, message = "{validasi.maks}")
	private String standarData;

	@Size(max = 1000, message = "{validasi.maks}")
	private String kataKunci;

	private Long version;

	List<String> kataKunciList() {
		if (kataKunci == null || kataKunci.isBlank()) {
			return List.of();
		}
		return List.copyOf(new LinkedHashSet<>(Arrays.stream(kataKunci.split(","))
			.map(k -> k.strip().toLowerCase(Locale.ROOT)).filter(k -> !k.isEmpty())
			.map(k -> k.length() > 60 ? k.substring(0, 60) : k).toList()));
	}

	public static DatasetForm of(Dataset d) {
		DatasetForm f = new DatasetForm();
		f.slug = d.getSlug();
		f.judul = d.getJudul();
		f.deskripsi = d.getDeskripsi();
		f.produsenUnitId = d.getProdusenUnitId();
		f.topik = d.getTopik();
		f.jenisData = d.getJenisData();
		f.tingkatPenyajian = d.getTingkatPenyajian();
		f.cakupanWilayah = d.getCakupanWilayah();
		f.frekuensi = d.getFrekuensi();
		f.satuan = d.getSatuan();
		f.lisensi = d.getLisensi();
		f.akses = d.getAkses();
		f.dataPrioritas = d.isDataPrioritas();
		f.stubDapatDimohon = d.isStubDapatDimohon();
		f.dataInduk = d.isDataInduk();
		f.kontakNama = d.getKontakNama();
		f.kontakEmail = d.getKontakEmail();
		f.standarData = d.getStandarData();
		f.kataKunci = String.join(", ", d.getKataKunci());
		f.version = d.getVersion();
		return f;
	}

	// getters and setters

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
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

	public String getTopik() {
		return topik;
	}

	public void setTopik(String topik) {
		this.topik = topik;
	}

	public JenisData getJenisData() {
		return jenisData;
	}

	public void setJenisData(JenisData jenisData) {
		this.jenisData = jenisData;
	}

	public TingkatPenyajian getTingkatPenyajian() {
		return tingkatPenyajian;
	}

	public void setTingkatPenyajian(TingkatPenyajian tingkatPenyajian) {
		this.tingkatPenyajian = tingkatPenyajian;
	}

	public String getCakupanWilayah() {
		return cakupanWilayah;
	}

	public void setCakupanWilayah(String cakupanWilayah) {
		this.cakupanWilayah = cakupanWilayah;
	}

	public Frekuensi getFrekuensi() {
		return frekuensi;
	}

	public void setFrekuensi(Frekuensi frekuensi) {
		this.frekuensi = frekuensi;
	}

	public String getSatuan() {
		return satuan;
	}

	public void setSatuan(String satuan) {
		this.satuan = satuan;
	}

	public String getLisensi() {
		return lisensi;
	}

	public void setLisensi(String lisensi) {
		this.lisensi = lisensi;
	}

	public Akses getAkses() {
		return akses;
	}

	public void setAkses(Akses akses) {
		this.akses = akses;
	}

	public boolean isDataPrioritas() {
		return dataPrioritas;
	}

	public void setDataPrioritas(boolean dataPrioritas) {
		this.dataPrioritas = dataPrioritas;
	}

	public Boolean getStubDapatDimohon() {
		return stubDapatDimohon;
	}

	public void setStubDapatDimohon(Boolean stubDapatDimohon) {
		this.stubDapatDimohon = stubDapatDimohon;
	}

	public boolean isDataInduk() {
		return dataInduk;
	}

	public void setDataInduk(boolean dataInduk) {
		this.dataInduk = dataInduk;
	}

	public String getKontakNama() {
		return kontakNama;
	}

	public void setKontakNama(String kontakNama) {
		this.kontakNama = kontakNama;
	}

	public String getKontakEmail() {
		return kontakEmail;
	}

	public void setKontakEmail(String kontakEmail) {
		this.kontakEmail = kontakEmail;
	}

	public String getStandarData() {
		return standarData;
	}

	public void setStandarData(String standarData) {
		this.standarData = standarData;
	}

	public String getKataKunci() {
		return kataKunci;
	}

	public void setKataKunci(String kataKunci) {
		this.kataKunci = kataKunci;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
