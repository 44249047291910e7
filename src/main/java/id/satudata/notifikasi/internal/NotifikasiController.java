package id.satudata.notifikasi.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.web.NotFoundException;

/** The user's own notifications: the list, opening one (marks it read), marking all read. */
@Controller
@RequestMapping("/kelola/notifikasi")
@PreAuthorize("isAuthenticated()")
class NotifikasiController {

	private static final int PAGE_SIZE = 30;

	private final PesanNotifikasiRepository repository;
	private final TeksNotifikasi teks;
	private final CurrentUser currentUser;
	private final Clock clock;

	NotifikasiController(PesanNotifikasiRepository repository, TeksNotifikasi teks, CurrentUser currentUser,
			Clock clock) {
		this.repository = repository;
		this.teks = teks;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** A notification as listed. */
	record Baris(long id, String teks, String tautan, Instant waktu, boolean dibaca, String jenis) {
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(defaultValue = "false") boolean belumDibaca, @RequestParam(defaultValue = "0") int page,
			Model model) {
		long me = currentUser.require().getId();
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		Page<PesanNotifikasi> found = belumDibaca
				? repository.findByPenggunaIdAndDibacaPadaIsNullOrderByDibuatPadaDescIdDesc(me, request)
				: repository.findByPenggunaIdOrderByDibuatPadaDescIdDesc(me, request);
		Locale locale = LocaleContextHolder.getLocale();
		List<Baris> rows = found.getContent().stream().map(p -> new Baris(p.getId(), teks.teks(p, locale),
				p.getTautan(), p.getDibuatPada(), p.isDibaca(), p.getJenis())).toList();
		model.addAttribute("baris", rows);
		model.addAttribute("halamanNotifikasi", found);
		model.addAttribute("belumDibaca", belumDibaca);
		return "notifikasi/daftar";
	}

	@PostMapping("/{id}/buka")
	@Transactional
	String open(@PathVariable long id) {
		PesanNotifikasi p = own(id);
		p.tandaiDibaca(Instant.now(clock));
		repository.save(p);
		return "redirect:" + (p.getTautan() == null ? "/kelola/notifikasi" : p.getTautan());
	}

	@PostMapping("/baca-semua")
	@Transactional
	String readAll() {
		repository.tandaiSemuaDibaca(currentUser.require().getId(), Instant.now(clock));
		return "redirect:/kelola/notifikasi";
	}

	private PesanNotifikasi own(long id) {
		long me = currentUser.require().getId();
		return repository.findById(id).filter(p -> p.getPenggunaId() != null && p.getPenggunaId() == me)
			.orElseThrow(NotFoundException::new);
	}

}
