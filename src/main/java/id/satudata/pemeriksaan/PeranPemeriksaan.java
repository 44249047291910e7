package id.satudata.pemeriksaan;

/**
 * The part a user plays for one submission. The caller derives it from the user's role
 * assignments and the submission's dataset (e.g. PRODUSEN_DATA of the dataset's producer unit is
 * its PRODUSEN; PEMBINA_DATA in a BPS unit is PEMBINA_STATISTIK); a role held elsewhere gives none.
 */
public enum PeranPemeriksaan {
	PRODUSEN, WALIDATA_PENDUKUNG, WALIDATA, PEMBINA_STATISTIK, PEMBINA_GEOSPASIAL
}
