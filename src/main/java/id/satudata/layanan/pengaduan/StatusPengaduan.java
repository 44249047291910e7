package id.satudata.layanan.pengaduan;

import id.satudata.layanan.tiket.StatusTiket;

/** Where a complaint stands. */
public enum StatusPengaduan implements StatusTiket {

	/** Filed; waits for classification into a tier (its clock runs at the strictest tier meanwhile). */
	DITERIMA,
	/** Classified and being handled against its tier's limit; responses go to the complainant. */
	DIPROSES,
	/** Answered and closed; the complainant may rate the handling. Final. */
	SELESAI,
	/** Not a complaint the service desk handles (spam, out of scope), with the reason. Final. */
	DITOLAK;

	@Override
	public boolean terbuka() {
		return this == DITERIMA || this == DIPROSES;
	}

	@Override
	public boolean selesai() {
		return this == SELESAI;
	}

	@Override
	public String labelKey() {
		return "layanan.statusAduan." + name();
	}

}
