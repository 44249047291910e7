package id.satudata.layanan.tiket;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.satudata.shared.web.UserFacingException;

/**
 * Fresh clocks for the open tickets on a page ({@code layanan.js} asks every half minute): key →
 * text and whether it is late, computed on the server in working time. Tickets the user may not
 * see are left out.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class TimerController {

	private static final int MAKS = 200;

	private final List<JenisTiket<?>> tiket;
	private final List<SumberTenggat> lain;
	private final TiketLayanan layanan;
	private final JamLayanan jam;
	private final Clock clock;

	TimerController(List<JenisTiket<?>> tiket, List<SumberTenggat> lain, TiketLayanan layanan, JamLayanan jam,
			Clock clock) {
		this.tiket = List.copyOf(tiket);
		this.lain = List.copyOf(lain);
		this.layanan = layanan;
		this.jam = jam;
		this.clock = clock;
	}

	record Jam(String teks, boolean terlambat) {
	}

	@GetMapping("/kelola/timer-layanan")
	Map<String, Jam> timer(@RequestParam(name = "k", required = false) List<String> kunci) {
		Map<String, Jam> out = new LinkedHashMap<>();
		if (kunci == null) {
			return out;
		}
		Instant now = clock.instant();
		for (String k : kunci.stream().distinct().limit(MAKS).toList()) {
			try {
				timer(k, now).ifPresent(t -> out.put(k, new Jam(t.teks(), t.terlambat())));
			}
			catch (UserFacingException | AccessDeniedException | NumberFormatException e) {
				// not this user's ticket, or not a ticket: left out
			}
		}
		return out;
	}

	private Optional<JamLayanan.Timer> timer(String k, Instant now) {
		if (k.length() < 2) {
			return Optional.empty();
		}
		long id = Long.parseLong(k.substring(1));
		for (JenisTiket<?> j : tiket) {
			if (j.sebutan().kunciTimer() == k.charAt(0)) {
				return timer(j, id, now);
			}
		}
		return lain.stream().filter(s -> s.kunciTimer() == k.charAt(0)).findFirst().flatMap(s -> s.timer(id, now));
	}

	private <T extends Tiket<?, ?>> Optional<JamLayanan.Timer> timer(JenisTiket<T> j, long id, Instant now) {
		return j.repository().findById(id).map(t -> jam.timer(j, layanan.lihat(j, t.getNomor()), now));
	}

}
