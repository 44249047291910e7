package id.satudata.layanan.tiket;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.shared.web.Flash;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * Following a ticket without an account: the ticket number plus its tracking code, posted (never
 * in the address, so it stays out of logs and Referer headers). A matching pair opens the ticket
 * for this browser session; a wrong code and an unknown number get the same answer, and failed
 * attempts are limited per address and per ticket. The e-mailed link carries the code after
 * {@code #}, which the browser never sends; {@code layanan.js} puts it into the form.
 */
@Controller
class PelacakanController {

	/** Session attribute: the tickets opened in this session, number → code (at most {@link #MAKS}). */
	static final String SESI = "layanan-lacak";
	private static final int MAKS = 20;

	private final LayananPemohon pemohon;
	private final BerkasLayanan berkas;
	private final AntiSpam antiSpam;
	private final Flash flash;

	PelacakanController(LayananPemohon pemohon, BerkasLayanan berkas, AntiSpam antiSpam, Flash flash) {
		this.pemohon = pemohon;
		this.berkas = berkas;
		this.antiSpam = antiSpam;
		this.flash = flash;
	}

	/** The ticket number and tracking code, shown once after filing (flash attributes). */
	@GetMapping("/layanan/terkirim")
	String terkirim(Model model) {
		if (!model.containsAttribute("nomorBaru")) {
			return "redirect:/layanan/lacak";
		}
		return "layanan/publik/terkirim";
	}

	@GetMapping("/layanan/lacak")
	String form(@RequestParam(required = false) String nomor, Model model) {
		model.addAttribute("nomor", nomor == null ? "" : nomor.strip().toUpperCase(Locale.ROOT));
		return "layanan/publik/lacak";
	}

	@PostMapping("/layanan/lacak")
	String lacak(@RequestParam(required = false) String nomor, @RequestParam(required = false) String kode,
			HttpServletRequest request, HttpSession session, Model model) {
		String n = nomor == null ? "" : nomor.strip().toUpperCase(Locale.ROOT);
		model.addAttribute("nomor", n);
		try {
			antiSpam.bolehLacak(request, n);
			pemohon.denganKode(n, kode);
		}
		catch (NotFoundException e) {
			antiSpam.lacakGagal(request, n);
			model.addAttribute("galat", "layanan.galat.tiketTidakCocok");
			return "layanan/publik/lacak";
		}
		catch (UserFacingException e) {
			model.addAttribute("galat", e.getMessageKey());
			return "layanan/publik/lacak";
		}
		simpan(session, n, KodeLacak.normal(kode));
		return "redirect:/layanan/lacak/" + n;
	}

	@GetMapping("/layanan/lacak/{nomor}")
	String tiket(@PathVariable String nomor, HttpSession session, Model model) {
		String kode = kode(session, nomor);
		if (kode == null) {
			return "redirect:/layanan/lacak?nomor=" + nomor;
		}
		try {
			model.addAttribute("t", pemohon.denganKode(nomor, kode));
		}
		catch (NotFoundException e) {
			// the service desk gave the requester a new code: this session's one no longer opens it
			simpan(session, nomor, null);
			return "redirect:/layanan/lacak?nomor=" + nomor;
		}
		model.addAttribute("aksiNilai", "/layanan/lacak/" + nomor + "/nilai");
		model.addAttribute("tautanLampiran", "/layanan/lacak/" + nomor + "/lampiran/");
		return "layanan/publik/tiket";
	}

	@PostMapping("/layanan/lacak/{nomor}/nilai")
	String nilai(@PathVariable String nomor, @RequestParam(required = false) Integer nilai,
			@RequestParam(required = false) String komentar, HttpSession session, RedirectAttributes redirect) {
		String kode = kode(session, nomor);
		if (kode == null) {
			return "redirect:/layanan/lacak?nomor=" + nomor;
		}
		return flash.attempt(redirect, "/layanan/lacak/" + nomor, () -> {
			pemohon.nilaiDenganKode(nomor, kode, nilai, komentar);
			flash.success(redirect, "layanan.sukses.dinilai");
		});
	}

	@GetMapping("/layanan/lacak/{nomor}/lampiran/{uuid}")
	ResponseEntity<InputStreamResource> lampiran(@PathVariable String nomor, @PathVariable String uuid,
			HttpSession session) {
		String kode = kode(session, nomor);
		if (kode == null) {
			throw new NotFoundException("layanan.galat.lampiranTidakAda");
		}
		return berkas.download(pemohon.lampiran(pemohon.denganKode(nomor, kode), uuid));
	}

	/**
	 * The rating link of the resolution e-mail: a single-use token in the address, which grants
	 * nothing but rating this ticket once (no personal data is shown on the page).
	 */
	@GetMapping("/layanan/nilai/{nomor}")
	String tautanNilai(@PathVariable String nomor, @RequestParam(required = false) String t, HttpServletRequest request,
			Model model) {
		return halamanNilai(nomor, t, request, model, false, () -> {
			pemohon.periksaTautanNilai(nomor, t);
			model.addAttribute("sah", true);
		});
	}

	@PostMapping("/layanan/nilai/{nomor}")
	String nilaiLewatTautan(@PathVariable String nomor, @RequestParam(required = false) String t,
			@RequestParam(required = false) Integer nilai, @RequestParam(required = false) String komentar,
			HttpServletRequest request, Model model) {
		return halamanNilai(nomor, t, request, model, true, () -> {
			pemohon.nilaiDenganTautan(nomor, t, nilai, komentar);
			model.addAttribute("terkirim", true);
		});
	}

	/**
	 * The rating page of a link: a wrong, used or unknown link counts as a failed attempt; any other
	 * refusal (e.g. no rating chosen) keeps the form when {@code tetapSah}.
	 */
	private String halamanNilai(String nomor, String token, HttpServletRequest request, Model model, boolean tetapSah,
			Runnable aksi) {
		model.addAttribute("nomor", nomor);
		model.addAttribute("t", token);
		try {
			antiSpam.bolehLacak(request, nomor);
			aksi.run();
		}
		catch (NotFoundException e) {
			antiSpam.lacakGagal(request, nomor);
			model.addAttribute("galat", "layanan.galat.tautanNilai");
		}
		catch (UserFacingException e) {
			if (tetapSah) {
				model.addAttribute("sah", true);
			}
			model.addAttribute("galat", e.getMessageKey());
		}
		return "layanan/publik/nilai";
	}

	@PostMapping("/layanan/lacak/{nomor}/tutup")
	String lupakan(@PathVariable String nomor, HttpSession session) {
		simpan(session, nomor, null);
		return "redirect:/layanan/lacak";
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> dibuka(HttpSession session) {
		return session.getAttribute(SESI) instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
	}

	private static String kode(HttpSession session, String nomor) {
		return dibuka(session).get(nomor);
	}

	/** Sets a changed copy, so a database-backed session saves it; the oldest ticket goes beyond {@link #MAKS}. */
	private static void simpan(HttpSession session, String nomor, String kode) {
		LinkedHashMap<String, String> map = new LinkedHashMap<>(dibuka(session));
		map.remove(nomor);
		if (kode != null) {
			map.put(nomor, kode);
		}
		while (map.size() > MAKS) {
			map.remove(map.keySet().iterator().next());
		}
		session.setAttribute(SESI, map);
	}

}
