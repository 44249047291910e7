package id.satudata.perencanaan.forum;

/** What the Forum decided about an entry's priority. */
enum PrioritasForum {
	/** Unchanged. */
	TETAP,
	/** Made Data Prioritas (needs a recommendation with criteria). */
	YA,
	/** Not (or no longer) priority. */
	TIDAK;

	public String labelKey() {
		return "prioritasForum." + name();
	}
}
