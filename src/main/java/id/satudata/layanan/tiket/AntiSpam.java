package id.satudata.layanan.tiket;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import id.satudata.layanan.internal.LayananProperties;
import id.satudata.shared.web.UserFacingException;

/**
 * Guards the anonymous forms and the tracking page: a honeypot field that people never see (bots
 * fill it), a limit of submissions per client address per hour, and limits of failed tracking
 * attempts per address and per ticket (so a ticket's code cannot be guessed from many addresses
 * either). The client address is the connection's ({@code X-Forwarded-For} counts only when the
 * installation trusts its proxy, {@code SATUDATA_FORWARD_HEADERS=native}).
 */
@Component
public class AntiSpam {

	public static final String HONEYPOT = "situs";
	private static final Duration JAM = Duration.ofHours(1);

	private final Percobaan percobaan;
	private final LayananProperties properties;

	AntiSpam(Percobaan percobaan, LayananProperties properties) {
		this.percobaan = percobaan;
		this.properties = properties;
	}

	/** Refuses a bot (honeypot filled) or an address over its hourly limit of filed tickets. */
	void ajuan(HttpServletRequest request, String honeypot) {
		if (honeypot != null && !honeypot.isEmpty()) {
			throw new UserFacingException(HttpStatus.BAD_REQUEST, "layanan.galat.ditolakOtomatis");
		}
		if (percobaan.habis("ajuan:" + request.getRemoteAddr(), properties.antiSpam().ajuanPerJam(), JAM)) {
			throw new UserFacingException(HttpStatus.TOO_MANY_REQUESTS, "layanan.galat.terlaluSering");
		}
	}

	/** Counts a filed ticket against the address's hourly limit (a refused form does not count). */
	void diajukan(HttpServletRequest request) {
		percobaan.catat("ajuan:" + request.getRemoteAddr());
	}

	/** Refuses tracking while the address or the ticket has too many failed attempts. */
	void bolehLacak(HttpServletRequest request, String nomor) {
		if (percobaan.habis("lacak:" + request.getRemoteAddr(), properties.antiSpam().lacakGagalPerJam(), JAM)
				|| percobaan.habis("lacak-tiket:" + nomor, properties.antiSpam().lacakGagalPerTiket(), JAM)) {
			throw new UserFacingException(HttpStatus.TOO_MANY_REQUESTS, "layanan.galat.terlaluSeringLacak");
		}
	}

	void lacakGagal(HttpServletRequest request, String nomor) {
		percobaan.catat("lacak:" + request.getRemoteAddr());
		percobaan.catat("lacak-tiket:" + nomor);
	}

}
