package id.satudata.layanan.laporandata;

import id.satudata.layanan.tiket.KanalTiket;

/** Reports come only from the dataset's page on the portal. */
public enum KanalLaporanData implements KanalTiket {

	WEB;

	@Override
	public String labelKey() {
		return "layanan.kanalAduan." + name();
	}

}
