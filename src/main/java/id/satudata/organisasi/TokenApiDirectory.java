package id.satudata.organisasi;

/** API tokens for other modules (CKAN's {@code api_token_create}). */
public interface TokenApiDirectory {

	/**
	 * Creates a token for the user named, as the current caller (themselves, or an administrator
	 * for anyone), and returns it: it is shown only this once.
	 *
	 * @param berlakuHari days until it expires, or {@code null} for no expiry
	 */
	String buat(String username, String nama, Integer berlakuHari);

}
