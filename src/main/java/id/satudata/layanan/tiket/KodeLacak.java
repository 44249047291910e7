package id.satudata.layanan.tiket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The secret that, with the ticket number, lets a requester follow a ticket without an account:
 * ten characters from a 31-letter alphabet without look-alikes (0/O, 1/I/L), about 49 bits, shown
 * as {@code ABCDE-FGH23}. Only a SHA-256 hash bound to the ticket number is stored; the code is
 * shown once (and e-mailed, when there is an address). Failed attempts are limited per address and
 * per ticket ({@link Percobaan}), so guessing is hopeless.
 */
final class KodeLacak {

	private static final char[] ABJAD = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
	private static final SecureRandom RANDOM = new SecureRandom();
	static final int PANJANG = 10;

	private KodeLacak() {
	}

	static String baru() {
		StringBuilder s = new StringBuilder(PANJANG + 1);
		for (int i = 0; i < PANJANG; i++) {
			if (i == PANJANG / 2) {
				s.append('-');
			}
			s.append(ABJAD[RANDOM.nextInt(ABJAD.length)]);
		}
		return s.toString();
	}

	/** A longer random token for a single-use link (twenty characters, about 99 bits). */
	static String token() {
		return normal(baru()) + normal(baru());
	}

	/** The stored hash of a code for a ticket. */
	static String hash(String nomor, String kode) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] digest = sha.digest((nomor + ":" + normal(kode)).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Whether {@code kode} is the ticket's code (compared in constant time). */
	static boolean cocok(String nomor, String kode, String hashTersimpan) {
		if (kode == null || hashTersimpan == null) {
			return false;
		}
		return MessageDigest.isEqual(hash(nomor, kode).getBytes(StandardCharsets.US_ASCII),
				hashTersimpan.getBytes(StandardCharsets.US_ASCII));
	}

	/** Upper case, without spaces and dashes: "abcde fgh23" and "ABCDE-FGH23" are the same code. */
	static String normal(String kode) {
		return kode == null ? "" : kode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

}
