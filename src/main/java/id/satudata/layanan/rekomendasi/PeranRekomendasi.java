package id.satudata.layanan.rekomendasi;

/**
 * The part a user plays for one recommendation request: the agency that asks (Produsen Data or
 * Walidata Pendukung of the requesting unit) or the Pembina Data of statistics (the BPS office of
 * the request's organization).
 */
enum PeranRekomendasi {
	PEMOHON, PEMBINA
}
