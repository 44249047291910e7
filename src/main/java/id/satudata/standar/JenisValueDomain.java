package id.satudata.standar;

/**
 * What values a variable may take: the categories of an SDS Klasifikasi, the codes of a Kode
 * Referensi list, a numeric range, or free values (optionally with a pattern).
 */
public enum JenisValueDomain {
	KLASIFIKASI, KODE_REFERENSI, RENTANG, BEBAS;

	public String labelKey() {
		return "sds.valueDomain." + name();
	}
}
