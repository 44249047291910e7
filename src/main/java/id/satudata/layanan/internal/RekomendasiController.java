package id.satudata.layanan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;
import id.satudata.standar.MetadataStatistik;

/**
 * Recommendations of sectoral statistical activities in the back office: the agency's file (letter
 * fields, MS-Keg, questionnaire, the Surat Permohonan PDF) and the Pembina Data's examination
 * (checklist, return with notes, layak with the recommendation letter). {@link RekomendasiService}
 * checks every step against the user's part in the request.
 */
@Controller
@RequestMapping("/kelola/rekomendasi")
@PreAuthorize("hasAnyRole('PRODUSEN_DATA', 'WALIDATA_PENDUKUNG', 'PEMBINA_DATA', 'WALIDATA', 'KEPALA_DINAS', "
		+ "'KEPALA_BIDANG', 'SUB_KOORDINATOR', 'PETUGAS_LAYANAN', 'ADMIN')")
class RekomendasiController {

	private final RekomendasiService service;
	private final RekomendasiAkses akses;
	private final JejakLayanan jejak;
	private final BerkasLayanan berkas;
	private final JamLayanan jam;
	private final MetadataStatistik metadata;
	private final OrganisasiDirectory organisasi;
	private final CurrentUser currentUser;
	private final Flash flash;
	private final WorkingCalendar calendar;
	private final Clock clock;

	RekomendasiController(RekomendasiService service, RekomendasiAkses akses, JejakLayanan jejak, BerkasLayanan berkas,
			JamLayanan jam, MetadataStatistik metadata, OrganisasiDirectory organisasi, CurrentUser currentUser,
			Flash flash, WorkingCalendar calendar, Clock clock) {
		this.service = service;
		this.akses = akses;
		this.jejak = jejak;
		this.berkas = berkas;
		this.jam = jam;
		this.metadata = metadata;
		this.organisasi = organisasi;
		this.currentUser = currentUser;
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
	String daftar(Model model) {
		List<Rekomendasi> daftar = service.daftar();
		Map<Long, JamLayanan.Timer> timer = new java.util.HashMap<>();
		daftar.forEach(r -> timer.put(r.getId(), jam.timer(r, clock.instant())));
		model.addAttribute("daftar", daftar);
		model.addAttribute("timer", timer);
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
				Rekomendasi r = service.buat(form);
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
		Rekomendasi r = service.lihat(nomor);
		if (!model.containsAttribute("rekomendasiForm")) {
			model.addAttribute("rekomendasiForm", RekomendasiForm.dari(r));
		}
		if (!model.containsAttribute("keputusanForm")) {
			KeputusanForm k = new KeputusanForm();
			k.setNomorRekomendasi(service.usulNomor(r));
			k.setLokasiPenetapan(r.getLokasi());
			k.setTanggalRekomendasi(LocalDate.now(clock.withZone(calendar.zone())).toString());
			akses.unitPembina(r.getOrganisasiId()).ifPresent(b -> k.setJabatanPenetap("Kepala " + b.nama()));
			currentUser.get().ifPresent(u -> k.setNamaPenetap(u.getNamaLengkap()));
			model.addAttribute("keputusanForm", k);
		}
		java.util.Set<PeranRekomendasi> peran = akses.peran(r);
		model.addAttribute("r", r);
		model.addAttribute("unit", organisasi.unit(r.getPemohonUnitId()).map(UnitRef::nama).orElse(""));
		model.addAttribute("pembina", akses.unitPembina(r.getOrganisasiId()).map(UnitRef::nama).orElse(""));
		model.addAttribute("pemohon", peran.contains(PeranRekomendasi.PEMOHON));
		model.addAttribute("bolehUbah", peran.contains(PeranRekomendasi.PEMOHON) && r.getStatus().dapatDiubah());
		model.addAttribute("bolehPeriksa", peran.contains(PeranRekomendasi.PEMBINA)
				&& r.getStatus() == StatusRekomendasi.DIPERIKSA);
		model.addAttribute("aksi", service.aksiTersedia(r).stream().map(Enum::name).toList());
		model.addAttribute("lengkap", service.kelengkapan(r));
		model.addAttribute("msKeg", r.getMsKegId() == null ? Optional.empty() : metadata.baca(r.getMsKegId()));
		model.addAttribute("kuesioner", service.kuesioner(r));
		model.addAttribute("butirPilihan", ButirPemeriksaan.values());
		Map<ButirPemeriksaan, HasilButir> hasil = new EnumMap<>(ButirPemeriksaan.class);
		r.getButir().forEach(b -> hasil.put(b.getButir(), b));
		model.addAttribute("hasilButir", hasil);
		model.addAttribute("riwayat", jejak.riwayat(RiwayatLayanan.REKOMENDASI, r.getId()));
		model.addAttribute("timer", jam.timer(r, clock.instant()));
		model.addAttribute("terimaKuesioner", "." + String.join(",.", BerkasLayanan.KUESIONER));
		return "layanan/kelola/rekomendasi";
	}

	@PostMapping("/{nomor}/surat")
	String ubahSurat(@PathVariable String nomor, @ModelAttribute("rekomendasiForm") RekomendasiForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			service.ubahSurat(nomor, form);
			flash.success(redirect, "umum.tersimpan");
			return "redirect:" + RekomendasiService.tautan(nomor) + "#surat";
		}
		catch (UserFacingException e) {
			if (e.getStatus() != org.springframework.http.HttpStatus.BAD_REQUEST) {
				flash.error(redirect, e);
				return "redirect:" + RekomendasiService.tautan(nomor) + "#surat";
			}
			FormErrors.apply(result, e);
			return halaman(nomor, model);
		}
	}

