package id.satudata.perencanaan.forum;

/** A Forum session is recorded as a draft; once set (DITETAPKAN) its decisions apply and it no longer changes. */
enum StatusForum {
	DRAFT, DITETAPKAN;

	public String labelKey() {
		return "statusForum." + name();
	}
}
