package id.satudata.organisasi;

/** What a unit of an organization does in Satu Data. */
public enum JenisUnit {

	/** Diskominfo: the Walidata (data custodian), also home of the service desk. */
	WALIDATA,
	/** An OPD producing data. */
	PRODUSEN_DATA,
	/** The BPS office: Pembina Data for statistics. */
	PEMBINA_DATA_STATISTIK,
	/** BIG or the PUPR office: Pembina Data for geospatial data. */
	PEMBINA_DATA_GEOSPASIAL,
	/** Bappeda: Koordinator Forum Satu Data. */
	KOORDINATOR_FORUM,
	/** The information and documentation officer. */
	PPID;

	public String labelKey() {
		return "jenisUnit." + name();
	}

}
