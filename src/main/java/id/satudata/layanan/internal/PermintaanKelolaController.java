package id.satudata.layanan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
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

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;

/**
 * The service desk's requests: the inbox (what waits for me, with the working time waited against
 * the target), all open requests, recording a request that came by another channel, a request's
 * page with its disposition sheet, and the steps. URL rules admit the four service roles and
 * administrators; {@link PermintaanService} checks the organization and the step.
 */
@Controller
@RequestMapping("/kelola/layanan")
@PreAuthorize("hasAnyRole('KEPALA_DINAS', 'KEPALA_BIDANG', 'SUB_KOORDINATOR', 'PETUGAS_LAYANAN', 'ADMIN')")
class PermintaanKelolaController {

	private final PermintaanService service;
	private final LayananAkses akses;
	private final JejakLayanan jejak;
	private final BerkasLayanan berkas;
	private final JamLayanan jam;
	private final OrganisasiDirectory organisasi;
	private final Flash flash;
	private final WorkingCalendar calendar;
	private final Clock clock;

	PermintaanKelolaController(PermintaanService service, LayananAkses akses, JejakLayanan jejak, BerkasLayanan berkas,
			JamLayanan jam, OrganisasiDirectory organisasi, Flash flash, WorkingCalendar calendar, Clock clock) {
		this.service = service;
		this.akses = akses;
		this.jejak = jejak;
		this.berkas = berkas;
		this.jam = jam;
		this.organisasi = organisasi;
		this.flash = flash;
		this.calendar = calendar;
		this.clock = clock;
	}

	@InitBinder("permintaanForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields(PermintaanForm.FIELDS_STAF);
	}

	@GetMapping
	String kotakMasuk(@RequestParam(defaultValue = "saya") String tampil, Model model) {
		List<Permintaan> daftar = switch (tampil) {
			case "semua" -> service.terbukaSemua();
			case "terbaru" -> service.terbaru();
			default -> service.kotakMasuk();
		};
		Instant now = clock.instant();
		Map<Long, JamLayanan.Timer> timer = new LinkedHashMap<>();
		daftar.forEach(p -> timer.put(p.getId(), jam.timer(p, now)));
		model.addAttribute("daftar", daftar);
		model.addAttribute("timer", timer);
		model.addAttribute("tampil", List.of("semua", "terbaru").contains(tampil) ? tampil : "saya");
		model.addAttribute("bolehCatat", !akses.organisasiStaf().isEmpty());
		return "layanan/kelola/kotak-masuk";
	}

	@GetMapping("/baru")
	String baru(Model model) {
		PermintaanForm form = new PermintaanForm();
		akses.organisasiStaf().stream().findFirst().ifPresent(form::setOrganisasiId);
		form.setDiterimaPada(LocalDateTime.ofInstant(clock.instant(), calendar.zone()).truncatedTo(ChronoUnit.MINUTES)
			.toString());
		model.addAttribute("permintaanForm", form);
		return formPage(model);
	}

	@PostMapping("/baru")
	String catat(@ModelAttribute("permintaanForm") PermintaanForm form, BindingResult result,
			@RequestParam(name = "lampiran", required = false) List<MultipartFile> lampiran, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				PermintaanService.TiketBaru t = service.catat(form, LayananPublikController.berkas(lampiran));
				flash.success(redirect, "layanan.sukses.dicatat", t.permintaan().getNomor(), t.kode());
				return "redirect:/kelola/layanan/" + t.permintaan().getNomor();
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return formPage(model);
	}

	private String formPage(Model model) {
		model.addAttribute("organisasiPilihan", organisasi.semuaOrganisasi().stream()
			.filter(o -> akses.organisasiStaf().contains(o.id())).toList());
		model.addAttribute("jenisPilihan", JenisLayanan.values());
		model.addAttribute("kanalPilihan", List.of(KanalPermintaan.EMAIL, KanalPermintaan.TELEPON, KanalPermintaan.CHAT,
				KanalPermintaan.SURAT, KanalPermintaan.DATANG_LANGSUNG));
		model.addAttribute("terimaBerkas", "." + String.join(",.", BerkasLayanan.semuaJenis()));
		return "layanan/kelola/permintaan-baru";
	}

	@GetMapping("/{nomor}")
	String detail(@PathVariable String nomor, Model model) {
		Permintaan p = service.lihat(nomor);
		model.addAttribute("p", p);
		model.addAttribute("organisasi", organisasi.organisasi(p.getOrganisasiId()).map(OrganisasiRef::nama).orElse(""));
		model.addAttribute("timer", jam.timer(p, clock.instant()));
		model.addAttribute("riwayat", jejak.riwayat(RiwayatLayanan.PERMINTAAN, p.getId()));
		model.addAttribute("lampiran", berkas.daftar(RiwayatLayanan.PERMINTAAN, p.getId()));
		model.addAttribute("aksi", service.aksiTersedia(p).stream().map(Enum::name).toList());
		model.addAttribute("calonPenerima", service.calonPenerima(p));
		model.addAttribute("tingkatBawah", p.getStatus().tingkatDisposisi().flatMap(TingkatLayanan::bawahan).orElse(null));
		model.addAttribute("sla", service.sla(p));
		model.addAttribute("bolehKodeBaru", !akses.tingkatDi(p.getOrganisasiId()).isEmpty());
		return "layanan/kelola/permintaan";
	}

	@PostMapping("/{nomor}/aksi")
	String aksi(@PathVariable String nomor, @RequestParam AksiPermintaan aksi,
			@RequestParam(required = false) String catatan, @RequestParam(required = false) Long kepadaId,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		try {
			Permintaan p = service.jalankan(nomor, aksi, catatan, kepadaId, version);
			flash.success(redirect, "layanan.sukses." + aksi.name(), nomor);
			if (!service.aksiTersedia(p).isEmpty()) {
				return "redirect:/kelola/layanan/" + nomor;
			}
			return "redirect:/kelola/layanan";
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:/kelola/layanan/" + nomor;
		}
	}

	@PostMapping("/{nomor}/kode-baru")
	String kodeBaru(@PathVariable String nomor, RedirectAttributes redirect) {
		flash.success(redirect, "layanan.sukses.kodeBaru", nomor, service.kodeBaru(nomor));
		return "redirect:/kelola/layanan/" + nomor;
	}

	@GetMapping("/{nomor}/lampiran/{uuid}")
	ResponseEntity<InputStreamResource> lampiran(@PathVariable String nomor, @PathVariable String uuid) {
		Permintaan p = service.lihat(nomor);
		LampiranLayanan l = berkas.daftar(RiwayatLayanan.PERMINTAAN, p.getId()).stream()
			.filter(x -> x.getUuid().equals(uuid)).findFirst()
			.orElseThrow(() -> new id.satudata.shared.web.NotFoundException("layanan.galat.lampiranTidakAda"));
		return PelacakanController.unduh(berkas, l);
	}

}
