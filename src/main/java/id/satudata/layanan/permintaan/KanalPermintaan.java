package id.satudata.layanan.permintaan;

import id.satudata.layanan.tiket.KanalTiket;

/** How a request reached the service desk (catalogue: portal, e-mail, mobile and chat, letter, in person). */
public enum KanalPermintaan implements KanalTiket {

	/** The public form on the portal (also an OPD user's own request). */
	PORTAL,
	EMAIL,
	TELEPON,
	CHAT,
	SURAT,
	DATANG_LANGSUNG;

	@Override
	public String labelKey() {
		return "layanan.kanal." + name();
	}

}
