package id.satudata.standar;

/** A standard in the catalogue is in force, superseded by a newer version of its code, or withdrawn. */
public enum StatusStandar {
	BERLAKU, DIGANTIKAN, DICABUT;

	public String labelKey() {
		return "sds.statusStandar." + name();
	}
}
