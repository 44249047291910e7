package id.satudata.layanan.pengaduan;

import java.util.Arrays;
import java.util.List;

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

import id.satudata.layanan.internal.LayananProperties;
import id.satudata.layanan.tiket.BerkasMasuk;
import id.satudata.layanan.tiket.HalamanTiket;
import id.satudata.shared.web.Flash;

/**
 * The service desk's complaints: the list by urgency (mine, all open, the latest), recording one
 * that came by another channel, a complaint's page with its tiers, and the steps.
 */
@Controller
@RequestMapping("/kelola/pengaduan")
@PreAuthorize("hasAnyRole('KEPALA_DINAS', 'KEPALA_BIDANG', 'SUB_KOORDINATOR', 'PETUGAS_LAYANAN', 'ADMIN')")
class PengaduanKelolaController {

	private static final List<KanalPengaduan> KANAL_STAF = Arrays.stream(KanalPengaduan.values())
		.filter(k -> k != KanalPengaduan.WEB).toList();

	private final PengaduanService service;
	private final JenisTiketPengaduan jenis;
	private final HalamanTiket halaman;
	private final LayananProperties properties;
	private final Flash flash;

	PengaduanKelolaController(PengaduanService service, JenisTiketPengaduan jenis, HalamanTiket halaman,
			LayananProperties properties, Flash flash) {
		this.service = service;
		this.jenis = jenis;
		this.halaman = halaman;
		this.properties = properties;
		this.flash = flash;
	}

	@InitBinder("pengaduanForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields(PengaduanForm.FIELDS_STAF);
	}

	@GetMapping
	String daftar(@RequestParam(defaultValue = "saya") String tampil, @RequestParam(defaultValue = "0") int page,
			Model model) {
		halaman.listModel(model, jenis, tampil, page);
		return "layanan/kelola/pengaduan-daftar";
	}

	@GetMapping("/baru")
	String baru(Model model) {
		model.addAttribute("pengaduanForm", halaman.staffForm(new PengaduanForm()));
		return formPage(model);
	}

	@PostMapping("/baru")
	String catat(@ModelAttribute("pengaduanForm") PengaduanForm form, BindingResult result,
			@RequestParam(name = "lampiran", required = false) List<MultipartFile> lampiran, Model model,
			RedirectAttributes redirect) {
		return halaman.recordByStaff(jenis, result, redirect, () -> service.catat(form, BerkasMasuk.dari(lampiran)))
			.orElseGet(() -> formPage(model));
	}

	private String formPage(Model model) {
		halaman.staffFormModel(model);
		model.addAttribute("kanalPilihan", KANAL_STAF);
		return "layanan/kelola/pengaduan-baru";
	}

	@GetMapping("/{nomor}")
	String detail(@PathVariable String nomor, Model model) {
		Pengaduan a = service.lihat(nomor);
		halaman.detailModel(model, jenis, a);
		model.addAttribute("a", a);
		model.addAttribute("aksi", service.aksiTersedia(a).stream().map(Enum::name).toList());
		model.addAttribute("kategoriPilihan", KategoriPengaduan.values());
		model.addAttribute("batasAduan", KategoriPengaduan.semuaBatas(properties));
		return "layanan/kelola/pengaduan";
	}

	/** A step; back to the complaint while the user may still act on it, else to the list. */
	@PostMapping("/{nomor}/aksi")
	String aksi(@PathVariable String nomor, @RequestParam AksiPengaduan aksi,
			@RequestParam(required = false) KategoriPengaduan kategori, @RequestParam(required = false) String catatan,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return flash.attempt(redirect, () -> {
			Pengaduan a = service.jalankan(nomor, aksi, kategori, catatan, version);
			flash.success(redirect, "layanan.suksesAduan." + aksi.name(), nomor);
			return service.aksiTersedia(a).isEmpty() ? "/kelola/pengaduan" : "/kelola/pengaduan/" + nomor;
		}, "/kelola/pengaduan/" + nomor);
	}

	@PostMapping("/{nomor}/kode-baru")
	String kodeBaru(@PathVariable String nomor, RedirectAttributes redirect) {
		return halaman.newCode(jenis, nomor, redirect);
	}

	@GetMapping("/{nomor}/lampiran/{uuid}")
	ResponseEntity<InputStreamResource> lampiran(@PathVariable String nomor, @PathVariable String uuid) {
		return halaman.attachment(jenis, nomor, uuid);
	}

}
