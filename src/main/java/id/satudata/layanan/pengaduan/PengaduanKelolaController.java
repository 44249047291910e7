package id.satudata.layanan.pengaduan;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.layanan.internal.LayananProperties;
import id.satudata.layanan.tiket.BerkasMasuk;
import id.satudata.layanan.tiket.HalamanTiket;
import id.satudata.layanan.tiket.TiketKelolaController;
import id.satudata.layanan.tiket.TiketLayanan.TiketBaru;

/**
 * The service desk's complaints ({@code /kelola/pengaduan}): the list by urgency (mine, all open,
 * the latest), recording one that came by another channel, a complaint's page — the pages every
 * ticket has ({@link TiketKelolaController}) — with its tiers, and the steps.
 */
@Controller
@RequestMapping("/kelola/pengaduan")
@PreAuthorize("hasAnyRole('KEPALA_DINAS', 'KEPALA_BIDANG', 'SUB_KOORDINATOR', 'PETUGAS_LAYANAN', 'ADMIN')")
class PengaduanKelolaController extends TiketKelolaController<Pengaduan, PengaduanForm> {

	private static final List<KanalPengaduan> KANAL_STAF = Arrays.stream(KanalPengaduan.values())
		.filter(k -> k != KanalPengaduan.WEB).toList();

	private final PengaduanService service;
	private final LayananProperties properties;

	PengaduanKelolaController(PengaduanService service, JenisTiketPengaduan jenis, HalamanTiket halaman,
			LayananProperties properties) {
		super(jenis, halaman, new Templat("layanan/kelola/pengaduan-daftar", "layanan/kelola/pengaduan-baru",
				"layanan/kelola/pengaduan", PengaduanForm.FIELDS_STAF));
		this.service = service;
		this.properties = properties;
	}

	@PostMapping("/{nomor}/aksi")
	String aksi(@PathVariable String nomor, @RequestParam AksiPengaduan aksi,
			@RequestParam(required = false) KategoriPengaduan kategori, @RequestParam(required = false) String catatan,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return langkah(nomor, redirect, "layanan.suksesAduan." + aksi.name(),
				() -> service.jalankan(nomor, aksi, kategori, catatan, version), a -> !service.aksiTersedia(a).isEmpty());
	}

	@Override
	protected PengaduanForm formBaru() {
		return new PengaduanForm();
	}

	@Override
	protected TiketBaru<Pengaduan> catatTiket(PengaduanForm form, List<BerkasMasuk> berkas) {
		return service.catat(form, berkas);
	}

	@Override
	protected void isiFormulir(Model model) {
		model.addAttribute("kanalPilihan", KANAL_STAF);
	}

	/** The complaint, its steps, the tiers to classify it in with their limits. */
	@Override
	protected void isiRincian(Model model, Pengaduan a) {
		model.addAttribute("a", a);
		model.addAttribute("aksi", service.aksiTersedia(a).stream().map(Enum::name).toList());
		model.addAttribute("kategoriPilihan", KategoriPengaduan.values());
		model.addAttribute("batasAduan", KategoriPengaduan.semuaBatas(properties));
	}

}
