package id.satudata.layanan.pengaduan;

import id.satudata.layanan.tiket.KanalTiket;

/** How a complaint reached the service desk (Standar Pelayanan, Penanganan Pengaduan). */
public enum KanalPengaduan implements KanalTiket {

	/** The public form on the portal. */
	WEB,
	WHATSAPP,
	TELEPON,
	EMAIL,
	/** A written letter (the complaint box, or by Srikandi). */
	SURAT,
	/** In person at the service desk. */
	TATAP_MUKA,
	/** Forwarded from SP4N-LAPOR (lapor.go.id); its tracking number is kept as the reference. */
	SP4N_LAPOR,
	MEDIA_SOSIAL;

	@Override
	public String labelKey() {
		return "layanan.kanalAduan." + name();
	}

}
