package id.satudata.standar.usulan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import id.satudata.datastore.ColumnType;
import id.satudata.standar.JenisStandar;
import id.satudata.standar.JenisValueDomain;
import id.satudata.standar.sds.DrafStandar;
import id.satudata.standar.sds.IsiStandar;

/**
 * The proposal form. Categories of a Klasifikasi are written one per line as
 * {@code kode;label} or {@code kode;label;kode induk}.
 */
class UsulanForm {

	static final String[] FIELDS = { "jenis", "nama", "definisi", "referensi", "konsepKode", "unitObservasi", "ukuran",
			"satuan", "subjek", "tipeData", "jenisValueDomain", "valueDomain", "nilaiMin", "nilaiMax", "pola",
			"aturanValidasi", "tingkatKlasifikasi", "kategoriTeks", "kodeDiperbarui", "alasanBaru", "version" };

	private JenisStandar jenis = JenisStandar.VARIABEL;
	private String nama;
	private String definisi;
	private String referensi;
	private String konsepKode;
	private String unitObservasi;
	private String ukuran;
	private String satuan;
	private String subjek;
	private ColumnType tipeData;
	private JenisValueDomain jenisValueDomain;
	private String valueDomain;
	private BigDecimal nilaiMin;
	private BigDecimal nilaiMax;
	private String pola;
	private String aturanValidasi;
	private String tingkatKlasifikasi;
	private String kategoriTeks;
	private String kodeDiperbarui;
	private String alasanBaru;
	private Long version;

	static UsulanForm of(UsulanSds u) {
		UsulanForm f = new UsulanForm();
		IsiStandar i = u.getIsi();
		f.jenis = u.getJenis();
		f.nama = i.getNama();
		f.definisi = i.getDefinisi();
		f.referensi = i.getReferensi();
		f.konsepKode = i.getKonsepKode();
		f.unitObservasi = i.getUnitObservasi();
		f.ukuran = i.getUkuran();
		f.satuan = i.getSatuan();
		f.subjek = i.getSubjek();
		f.tipeData = i.getTipeData();
		f.jenisValueDomain = i.getJenisValueDomain();
		f.valueDomain = i.getValueDomain();
		f.nilaiMin = i.getNilaiMin();
		f.nilaiMax = i.getNilaiMax();
		f.pola = i.getPola();
		f.aturanValidasi = i.getAturanValidasi();
		f.tingkatKlasifikasi = i.getTingkatKlasifikasi();
		f.kategoriTeks = String.join("\n", u.getKategori().stream()
			.map(k -> k.getKode() + ";" + k.getLabel() + (k.getKodeInduk() == null ? "" : ";" + k.getKodeInduk())).toList());
		f.kodeDiperbarui = u.getKodeDiperbarui();
		f.alasanBaru = u.getAlasanBaru();
		f.version = u.getVersion();
		return f;
	}

	/** The standard as written in the form. */
	DrafStandar draf() {
		return new DrafStandar(jenis, DrafStandar.t(nama), DrafStandar.t(definisi), DrafStandar.t(referensi),
				DrafStandar.up(konsepKode), DrafStandar.t(unitObservasi), DrafStandar.t(ukuran), DrafStandar.t(satuan),
				DrafStandar.t(subjek), tipeData, jenisValueDomain, DrafStandar.t(valueDomain), nilaiMin, nilaiMax,
				DrafStandar.t(pola), DrafStandar.t(aturanValidasi), DrafStandar.t(tingkatKlasifikasi), kategoriBaris());
	}

	/** The categories as written; a line that is not {@code kode;label[;induk]} is kept with a null label (an error). */
	List<String[]> kategoriBaris() {
		List<String[]> out = new ArrayList<>();
		if (kategoriTeks == null) {
			return out;
		}
		for (String line : kategoriTeks.split("\\R")) {
			if (!line.isBlank()) {
				String[] parts = line.split(";", -1);
				out.add(new String[] { parts[0].strip(), parts.length > 1 ? parts[1].strip() : null,
						parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : null });
			}
		}
		return out;
	}

	public JenisStandar getJenis() {
		return jenis;
	}

	public void setJenis(JenisStandar jenis) {
		this.jenis = jenis;
	}

	public String getNama() {
		return nama;
	}

	public void setNama(String nama) {
		this.nama = nama;
	}

	public String getDefinisi() {
		return definisi;
	}

	public void setDefinisi(String definisi) {
		this.definisi = definisi;
	}

	public String getReferensi() {
		return referensi;
	}

	public void setReferensi(String referensi) {
		this.referensi = referensi;
	}

	public String getKonsepKode() {
		return konsepKode;
	}

	public void setKonsepKode(String konsepKode) {
		this.konsepKode = konsepKode;
	}

	public String getUnitObservasi() {
		return unitObservasi;
	}

	public void setUnitObservasi(String unitObservasi) {
		this.unitObservasi = unitObservasi;
	}

	public String getUkuran() {
		return ukuran;
	}

	public void setUkuran(String ukuran) {
		this.ukuran = ukuran;
	}

	public String getSatuan() {
		return satuan;
	}

	public void setSatuan(String satuan) {
		this.satuan = satuan;
	}

	public String getSubjek() {
		return subjek;
	}

	public void setSubjek(String subjek) {
		this.subjek = subjek;
	}

	public ColumnType getTipeData() {
		return tipeData;
	}

	public void setTipeData(ColumnType tipeData) {
		this.tipeData = tipeData;
	}

	public JenisValueDomain getJenisValueDomain() {
		return jenisValueDomain;
	}

	public void setJenisValueDomain(JenisValueDomain jenisValueDomain) {
		this.jenisValueDomain = jenisValueDomain;
	}

	public String getValueDomain() {
		return valueDomain;
	}

	public void setValueDomain(String valueDomain) {
		this.valueDomain = valueDomain;
	}

	public BigDecimal getNilaiMin() {
		return nilaiMin;
	}

	public void setNilaiMin(BigDecimal nilaiMin) {
		this.nilaiMin = nilaiMin;
	}

	public BigDecimal getNilaiMax() {
		return nilaiMax;
	}

	public void setNilaiMax(BigDecimal nilaiMax) {
		this.nilaiMax = nilaiMax;
	}

	public String getPola() {
		return pola;
	}

	public void setPola(String pola) {
		this.pola = pola;
	}

	public String getAturanValidasi() {
		return aturanValidasi;
	}

	public void setAturanValidasi(String aturanValidasi) {
		this.aturanValidasi = aturanValidasi;
	}

	public String getTingkatKlasifikasi() {
		return tingkatKlasifikasi;
	}

	public void setTingkatKlasifikasi(String tingkatKlasifikasi) {
		this.tingkatKlasifikasi = tingkatKlasifikasi;
	}

	public String getKategoriTeks() {
		return kategoriTeks;
	}

	public void setKategoriTeks(String kategoriTeks) {
		this.kategoriTeks = kategoriTeks;
	}

	public String getKodeDiperbarui() {
		return kodeDiperbarui;
	}

	public void setKodeDiperbarui(String kodeDiperbarui) {
		this.kodeDiperbarui = kodeDiperbarui;
	}

	public String getAlasanBaru() {
		return alasanBaru;
	}

	public void setAlasanBaru(String alasanBaru) {
		this.alasanBaru = alasanBaru;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
