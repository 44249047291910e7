package id.satudata.layanan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	private final PermintaanService permintaan;
	private final RekomendasiService rekomendasi;
	private final PengaduanService pengaduan;
	private final PermintaanRepository permintaanRepository;
	private final PengaduanRepository pengaduanRepository;
	private final JamLayanan jam;
	private final Clock clock;

	TimerController(PermintaanService permintaan, RekomendasiService rekomendasi, PengaduanService pengaduan,
			PermintaanRepository permintaanRepository, PengaduanRepository pengaduanRepository, JamLayanan jam,
			Clock clock) {
		this.permintaan = permintaan;
		this.rekomendasi = rekomendasi;
		this.pengaduan = pengaduan;
		this.permintaanRepository = permintaanRepository;
		this.pengaduanRepository = pengaduanRepository;
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
				JamLayanan.Timer t = timer(k, now);
				if (t != null) {
					out.put(k, new Jam(t.teks(), t.terlambat()));
				}
			}
			catch (UserFacingException | org.springframework.security.access.AccessDeniedException | NumberFormatException e) {
				// not this user's ticket, or not a ticket: left out
			}
		}
		return out;
	}

	private JamLayanan.Timer timer(String k, Instant now) {
		if (k.length() < 2) {
			return null;
		}
		long id = Long.parseLong(k.substring(1));
		return switch (k.charAt(0)) {
			case 'P' -> permintaanRepository.findById(id).map(p -> jam.timer(permintaan.lihat(p.getNomor()), now)).orElse(null);
			case 'A' -> pengaduanRepository.findById(id).map(a -> jam.timer(pengaduan.lihat(a.getNomor()), now)).orElse(null);
			case 'R' -> jam.timer(rekomendasi.lihat(id), now);
			default -> null;
		};
	}

}
