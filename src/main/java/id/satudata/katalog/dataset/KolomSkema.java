package id.satudata.katalog.dataset;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.NumberFormat;

/** One column of a dataset's schema, as stored with the dataset. */
@Embeddable
class KolomSkema {

	@Column(nullable = false, length = 63)
	private String nama;

	@Column(nullable = false, length = 200)
	private String label;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ColumnType tipe;

	@Column(length = 60)
	private String satuan;

	@Column(name = "kode_referensi", length = 60)
	private String kodeReferensi;

	@Column(nullable = false)
	private boolean wajib;

	@Column(name = "nilai_min", precision = 30, scale = 10)
	private BigDecimal nilaiMin;

	@Column(name = "nilai_max", precision = 30, scale = 10)
	private BigDecimal nilaiMax;

	@Column(length = 500)
	private String pola;

	@Enumerated(EnumType.STRING)
	@Column(name = "format_angka", nullable = false, length = 20)
	private NumberFormat formatAngka;

	@Column(nullable = false)
	private boolean kunci;

	/** Numbers read BPS value symbols ({@link ColumnSpec#symbols()}). */
	@Column(name = "simbol_bps", nullable = false)
	private boolean simbolBps = true;

	/** The Standar Data Statistik variable the column follows (its rules apply to uploads), or {@code null}. */
	@Column(name = "kode_variabel", length = 40)
	private String kodeVariabel;

	protected KolomSkema() {
	}

	KolomSkema(ColumnSpec c, String kodeVariabel) {
		this(c);
		this.kodeVariabel = kodeVariabel;
	}

	KolomSkema(ColumnSpec c) {
		this.nama = c.name();
		this.label = c.label();
		this.tipe = c.type();
		this.satuan = c.unit();
		this.kodeReferensi = c.codeList();
		this.wajib = c.required();
		this.nilaiMin = ColumnSpec.plain(c.min());
		this.nilaiMax = ColumnSpec.plain(c.max());
		this.pola = c.pattern();
		this.formatAngka = c.numberFormat();
		this.kunci = c.key();
		this.simbolBps = Boolean.TRUE.equals(c.symbols());
	}

	ColumnSpec spec() {
		return new ColumnSpec(nama, label, tipe, satuan, kodeReferensi, wajib, nilaiMin, nilaiMax, pola, formatAngka,
				kunci, simbolBps);
	}

	public String getNama() {
		return nama;
	}

	public String getLabel() {
		return label;
	}

	public ColumnType getTipe() {
		return tipe;
	}

	public String getSatuan() {
		return satuan;
	}

	public String getKodeReferensi() {
		return kodeReferensi;
	}

	public boolean isWajib() {
		return wajib;
	}

	public boolean isKunci() {
		return kunci;
	}

	public String getKodeVariabel() {
		return kodeVariabel;
	}

}
