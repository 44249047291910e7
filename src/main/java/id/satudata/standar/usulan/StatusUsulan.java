package id.satudata.standar.usulan;

/** Where an SDS proposal stands. Whose turn it is: {@link AlurUsulanSds#menunggu}. */
enum StatusUsulan {

	/** Being written by its producer. */
	DRAFT,
	/** Waits for the review of the kabupaten/kota's Walidata. */
	DI_WALIDATA_KABUPATEN,
	/** Waits for the province's Walidata. */
	DI_WALIDATA_PROVINSI,
	/** Waits for the national Walidata (Sekretariat SDI). */
	DI_WALIDATA_PUSAT,
	/** Waits for the national Pembina Data (BPS RI), who approves or rejects. */
	DI_PEMBINA_PUSAT,
	/** Returned to its producer with notes; revised and submitted again, it starts at the first level. */
	DIKEMBALIKAN,
	/** Approved: the standard is in the catalogue with a code. Final. */
	DISETUJUI,
	/** Rejected by the Pembina Data. Final. */
	DITOLAK,
	/** Withdrawn by its producer. Final. */
	DIBATALKAN;

	public String labelKey() {
		return "sds.status." + name();
	}

	boolean akhir() {
		return this == DISETUJUI || this == DITOLAK || this == DIBATALKAN;
	}

	/** The review level this status waits for, or {@code null} when it waits for no reviewer. */
	TingkatUsulan tingkat() {
		return switch (this) {
			case DI_WALIDATA_KABUPATEN -> TingkatUsulan.WALIDATA_KABUPATEN;
			case DI_WALIDATA_PROVINSI -> TingkatUsulan.WALIDATA_PROVINSI;
			case DI_WALIDATA_PUSAT -> TingkatUsulan.WALIDATA_PUSAT;
			case DI_PEMBINA_PUSAT -> TingkatUsulan.PEMBINA_PUSAT;
			default -> null;
		};
	}

	static StatusUsulan di(TingkatUsulan t) {
		return switch (t) {
			case WALIDATA_KABUPATEN -> DI_WALIDATA_KABUPATEN;
			case WALIDATA_PROVINSI -> DI_WALIDATA_PROVINSI;
			case WALIDATA_PUSAT -> DI_WALIDATA_PUSAT;
			case PEMBINA_PUSAT -> DI_PEMBINA_PUSAT;
		};
	}

}
