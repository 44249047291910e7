package id.satudata.layanan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
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

/** The service desk's complaints: inbox by urgency, recording from other channels, a complaint's page and steps. */
@Controller
@RequestMapping("/kelola/pengaduan")
@PreAuthorize("hasAnyRole('KEPALA_DINAS', 'KEPALA_BIDANG', 'SUB_KOORDINATOR', 'PETUGAS_LAYANAN', 'ADMIN')")
class PengaduanKelolaController {

	private final PengaduanService service;
	private final LayananAkses akses;
	private final JejakLayanan jejak;
	private final BerkasLayanan berkas;
	private final JamLayanan jam;
	private final OrganisasiDirectory organisasi;
	private final LayananProperties properties;
	private final Flash flash;
	private final WorkingCalendar calendar;
	private final Clock clock;

	PengaduanKelolaController(PengaduanService service, LayananAkses akses, JejakLayanan jejak, BerkasLayanan berkas,
			JamLayanan jam, OrganisasiDirectory organisasi, LayananProperties properties, Flash flash,
			WorkingCalendar calendar, Clock clock) {
		this.service = service;
		this.akses = akses;
		this.jejak = jejak;
		this.berkas = berkas;
		this.jam = jam;
		this.organisasi = organisasi;
		this.properties = properties;
		this.flash = flash;
		this.calendar = calendar;
		this.clock = clock;
	}

	@InitBinder("pengaduanForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields(PengaduanForm.FIELDS_STAF);
	}

	@GetMapping
	String daftar(@RequestParam(defaultValue = "saya") String tampil, Model model) {
		List<Pengaduan> daftar = switch (tampil) {
			case "semua" -> service.terbukaSemua();
			case "terbaru" -> service.terbaru();
			default -> service.kotakMasuk();
		};
		Instant now = clock.instant();
		Map<Long, JamLayanan.Timer> timer = new LinkedHashMap<>();
		daftar.forEach(a -> timer.put(a.getId(), jam.timer(a, now)));
		model.addAttribute("daftar", daftar);
		model.addAttribute("timer", timer);
		model.addAttribute("tampil", List.of("semua", "terbaru").contains(tampil) ? tampil : "saya");
		model.addAttribute("bolehCatat", !akses.organisasiStaf().isEmpty());
		return "layanan/kelola/pengaduan-daftar";
	}

	@GetMapping("/baru")
	String baru(Model model) {
		PengaduanForm form = new PengaduanForm();
		akses.organisasiStaf().stream().findFirst().ifPresent(form::setOrganisasiId);
		form.setDiterimaPada(LocalDateTime.ofInstant(clock.instant(), calendar.zone()).truncatedTo(ChronoUnit.MINUTES)
			.toString());
		model.addAttribute("pengaduanForm", form);
		return formPage(model);
	}

	@PostMapping("/baru")
	String catat(@ModelAttribute("pengaduanForm") PengaduanForm form, BindingResult result,
			@RequestParam(name = "lampiran", required = false) List<MultipartFile> lampiran, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				PengaduanService.TiketBaru t = service.catat(form, LayananPublikController.berkas(lampiran));
				flash.success(redirect, "layanan.sukses.dicatat", t.pengaduan().getNomor(), t.kode());
				return "redirect:/kelola/pengaduan/" + t.pengaduan().getNomor();
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
		model.addAttribute("kanalPilihan", Arrays.stream(KanalPengaduan.values()).filter(k -> k != KanalPengaduan.WEB).toList());
		model.addAttribute("terimaBerkas", "." + String.join(",.", BerkasLayanan.semuaJenis()));
		return "layanan/kelola/pengaduan-baru";
	}

	@GetMapping("/{nomor}")
	String detail(@PathVariable String nomor, Model model) {
		Pengaduan a = service.lihat(nomor);
		model.addAttribute("a", a);
		model.addAttribute("organisasi", organisasi.organisasi(a.getOrganisasiId()).map(OrganisasiRef::nama).orElse(""));
		model.addAttribute("timer", jam.timer(a, clock.instant()));
		model.addAttribute("riwayat", jejak.riwayat(RiwayatLayanan.PENGADUAN, a.getId()));
		model.addAttribute("lampiran", berkas.daftar(RiwayatLayanan.PENGADUAN, a.getId()));
		model.addAttribute("aksi", service.aksiTersedia(a).stream().map(Enum::name).toList());
		model.addAttribute("kategoriPilihan", KategoriPengaduan.values());
		model.addAttribute("batasAduan", BarisBatas.pengaduan(properties));
		model.addAttribute("bolehKodeBaru", !akses.tingkatDi(a.getOrganisasiId()).isEmpty());
		return "layanan/kelola/pengaduan";
	}

	@PostMapping("/{nomor}/aksi")
	String aksi(@PathVariable String nomor, @RequestParam AksiPengaduan aksi,
			@RequestParam(required = false) KategoriPengaduan kategori, @RequestParam(required = false) String catatan,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		try {
			Pengaduan a = service.jalankan(nomor, aksi, kategori, catatan, version);
			flash.success(redirect, "layanan.suksesAduan." + aksi.name(), nomor);
			if (!service.aksiTersedia(a).isEmpty()) {
				return "redirect:/kelola/pengaduan/" + nomor;
			}
			return "redirect:/kelola/pengaduan";
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:/kelola/pengaduan/" + nomor;
		}
	}

	@PostMapping("/{nomor}/kode-baru")
	String kodeBaru(@PathVariable String nomor, RedirectAttributes redirect) {
		flash.success(redirect, "layanan.sukses.kodeBaru", nomor, service.kodeBaru(nomor));
		return "redirect:/kelola/pengaduan/" + nomor;
	}

	@GetMapping("/{nomor}/lampiran/{uuid}")
	ResponseEntity<InputStreamResource> lampiran(@PathVariable String nomor, @PathVariable String uuid) {
		Pengaduan a = service.lihat(nomor);
		LampiranLayanan l = berkas.daftar(RiwayatLayanan.PENGADUAN, a.getId()).stream()
			.filter(x -> x.getUuid().equals(uuid)).findFirst()
			.orElseThrow(() -> new id.satudata.shared.web.NotFoundException("layanan.galat.lampiranTidakAda"));
		return PelacakanController.unduh(berkas, l);
	}

}
