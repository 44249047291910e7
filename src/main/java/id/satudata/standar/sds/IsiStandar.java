package id.satudata.standar.sds;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import id.satudata.datastore.ColumnType;
import id.satudata.standar.JenisValueDomain;

/**
 * The content of a standard (metadata-and-forms.md, "SDS proposal"), shared by the catalogue entry
 * and the proposal: Konsep (nama, definisi, referensi); Variabel (+ rujukan konsep, unit observasi,
 * ukuran, satuan, subjek, tipe data, jenis value domain, value domain, aturan validasi); Klasifikasi
 * (+ tingkat; its categories are kept beside it).
 */
@Embeddable
public class IsiStandar {

	@Column(nullable = false, length = 300)
	private String nama;

	@Column(nullable = false, length = 4000)
	private String definisi;

	@Column(length = 1000)
	private String referensi;

	@Column(name = "konsep_kode", length = 40)
	private String konsepKode;

	@Column(name = "unit_observasi", length = 200)
	private String unitObservasi;

	@Column(length = 200)
	private String ukuran;

	@Column(length = 100)
	private String satuan;

	@Column(length = 200)
	private String subjek;

	@Enumerated(EnumType.STRING)
	@Column(name = "tipe_data", length = 20)
	private ColumnType tipeData;

	@Enumerated(EnumType.STRING)
	@Column(name = "jenis_value_domain", length = 20)
	private JenisValueDomain jenisValueDomain;

	@Column(name = "value_domain", length = 100)
	private String valueDomain;

	@Column(name = "nilai_min", precision = 30, scale = 10)
	private BigDecimal nilaiMin;

	@Column(name = "nilai_max", precision = 30, scale = 10)
	private BigDecimal nilaiMax;

	@Column(length = 500)
	private String pola;

	@Column(name = "aturan_validasi", length = 2000)
	private String aturanValidasi;

	@Column(name = "tingkat_klasifikasi", length = 100)
	private String tingkatKlasifikasi;

	protected IsiStandar() {
	}

	IsiStandar(String nama, String definisi, String referensi, String konsepKode, String unitObservasi, String ukuran,
			String satuan, String subjek, ColumnType tipeData, JenisValueDomain jenisValueDomain, String valueDomain,
			BigDecimal nilaiMin, BigDecimal nilaiMax, String pola, String aturanValidasi, String tingkatKlasifikasi) {
		this.nama = nama;
		this.definisi = definisi;
		this.referensi = referensi;
		this.konsepKode = konsepKode;
		this.unitObservasi = unitObservasi;
		this.ukuran = ukuran;
		this.satuan = satuan;
		this.subjek = subjek;
		this.tipeData = tipeData;
		this.jenisValueDomain = jenisValueDomain;
		this.valueDomain = valueDomain;
		this.nilaiMin = nilaiMin;
		this.nilaiMax = nilaiMax;
		this.pola = pola;
		this.aturanValidasi = aturanValidasi;
		this.tingkatKlasifikasi = tingkatKlasifikasi;
	}

	public IsiStandar salinan() {
		return new IsiStandar(nama, definisi, referensi, konsepKode, unitObservasi, ukuran, satuan, subjek, tipeData,
				jenisValueDomain, valueDomain, nilaiMin, nilaiMax, pola, aturanValidasi, tingkatKlasifikasi);
	}

	public String getNama() {
		return nama;
	}

	public String getDefinisi() {
		return definisi;
	}

	public String getReferensi() {
		return referensi;
	}

	public String getKonsepKode() {
		return konsepKode;
	}

	public String getUnitObservasi() {
		return unitObservasi;
	}

	public String getUkuran() {
		return ukuran;
	}

	public String getSatuan() {
		return satuan;
	}

	public String getSubjek() {
		return subjek;
	}

	public ColumnType getTipeData() {
		return tipeData;
	}

	public JenisValueDomain getJenisValueDomain() {
		return jenisValueDomain;
	}

	public String getValueDomain() {
		return valueDomain;
	}

	/** Without the trailing zeros of the stored scale (0, not 0E-10). */
	public BigDecimal getNilaiMin() {
		return bersih(nilaiMin);
	}

	public BigDecimal getNilaiMax() {
		return bersih(nilaiMax);
	}

	private static BigDecimal bersih(BigDecimal v) {
		return v == null ? null : new BigDecimal(v.stripTrailingZeros().toPlainString());
	}

	public String getPola() {
		return pola;
	}

	public String getAturanValidasi() {
		return aturanValidasi;
	}

	public String getTingkatKlasifikasi() {
		return tingkatKlasifikasi;
	}

}
