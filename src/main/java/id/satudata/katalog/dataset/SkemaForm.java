package id.satudata.katalog.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.NumberFormat;
import id.satudata.shared.web.InvalidFieldException;

/** The schema editor: one row per column; rows without a name are ignored, rows marked {@code hapus} removed. */
class SkemaForm {

	static final int BARIS_KOSONG = 3;

	private List<Kolom> kolom = new ArrayList<>();

	static SkemaForm of(List<ColumnSpec> columns) {
		return of(columns, java.util.Map.of());
	}

	/** @param variabel column name → code of the standard variable it follows */
	static SkemaForm of(List<ColumnSpec> columns, java.util.Map<String, String> variabel) {
		SkemaForm f = new SkemaForm();
		columns.forEach(c -> {
			Kolom k = Kolom.of(c);
			k.kodeVariabel = variabel.get(c.name());
			f.kolom.add(k);
		});
		for (int i = 0; i < BARIS_KOSONG; i++) {
			f.kolom.add(new Kolom());
		}
		return f;
	}

	/** The columns, checked row by row; the error names the row's field ({@code kolom[2].nama}). */
	List<ColumnSpec> columns() {
		List<ColumnSpec> out = new ArrayList<>();
		for (int i = 0; i < kolom.size(); i++) {
			Kolom k = kolom.get(i);
			if (k.hapus || k.nama == null || k.nama.isBlank()) {
				continue;
			}
			String name = k.nama.strip().toLowerCase(Locale.ROOT);
			String field = "kolom[" + i + "]";
			if (!ColumnSpec.NAME.matcher(name).matches()) {
				throw new InvalidFieldException(field + ".nama", "skema.galat.nama", name);
			}
			if (k.tipe == null) {
				throw new InvalidFieldException(field + ".tipe", "validasi.wajib");
			}
			if (k.nilaiMin != null && k.nilaiMax != null && k.nilaiMin.compareTo(k.nilaiMax) > 0) {
				throw new InvalidFieldException(field + ".nilaiMax", "skema.galat.rentang", name);
			}
			out.add(new ColumnSpec(name, blank(k.label), k.tipe, blank(k.satuan), blank(k.kodeReferensi), k.wajib,
					k.tipe.numeric() ? k.nilaiMin : null, k.tipe.numeric() ? k.nilaiMax : null, blank(k.pola),
					k.formatAngka, k.kunci, k.simbolBps));
		}
		return out;
	}

	/** Column name → code of the standard variable (upper case) for the rows that name one. */
	java.util.Map<String, String> variabel() {
		java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
		for (int i = 0; i < kolom.size(); i++) {
			Kolom k = kolom.get(i);
			if (!k.hapus && k.nama != null && !k.nama.isBlank() && k.kodeVariabel != null && !k.kodeVariabel.isBlank()) {
				String kode = k.kodeVariabel.strip().toUpperCase(Locale.ROOT);
				if (!kode.matches("[A-Z0-9][A-Z0-9._-]{0,39}")) {
					throw new InvalidFieldException("kolom[" + i + "].kodeVariabel", "skema.galat.variabelKode", kode);
				}
				out.put(k.nama.strip().toLowerCase(Locale.ROOT), kode);
			}
		}
		return out;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public List<Kolom> getKolom() {
		return kolom;
	}

	public void setKolom(List<Kolom> kolom) {
		this.kolom = kolom;
	}

	/** One column row. */
	public static class Kolom {

		private String nama;
		private String label;
		private ColumnType tipe = ColumnType.TEKS;
		private String satuan;
		private String kodeReferensi;
		private boolean wajib;
		private boolean kunci;
		private BigDecimal nilaiMin;
		private BigDecimal nilaiMax;
		private String pola;
		private NumberFormat formatAngka = NumberFormat.STANDAR;
		/** Numbers read BPS value symbols ("-" nihil, "…" tidak tersedia, "x" dirahasiakan, "1.234e" sementara). */
		private boolean simbolBps = true;
		private boolean hapus;
		/** The Standar Data Statistik variable the column follows. */
		private String kodeVariabel;

		static Kolom of(ColumnSpec c) {
			Kolom k = new Kolom();
			k.nama = c.name();
			k.label = c.label();
			k.tipe = c.type();
			k.satuan = c.unit();
			k.kodeReferensi = c.codeList();
			k.wajib = c.required();
			k.kunci = c.key();
			k.nilaiMin = c.min();
			k.nilaiMax = c.max();
			k.pola = c.pattern();
			k.formatAngka = c.numberFormat();
			k.simbolBps = Boolean.TRUE.equals(c.symbols());
			return k;
		}

		public String getNama() {
			return nama;
		}

		public void setNama(String nama) {
			this.nama = nama;
		}

		public String getLabel() {
			return label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public ColumnType getTipe() {
			return tipe;
		}

		public void setTipe(ColumnType tipe) {
			this.tipe = tipe;
		}

		public String getSatuan() {
			return satuan;
		}

		public void setSatuan(String satuan) {
			this.satuan = satuan;
		}

		public String getKodeReferensi() {
			return kodeReferensi;
		}

		public void setKodeReferensi(String kodeReferensi) {
			this.kodeReferensi = kodeReferensi;
		}

		public boolean isWajib() {
			return wajib;
		}

		public void setWajib(boolean wajib) {
			this.wajib = wajib;
		}

		public boolean isKunci() {
			return kunci;
		}

		public void setKunci(boolean kunci) {
			this.kunci = kunci;
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

		public NumberFormat getFormatAngka() {
			return formatAngka;
		}

		public void setFormatAngka(NumberFormat formatAngka) {
			this.formatAngka = formatAngka;
		}

		public boolean isSimbolBps() {
			return simbolBps;
		}

		public void setSimbolBps(boolean simbolBps) {
			this.simbolBps = simbolBps;
		}

		public boolean isHapus() {
			return hapus;
		}

		public String getKodeVariabel() {
			return kodeVariabel;
		}

		public void setKodeVariabel(String kodeVariabel) {
			this.kodeVariabel = kodeVariabel;
		}

		public void setHapus(boolean hapus) {
			this.hapus = hapus;
		}

	}

}
