package id.satudata.layanan.rekomendasi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.layanan.tiket.BerkasMasuk;
import id.satudata.layanan.tiket.JamLayanan;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.UserFacingException;

/**
 * Recommendations of sectoral statistical activities in the back office: the list, a new request,
 * the agency's file (letter fields, MS-Keg, questionnaire) and the Pembina Data's examination
 * (checklist, return with notes, layak with the recommendation letter); the documents are served by
 * {@link RekomendasiDokumenController}. {@link RekomendasiService} and {@link BerkasRekomendasi}
 * check every step against the user's part in the request.
 */
@Controller
@RequestMapping("/kelola/rekomendasi")
@PreAuthorize("hasAnyRole('PRODUSEN_DATA', 'WALIDATA_PENDUKUNG', 'PEMBINA_DATA', 'WALIDATA', 'KEPALA_DINAS', "
		+ "'KEPALA_BIDANG', 'SUB_KOORDINATOR', 'PETUGAS_LAYANAN', 'ADMIN')")
class RekomendasiController {

	private final RekomendasiService service;
	private final BerkasRekomendasi file;
	private final RekomendasiAkses akses;
	private final KabarRekomendasi kabar;
	private final HalamanRekomendasi halaman;
	private final Flash flash;
	private final WorkingCalendar calendar;
	private final Clock clock;

	RekomendasiController(RekomendasiService service, BerkasRekomendasi file, RekomendasiAkses akses,
			KabarRekomendasi kabar, HalamanRekomendasi halaman, Flash flash, WorkingCalendar calendar, Clock clock) {
		this.service = service;
		this.file = file;
		this.akses = akses;
		this.kabar = kabar;
		this.halaman = halaman;
		this.flash = flash;
		this.calendar = calendar;
		this.clock = clock;
	}

	@InitBinder("rekomendasiForm")
	void bindSurat(WebDataBinder binder) {
		binder.setAllowedFields(RekomendasiForm.FIELDS);
	}

	@InitBinder("keputusanForm")
	void bindKeputusan(WebDataBinder binder) {
		binder.setAllowedFields(KeputusanForm.FIELDS);
	}

	@GetMapping
	String daftar(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<Rekomendasi> daftar = service.daftar(page);
		Instant now = clock.instant();
		Map<Long, JamLayanan.Timer> timer = new HashMap<>();
		daftar.forEach(r -> timer.put(r.getId(), kabar.timer(r, now)));
		model.addAttribute("daftar", daftar.getContent());
		model.addAttribute("timer", timer);
		model.addAttribute("halaman", daftar.getNumber());
		model.addAttribute("jumlahHalaman", daftar.getTotalPages());
		model.addAttribute("bolehBuat", !akses.unitPemohon().isEmpty());
		return "layanan/kelola/rekomendasi-daftar";
	}

	@GetMapping("/baru")
	String baru(Model model) {
		RekomendasiForm form = new RekomendasiForm();
		List<UnitRef> units = akses.unitPemohon();
		if (!units.isEmpty()) {
			UnitRef u = units.get(0);
			form.setPemohonUnitId(u.id());
			form.setUnitPenyelenggara(u.nama());
			akses.unitPembina(u.organisasiId()).ifPresent(b -> form.setTembusan("Kepala " + b.nama()));
		}
		form.setTanggalSurat(LocalDate.now(clock.withZone(calendar.zone())).toString());
		model.addAttribute("rekomendasiForm", form);
		return formBaru(model);
	}

	@PostMapping("/baru")
	String buat(@ModelAttribute("rekomendasiForm") RekomendasiForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Rekomendasi r = file.buat(form);
				flash.success(redirect, "rekomendasi.sukses.dibuat", r.getNomor());
				return "redirect:" + RekomendasiService.tautan(r.getNomor());
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return formBaru(model);
	}

	private String formBaru(Model model) {
		model.addAttribute("unitPilihan", akses.unitPemohon());
		return "layanan/kelola/rekomendasi-baru";
	}

	@GetMapping("/{nomor}")
	String detail(@PathVariable String nomor, Model model) {
		return halaman(nomor, model);
	}

	/** The request's page; a form already in the model (with its errors) is shown as it is. */
	private String halaman(String nomor, Model model) {
		halaman.isi(model, service.lihat(nomor));
		return "layanan/kelola/rekomendasi";
	}

	/** The letter's fields: a field's refusal is shown on the form; any other refusal as a message. */
	@PostMapping("/{nomor}/surat")
	String ubahSurat(@PathVariable String nomor, @ModelAttribute("rekomendasiForm") RekomendasiForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			file.ubahSurat(nomor, form);
			flash.success(redirect, "umum.tersimpan");
		}
		catch (UserFacingException e) {
			if (e.getStatus() == HttpStatus.BAD_REQUEST) {
				FormErrors.apply(result, e);
				return halaman(nomor, model);
			}
			flash.error(redirect, e);
		}
		return "redirect:" + RekomendasiService.tautan(nomor) + "#surat";
	}

	@PostMapping("/{nomor}/kuesioner")
	String kuesioner(@PathVariable String nomor, @RequestParam(required = false) MultipartFile kuesioner,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, RekomendasiService.tautan(nomor) + "#kuesioner", () -> {
			file.unggahKuesioner(nomor, kuesioner == null || kuesioner.isEmpty() ? null : BerkasMasuk.dari(kuesioner));
			flash.success(redirect, "rekomendasi.sukses.kuesioner");
		});
	}

	@PostMapping("/{nomor}/ms-keg")
	String msKeg(@PathVariable String nomor) {
		return "redirect:" + file.tautanMsKeg(nomor);
	}

	@PostMapping("/{nomor}/aksi")
	String aksi(@PathVariable String nomor, @RequestParam AksiRekomendasi aksi,
			@RequestParam(required = false) String catatan, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, RekomendasiService.tautan(nomor), () -> {
			service.jalankan(nomor, aksi, catatan, version);
			flash.success(redirect, "rekomendasi.sukses." + aksi.name(), nomor);
		});
	}

	@PostMapping("/{nomor}/pemeriksaan")
	String pemeriksaan(@PathVariable String nomor, @RequestParam Map<String, String> isian, RedirectAttributes redirect) {
		Map<ButirPemeriksaan, Boolean> terpenuhi = new EnumMap<>(ButirPemeriksaan.class);
		Map<ButirPemeriksaan, String> catatan = new EnumMap<>(ButirPemeriksaan.class);
		for (ButirPemeriksaan b : ButirPemeriksaan.values()) {
			terpenuhi.put(b, "true".equals(isian.get("terpenuhi_" + b.name())));
			catatan.put(b, isian.get("catatan_" + b.name()));
		}
		return flash.attempt(redirect, RekomendasiService.tautan(nomor) + "#pemeriksaan", () -> {
			service.simpanPemeriksaan(nomor, terpenuhi, catatan);
			flash.success(redirect, "rekomendasi.sukses.pemeriksaan");
		});
	}

	/** Layak: a field the decision lacks is shown on its form; any other refusal as a message. */
	@PostMapping("/{nomor}/layak")
	String layak(@PathVariable String nomor, @ModelAttribute("keputusanForm") KeputusanForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		try {
			Rekomendasi r = service.nyatakanLayak(nomor, form, version);
			flash.success(redirect, "rekomendasi.sukses.layak", nomor, r.getNomorRekomendasi());
			return "redirect:" + RekomendasiService.tautan(nomor);
		}
		catch (InvalidFieldException e) {
			FormErrors.apply(result, e);
			return halaman(nomor, model);
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:" + RekomendasiService.tautan(nomor) + "#keputusan";
		}
	}

}
