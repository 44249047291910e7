package id.satudata.layanan.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;

/**
 * The public forms: a service request at {@code /layanan}, a complaint at {@code /pengaduan}, by
 * anyone without an account (a logged-in user's ticket is also linked to their account). After
 * filing, the ticket number and its tracking code are shown once.
 */
@Controller
class LayananPublikController {

	private static final String PERMINTAAN = "layanan/publik/permintaan";
	private static final String PENGADUAN = "layanan/publik/pengaduan";

	private final PermintaanService permintaan;
	private final PengaduanService pengaduan;
	private final LayananAkses akses;
	private final AntiSpam antiSpam;
	private final LayananProperties properties;

	LayananPublikController(PermintaanService permintaan, PengaduanService pengaduan, LayananAkses akses,
			AntiSpam antiSpam, LayananProperties properties) {
		this.permintaan = permintaan;
		this.pengaduan = pengaduan;
		this.akses = akses;
		this.antiSpam = antiSpam;
		this.properties = properties;
	}

	@InitBinder("permintaanForm")
	void bindPermintaan(WebDataBinder binder) {
		binder.setAllowedFields(PermintaanForm.FIELDS_PUBLIK);
	}

	@InitBinder("pengaduanForm")
	void bindPengaduan(WebDataBinder binder) {
		binder.setAllowedFields(PengaduanForm.FIELDS_PUBLIK);
	}

	@GetMapping("/layanan")
	String formPermintaan(Model model) {
		PermintaanForm form = new PermintaanForm();
		akses.pengguna().ifPresent(u -> form.setNama(u.getNamaLengkap()));
		model.addAttribute("permintaanForm", form);
		return permintaanPage(model);
	}

	@PostMapping("/layanan")
	String ajukanPermintaan(@ModelAttribute("permintaanForm") PermintaanForm form, BindingResult result,
			@RequestParam(name = "lampiran", required = false) List<MultipartFile> lampiran,
			@RequestParam(name = AntiSpam.HONEYPOT, required = false) String situs, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				antiSpam.ajuan(request, situs);
				PermintaanService.TiketBaru t = permintaan.ajukan(form, berkas(lampiran));
				antiSpam.diajukan(request);
				redirect.addFlashAttribute("nomorBaru", t.permintaan().getNomor());
				redirect.addFlashAttribute("kodeBaru", t.kode());
				redirect.addFlashAttribute("surelBaru", t.permintaan().getSurel());
				return "redirect:/layanan/terkirim";
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return permintaanPage(model);
	}

	@GetMapping("/pengaduan")
	String formPengaduan(Model model) {
		PengaduanForm form = new PengaduanForm();
		akses.pengguna().ifPresent(u -> form.setNama(u.getNamaLengkap()));
		model.addAttribute("pengaduanForm", form);
		return pengaduanPage(model);
	}

	@PostMapping("/pengaduan")
	String ajukanPengaduan(@ModelAttribute("pengaduanForm") PengaduanForm form, BindingResult result,
			@RequestParam(name = "lampiran", required = false) List<MultipartFile> lampiran,
			@RequestParam(name = AntiSpam.HONEYPOT, required = false) String situs, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				antiSpam.ajuan(request, situs);
				PengaduanService.TiketBaru t = pengaduan.ajukan(form, berkas(lampiran));
				antiSpam.diajukan(request);
				redirect.addFlashAttribute("nomorBaru", t.pengaduan().getNomor());
				redirect.addFlashAttribute("kodeBaru", t.kode());
				redirect.addFlashAttribute("surelBaru", t.pengaduan().getSurel());
				return "redirect:/layanan/terkirim";
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return pengaduanPage(model);
	}

	/** The ticket number and tracking code, shown once after filing (flash attributes). */
	@GetMapping("/layanan/terkirim")
	String terkirim(Model model) {
		if (!model.containsAttribute("nomorBaru")) {
			return "redirect:/layanan/lacak";
		}
		return "layanan/publik/terkirim";
	}

	private String permintaanPage(Model model) {
		model.addAttribute("penyelenggara", akses.penyelenggara());
		model.addAttribute("jenisPilihan", JenisLayanan.values());
		model.addAttribute("sla", BarisBatas.sla(properties));
		model.addAttribute("disposisi", BarisBatas.disposisi(properties));
		common(model);
		return PERMINTAAN;
	}

	private String pengaduanPage(Model model) {
		model.addAttribute("penyelenggara", akses.penyelenggara());
		model.addAttribute("kategoriPilihan", KategoriPengaduan.values());
		model.addAttribute("batasAduan", BarisBatas.pengaduan(properties));
		common(model);
		return PENGADUAN;
	}

	private void common(Model model) {
		model.addAttribute("maksLampiran", properties.lampiran().maksJumlah());
		model.addAttribute("maksUkuranMb", properties.lampiran().maksUkuran().toMegabytes());
		model.addAttribute("jenisBerkas", String.join(", ", BerkasLayanan.semuaJenis()));
		model.addAttribute("terimaBerkas", "." + String.join(",.", BerkasLayanan.semuaJenis()));
		model.addAttribute("masuk", akses.pengguna().isPresent());
	}

	static List<BerkasMasuk> berkas(List<MultipartFile> files) {
		return files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).map(BerkasMasuk::dari).toList();
	}

}
