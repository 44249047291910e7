package id.satudata.organisasi.akun;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.satudata.organisasi.pengguna.Pengguna;
import id.satudata.organisasi.pengguna.PenggunaService;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.web.DashboardCard;
import id.satudata.shared.web.DashboardContributor;

/** The back-office home: who you are, the roles you hold where, and what waits for you. */
@Controller
class BerandaKelolaController {

	private final CurrentUser currentUser;
	private final PenggunaService pengguna;
	private final List<DashboardContributor> contributors;

	BerandaKelolaController(CurrentUser currentUser, PenggunaService pengguna, List<DashboardContributor> contributors) {
		this.currentUser = currentUser;
		this.pengguna = pengguna;
		this.contributors = contributors;
	}

	@GetMapping("/kelola")
	String home(Model model) {
		Pengguna p = pengguna.muat(currentUser.require().getId());
		model.addAttribute("pengguna", p);
		model.addAttribute("penugasan", pengguna.penugasan(p));
		List<DashboardCard> cards = contributors.stream().flatMap(c -> c.cards().stream()).toList();
		model.addAttribute("kartu", cards);
		return "organisasi/kelola-beranda";
	}

}
