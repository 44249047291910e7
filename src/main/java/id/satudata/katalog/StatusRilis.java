package id.satudata.katalog;

/** A release is created as a draft, published (TERBIT) for its readers, and can be withdrawn (DITARIK). */
public enum StatusRilis {
	DRAFT, TERBIT, DITARIK;

	public String labelKey() {
		return "statusRilis." + name();
	}
}
