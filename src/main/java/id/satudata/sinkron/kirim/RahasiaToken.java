package id.satudata.sinkron.kirim;

import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Where the portal's API token comes from. Given by the operator ({@code satudata.sinkron.kirim.token},
 * e.g. the environment variable {@code SATUDATA_SINKRON_KIRIM_TOKEN}) it is used as is and never
 * stored. Entered on the page it is stored encrypted only (AES-256-GCM with a random IV, key derived
 * with PBKDF2 from {@code satudata.sinkron.kirim.kunci}: Spring Security's {@code Encryptors.delux});
 * without a key the page refuses to store it. The page shows only its last 4 characters.
 */
@Component
class RahasiaToken {

	/** A fixed salt: the key itself must carry the entropy (at least 32 random characters). */
	private static final String SALT = "6b6972696d2d746f6b656e";

	private final KirimProperties properties;
	private final TextEncryptor encryptor;

	RahasiaToken(KirimProperties properties) {
		this.properties = properties;
		this.encryptor = properties.kunci() == null ? null : Encryptors.delux(properties.kunci(), SALT);
	}

	/** Whether the operator gave the token (the page then neither asks for one nor stores it). */
	boolean dariKonfigurasi() {
		return properties.token() != null;
	}

	/** Whether a token entered on the page can be stored. */
	boolean dapatMenyimpan() {
		return encryptor != null;
	}

	String simpan(String token) {
		if (encryptor == null) {
			throw new IllegalStateException("satudata.sinkron.kirim.kunci is not set");
		}
		return "enc:" + encryptor.encrypt(token);
	}

	/** The token to send: the operator's, else the stored one decrypted; null when there is none. */
	String token(Tujuan tujuan) {
		if (properties.token() != null) {
			return properties.token();
		}
		if (tujuan.tokenTersimpan() == null || encryptor == null) {
			return null;
		}
		return encryptor.decrypt(tujuan.tokenTersimpan().substring("enc:".length()));
	}

	/** The last 4 characters, to recognise the token in use. */
	String akhir(Tujuan tujuan) {
		String t = properties.token() != null ? properties.token() : null;
		if (t != null) {
			return t.length() <= 4 ? "" : t.substring(t.length() - 4);
		}
		return tujuan == null ? null : tujuan.tokenAkhir();
	}

	static String akhirDari(String token) {
		return token.length() <= 8 ? "" : token.substring(token.length() - 4);
	}

}
