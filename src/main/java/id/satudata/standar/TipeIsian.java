package id.satudata.standar;

/** The kind of a metadata form field. */
public enum TipeIsian {
	TEKS, TEKS_PANJANG, ANGKA, TANGGAL, EMAIL, TELEPON,
	/** One value of a choice list. */
	PILIHAN,
	/** Several values of a choice list. */
	PILIHAN_GANDA,
	/** Ya / tidak. */
	YA_TIDAK,
	/** A start and an end date. */
	RENTANG_TANGGAL,
	/** Kemendagri region codes (provinces, kabupaten/kota). */
	WILAYAH,
	/** Rows of named columns. */
	TABEL
}
