package id.satudata.datastore;

/**
 * The symbols BPS tables write in number cells instead of a number (and how an import reads them,
 * in a numeric column whose {@link ColumnSpec#symbols()} is on; the labels are in the message bundles).
 */
public enum ValueSymbol {

	/** "-" (or "–", "—"): nihil, stored as 0 */
	NIHIL("-"),
	/** "…" or "...": data tidak tersedia, stored empty */
	TIDAK_TERSEDIA("…"),
	/** "x": dirahasiakan, stored empty and flagged */
	DIRAHASIAKAN("x"),
	/** a number followed by "e" or "*" ("1.234e"), or the sign alone: angka sementara/perkiraan, the number kept and flagged */
	SEMENTARA("e");

	private final String symbol;

	ValueSymbol(String symbol) {
		this.symbol = symbol;
	}

	/** The sign as the legend shows it. */
	public String symbol() {
		return symbol;
	}

	/** Whether each cell carrying it is remembered (not only counted): its stored value alone would mislead. */
	public boolean flagged() {
		return this == DIRAHASIAKAN || this == SEMENTARA;
	}

	public String labelKey() {
		return "simbolNilai." + name();
	}

}
