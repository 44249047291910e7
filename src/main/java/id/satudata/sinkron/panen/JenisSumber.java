package id.satudata.sinkron.panen;

/** What a harvest source speaks. */
public enum JenisSumber {

	/** A CKAN Action API (package_search, package_show). */
	CKAN,
	/** Another Satu Data instance: its CKAN API, with region codes and releases as periods. */
	SATU_DATA,
	/** A DCAT catalogue (ckanext-dcat's /catalog.ttl, paged). */
	DCAT;

	public String labelKey() {
		return "panen.jenis." + name();
	}

}
