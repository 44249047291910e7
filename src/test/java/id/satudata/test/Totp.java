package id.satudata.test;

import java.nio.ByteBuffer;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/** What an authenticator app computes: RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s), written independently of the app's library. */
public final class Totp {

	private Totp() {
	}

	/** The code for the current 30-second step plus {@code offset} steps. */
	public static String code(String base32Secret, int offset) {
		return at(new Base32().decode(base32Secret), Instant.now().getEpochSecond() / 30 + offset, 6);
	}

	public static String at(byte[] key, long step, int digits) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int o = h[h.length - 1] & 0xf;
			int bin = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
			return String.format("%0" + digits + "d", bin % (int) Math.pow(10, digits));
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
