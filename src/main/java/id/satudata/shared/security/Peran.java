package id.satudata.shared.security;

/**
 * The roles of DESIGN.md. A user holds a role within an organization (and optionally one of its
 * units). The public (PUBLIK) is everyone who is not logged in and is not an assignable role.
 */
public enum Peran {

	/** Registered user: may request restricted data and API tokens. */
	PENGGUNA,
	/** OPD staff producing data. */
	PRODUSEN_DATA,
	/** An OPD's data officer pre-checking its data. */
	WALIDATA_PENDUKUNG,
	/** Diskominfo staff: the data custodian. */
	WALIDATA,
	/** BPS (statistics), BIG/PUPR (geospatial). */
	PEMBINA_DATA,
	/** Bappeda: priority data, action plan, forum. */
	KOORDINATOR_FORUM,
	/** Information officer. */
	PPID,
	KEPALA_DINAS,
	KEPALA_BIDANG,
	SUB_KOORDINATOR,
	PETUGAS_LAYANAN,
	/** System administrator: organizations, users, settings. */
	ADMIN;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The message-bundle key of the role's label. */
	public String labelKey() {
		return "peran." + name();
	}

}