	@PostMapping("/{nomor}/kuesioner")
	String kuesioner(@PathVariable String nomor, @RequestParam(required = false) MultipartFile kuesioner,
			RedirectAttributes redirect) {
		try {
			service.unggahKuesioner(nomor, kuesioner == null || kuesioner.isEmpty() ? null : BerkasMasuk.dari(kuesioner));
			flash.success(redirect, "rekomendasi.sukses.kuesioner");
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
		}
		return "redirect:" + RekomendasiService.tautan(nomor) + "#kuesioner";
	}

	@PostMapping("/{nomor}/ms-keg")
	String msKeg(@PathVariable String nomor) {
		return "redirect:" + service.tautanMsKeg(nomor);
	}

	@PostMapping("/{nomor}/aksi")
	String aksi(@PathVariable String nomor, @RequestParam AksiRekomendasi aksi,
			@RequestParam(required = false) String catatan, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		try {
			service.jalankan(nomor, aksi, catatan, version);
			flash.success(redirect, "rekomendasi.sukses." + aksi.name(), nomor);
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
		}
		return "redirect:" + RekomendasiService.tautan(nomor);
	}

	@PostMapping("/{nomor}/pemeriksaan")
	String pemeriksaan(@PathVariable String nomor, @RequestParam Map<String, String> isian, RedirectAttributes redirect) {
		Map<ButirPemeriksaan, Boolean> terpenuhi = new EnumMap<>(ButirPemeriksaan.class);
		Map<ButirPemeriksaan, String> catatan = new EnumMap<>(ButirPemeriksaan.class);
		for (ButirPemeriksaan b : ButirPemeriksaan.values()) {
			terpenuhi.put(b, "true".equals(isian.get("terpenuhi_" + b.name())));
			catatan.put(b, isian.get("catatan_" + b.name()));
		}
		try {
			service.simpanPemeriksaan(nomor, terpenuhi, catatan);
			flash.success(redirect, "rekomendasi.sukses.pemeriksaan");
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
		}
		return "redirect:" + RekomendasiService.tautan(nomor) + "#pemeriksaan";
	}

	@PostMapping("/{nomor}/layak")
	String layak(@PathVariable String nomor, @ModelAttribute("keputusanForm") KeputusanForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		try {
			Rekomendasi r = service.nyatakanLayak(nomor, form, version);
			flash.success(redirect, "rekomendasi.sukses.layak", nomor, r.getNomorRekomendasi());
			return "redirect:" + RekomendasiService.tautan(nomor);
		}
		catch (UserFacingException e) {
			if (e instanceof id.satudata.shared.web.InvalidFieldException) {
				FormErrors.apply(result, e);
				return halaman(nomor, model);
			}
			flash.error(redirect, e);
			return "redirect:" + RekomendasiService.tautan(nomor) + "#keputusan";
		}
	}

	@GetMapping("/{nomor}/surat-permohonan.pdf")
	ResponseEntity<byte[]> suratPermohonan(@PathVariable String nomor) {
		return pdf(service.pdfPermohonan(nomor), "surat-permohonan-" + nomor + ".pdf");
	}

	@GetMapping("/{nomor}/surat-rekomendasi.pdf")
	ResponseEntity<byte[]> suratRekomendasi(@PathVariable String nomor) {
		return pdf(service.pdfRekomendasi(nomor), "surat-rekomendasi-" + nomor + ".pdf");
	}

	@GetMapping("/{nomor}/ms-keg.pdf")
	ResponseEntity<byte[]> msKegPdf(@PathVariable String nomor) {
		return pdf(service.pdfMsKeg(nomor), "ms-keg-" + nomor + ".pdf");
	}

	@GetMapping("/{nomor}/lampiran/{uuid}")
	ResponseEntity<InputStreamResource> lampiran(@PathVariable String nomor, @PathVariable String uuid) {
		Rekomendasi r = service.lihat(nomor);
		LampiranLayanan l = berkas.daftar(RiwayatLayanan.REKOMENDASI, r.getId()).stream()
			.filter(x -> x.getUuid().equals(uuid)).findFirst()
			.orElseThrow(() -> new id.satudata.shared.web.NotFoundException("layanan.galat.lampiranTidakAda"));
		return PelacakanController.unduh(berkas, l);
	}

	private static ResponseEntity<byte[]> pdf(byte[] isi, String nama) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(nama).build().toString())
			.contentType(MediaType.APPLICATION_PDF).body(isi);
	}

}
