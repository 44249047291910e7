package id.satudata.layanan.laporandata;

import id.satudata.layanan.tiket.StatusTiket;

/** A report is open until the Walidata or the producer answers it and closes it. */
public enum StatusLaporanData implements StatusTiket {

	DITERIMA, SELESAI;

	@Override
	public String labelKey() {
		return "layanan.statusLaporanData." + name();
	}

	@Override
	public boolean terbuka() {
		return this == DITERIMA;
	}

	@Override
	public boolean selesai() {
		return this == SELESAI;
	}

}
