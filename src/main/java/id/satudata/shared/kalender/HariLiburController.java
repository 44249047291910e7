package id.satudata.shared.kalender;

import java.time.LocalDate;
import java.time.Year;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.shared.web.Flash;
import id.satudata.shared.web.MenuItem;
import id.satudata.shared.web.UserFacingException;

/** The administrator's list of holidays and collective leave days, per year. */
@Controller
@RequestMapping("/kelola/admin/hari-libur")
@PreAuthorize("hasRole('ADMIN')")
class HariLiburController {

	private final HariLiburService service;
	private final KalenderProperties properties;
	private final Flash flash;

	HariLiburController(HariLiburService service, KalenderProperties properties, Flash flash) {
		this.service = service;
		this.properties = properties;
		this.flash = flash;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer tahun, Model model) {
		int year = tahun == null ? Year.now(properties.zone()).getValue() : Math.max(2000, Math.min(tahun, 2100));
		model.addAttribute("tahun", year);
		model.addAttribute("hariLibur", service.list(year));
		model.addAttribute("semuaJenis", JenisHariLibur.values());
		model.addAttribute("kalender", properties);
		return "kalender/hari-libur";
	}

	@PostMapping
	String add(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
			@RequestParam(required = false) String nama, @RequestParam(required = false) JenisHariLibur jenis,
			RedirectAttributes redirect) {
		try {
			service.add(tanggal, nama, jenis);
			flash.success(redirect, "kalender.sukses.ditambah");
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
		}
		return "redirect:/kelola/admin/hari-libur" + (tanggal == null ? "" : "?tahun=" + tanggal.getYear());
	}

	@PostMapping("/hapus")
	String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
			RedirectAttributes redirect) {
		try {
			service.remove(tanggal);
			flash.success(redirect, "kalender.sukses.dihapus");
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
		}
		return "redirect:/kelola/admin/hari-libur?tahun=" + tanggal.getYear();
	}

	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		MenuItem hariLiburMenuItem() {
			return MenuItem.of("menu.grup.admin", "menu.hariLibur", "/kelola/admin/hari-libur", "calendar-x", 930,
					"ADMIN");
		}

	}

}
