package id.satudata.referensi.kode;

/** How an imported file relates to the codes already in the list. */
public enum ImportMode {
	/** Add new codes and update existing ones; codes not in the file stay as they are. */
	GABUNG,
	/** The file is the whole list: codes not in it are retired. */
	GANTI
}
