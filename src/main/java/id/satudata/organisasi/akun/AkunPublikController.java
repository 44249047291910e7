package id.satudata.organisasi.akun;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.organisasi.pengguna.AkunPublikService;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.Messages;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * The public account pages: "forgot password" (the same answer for every address), setting a new
 * password with the e-mailed link, registration as Pengguna terdaftar and the verification link.
 * The links are spent by a POST only (mail scanners that open links spend nothing).
 */
@Controller
class AkunPublikController {

	/** The label of each field, to name it in an error. */
	private static final Map<String, String> LABEL = Map.of("username", "daftar.username", "namaLengkap",
			"daftar.namaLengkap", "email", "daftar.email", "password", "login.password", "passwordBaru", "password.baru",
			"konfirmasi", "password.konfirmasi");

	private final AkunPublikService service;
	private final Messages messages;
	private final Flash flash;

	AkunPublikController(AkunPublikService service, Messages messages, Flash flash) {
		this.service = service;
		this.messages = messages;
		this.flash = flash;
	}

	// ---- forgot password -----------------------------------------------------------------------

	@GetMapping("/masuk/lupa")
	String lupa() {
		return "organisasi/lupa-password";
	}

	@PostMapping("/masuk/lupa")
	String mintaReset(@RequestParam(required = false) String email, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			service.mintaReset(email, request.getRemoteAddr());
		}
		catch (UserFacingException e) {
			return galat(e, response, model, "organisasi/lupa-password");
		}
		return "redirect:/masuk/lupa?terkirim";
	}

	@GetMapping("/masuk/atur-ulang")
	String aturUlangForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("berlaku", service.resetBerlaku(token));
		return "organisasi/atur-ulang-password";
	}

	@PostMapping("/masuk/atur-ulang")
	String aturUlang(@RequestParam(required = false) String token, @RequestParam(required = false) String passwordBaru,
			@RequestParam(required = false) String konfirmasi, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			service.aturUlang(token, passwordBaru, konfirmasi);
		}
		catch (UserFacingException e) {
			model.addAttribute("token", token);
			model.addAttribute("berlaku", e instanceof InvalidFieldException);
			return galat(e, response, model, "organisasi/atur-ulang-password");
		}
		flash.success(redirect, "reset.sukses");
		return "redirect:/masuk";
	}

	// ---- registration --------------------------------------------------------------------------

	@GetMapping("/daftar")
	String daftarForm(Model model) {
		dibuka();
		return "organisasi/daftar";
	}

	@PostMapping("/daftar")
	String daftar(@RequestParam(required = false) String username, @RequestParam(required = false) String namaLengkap,
			@RequestParam(required = false) String email, @RequestParam(required = false) String password,
			@RequestParam(required = false) String konfirmasi, @RequestParam(required = false) String situs,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		dibuka();
		try {
			service.daftar(new AkunPublikService.Pendaftaran(username, namaLengkap, email, password, konfirmasi, situs),
					request.getRemoteAddr());
		}
		catch (UserFacingException e) {
			model.addAttribute("isian", new AkunPublikService.Pendaftaran(username, namaLengkap, email, null, null, null));
			return galat(e, response, model, "organisasi/daftar");
		}
		return "redirect:/daftar?terkirim";
	}

	@GetMapping("/daftar/verifikasi")
	String verifikasiForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("berlaku", service.verifikasiBerlaku(token));
		return "organisasi/daftar-verifikasi";
	}

	@PostMapping("/daftar/verifikasi")
	String verifikasi(@RequestParam(required = false) String token, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			service.verifikasi(token);
		}
		catch (UserFacingException e) {
			model.addAttribute("berlaku", false);
			return galat(e, response, model, "organisasi/daftar-verifikasi");
		}
		flash.success(redirect, "daftar.sukses.terverifikasi");
		return "redirect:/masuk";
	}

	private void dibuka() {
		if (!service.pendaftaranDibuka()) {
			throw new NotFoundException("daftar.galat.ditutup");
		}
	}

	private String galat(UserFacingException e, HttpServletResponse response, Model model, String view) {
		// a field to correct: the form again (200); otherwise the refusal's status (400, 404, 429)
		response.setStatus(e instanceof InvalidFieldException ? 200 : e.getStatus().value());
		String pesan = messages.get(e);
		if (e instanceof InvalidFieldException f) {
			model.addAttribute("galatField", f.getField());
			String label = LABEL.get(f.getField());
			pesan = label == null ? pesan : messages.get(label) + ": " + pesan;
		}
		model.addAttribute("galat", pesan);
		return view;
	}

}
