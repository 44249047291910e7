package id.satudata.layanan.permintaan;

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

import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.layanan.tiket.BerkasMasuk;
import id.satudata.layanan.tiket.HalamanTiket;
import id.satudata.shared.web.Flash;

/**
 * The service desk's requests: the inbox (what waits for me, with the working time waited against
 * the target), all open requests, the latest, recording a request that came by another channel, a
 * request's page with its disposition sheet, and the steps. URL rules admit the four service roles
 * and administrators; {@link PermintaanService} checks the organization and the step.
 */
@Controller
@RequestMapping("/kelola/layanan")
@PreAuthorize("hasAnyRole('KEPALA_DINAS', 'KEPALA_BIDANG', 'SUB_KOORDINATOR', 'PETUGAS_LAYANAN', 'ADMIN')")
class PermintaanKelolaController {

	private static final List<KanalPermintaan> KANAL_STAF = List.of(KanalPermintaan.EMAIL, KanalPermintaan.TELEPON,
			KanalPermintaan.CHAT, KanalPermintaan.SURAT, KanalPermintaan.DATANG_LANGSUNG);

	private final PermintaanService service;
	private final JenisTiketPermintaan jenis;
	private final HalamanTiket halaman;
	private final Flash flash;

	PermintaanKelolaController(PermintaanService service, JenisTiketPermintaan jenis, HalamanTiket halaman, Flash flash) {
		this.service = service;
		this.jenis = jenis;
		this.halaman = halaman;
		this.flash = flash;
	}

	@InitBinder("permintaanForm")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields(PermintaanForm.FIELDS_STAF);
	}

	@GetMapping
	String kotakMasuk(@RequestParam(defaultValue = "saya") String tampil, @RequestParam(defaultValue = "0") int page,
			Model model) {
		halaman.listModel(model, jenis, tampil, page);
		return "layanan/kelola/kotak-masuk";
	}

	@GetMapping("/baru")
	String baru(Model model) {
		model.addAttribute("permintaanForm", halaman.staffForm(new PermintaanForm()));
		return formPage(model);
	}

	@PostMapping("/baru")
	String catat(@ModelAttribute("permintaanForm") PermintaanForm form, BindingResult result,
			@RequestParam(name = "lampiran", required = false) List<MultipartFile> lampiran, Model model,
			RedirectAttributes redirect) {
		return halaman.recordByStaff(jenis, result, redirect, () -> service.catat(form, BerkasMasuk.dari(lampiran)))
			.orElseGet(() -> formPage(model));
	}

	private String formPage(Model model) {
		halaman.staffFormModel(model);
		model.addAttribute("jenisPilihan", JenisLayanan.values());
		model.addAttribute("kanalPilihan", KANAL_STAF);
		return "layanan/kelola/permintaan-baru";
	}

	@GetMapping("/{nomor}")
	String detail(@PathVariable String nomor, Model model) {
		Permintaan p = service.lihat(nomor);
		halaman.detailModel(model, jenis, p);
		model.addAttribute("p", p);
		model.addAttribute("aksi", service.aksiTersedia(p).stream().map(Enum::name).toList());
		model.addAttribute("calonPenerima", service.calonPenerima(p));
		model.addAttribute("tingkatBawah", p.getStatus().tingkatDisposisi().flatMap(TingkatLayanan::bawahan).orElse(null));
		model.addAttribute("sla", service.sla(p));
		return "layanan/kelola/permintaan";
	}

	/** A step; back to the request while the user may still act on it, else to the inbox. */
	@PostMapping("/{nomor}/aksi")
	String aksi(@PathVariable String nomor, @RequestParam AksiPermintaan aksi,
			@RequestParam(required = false) String catatan, @RequestParam(required = false) Long kepadaId,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return flash.attempt(redirect, () -> {
			Permintaan p = service.jalankan(nomor, aksi, catatan, kepadaId, version);
			flash.success(redirect, "layanan.sukses." + aksi.name(), nomor);
			return service.aksiTersedia(p).isEmpty() ? "/kelola/layanan" : "/kelola/layanan/" + nomor;
		}, "/kelola/layanan/" + nomor);
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
