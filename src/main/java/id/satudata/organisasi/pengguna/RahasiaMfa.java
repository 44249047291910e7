package id.satudata.organisasi.pengguna;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

import id.satudata.organisasi.internal.OrganisasiProperties;

/**
 * How a TOTP secret is stored. With {@code satudata.keamanan.mfa-kunci} set it is encrypted
 * (AES-256-GCM, random IV per secret, key derived from the setting with PBKDF2; Spring Security's
 * {@code Encryptors.delux}) and stored as {@code enc:<hex>}; without a key it is stored as
 * {@code plain:<secret>} and a warning is logged at start-up. A secret stored in plain text stays
 * readable after a key is configured; an encrypted one needs the same key.
 */
@Component
class RahasiaMfa {

	private static final Logger log = LoggerFactory.getLogger(RahasiaMfa.class);
	/** A fixed salt: the key itself must carry the entropy (at least 32 random characters). */
	private static final String SALT = "5361747544617461";

	private final TextEncryptor encryptor;

	RahasiaMfa(OrganisasiProperties properties) {
		this.encryptor = properties.mfaKunci() == null ? null : Encryptors.delux(properties.mfaKunci(), SALT);
		if (encryptor == null) {
			log.warn("satudata.keamanan.mfa-kunci (SATUDATA_MFA_KEY) is not set: two-factor secrets are stored unencrypted");
		}
	}

	String simpan(String secret) {
		return encryptor == null ? "plain:" + secret : "enc:" + encryptor.encrypt(secret);
	}

	String baca(String stored) {
		if (stored.startsWith("plain:")) {
			return stored.substring("plain:".length());
		}
		if (encryptor == null) {
			throw new IllegalStateException(
					"A two-factor secret is encrypted but satudata.keamanan.mfa-kunci (SATUDATA_MFA_KEY) is not set");
		}
		return encryptor.decrypt(stored.substring("enc:".length()));
	}

}
