package id.satudata.referensi.internal;

/** How an imported file relates to the codes already in the list. */
enum ImportMode {
	/** Add new codes and update existing ones; codes not in the file stay as they are. */
	GABUNG,
	/** The file is the whole list: codes not in it are retired. */
	GANTI
}
