package id.satudata.layanan.permintaan;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.layanan.tiket.BerkasMasuk;
import id.satudata.layanan.tiket.HalamanTiket;
import id.satudata.layanan.tiket.TiketKelolaController;
import id.satudata.layanan.tiket.TiketLayanan.TiketBaru;

/**
 * The service desk's requests ({@code /kelola/layanan}): the inbox (what waits for me, with the
 * working time waited against the target), all open requests, the latest, recording a request that
 * came by another channel, a request's page with its disposition sheet — the pages every ticket has
 * ({@link TiketKelolaController}) — and the steps of the disposition chain. URL rules admit the four
 * service roles and administrators; {@link PermintaanService} checks the organization and the step.
 */
@Controller
@RequestMapping("/kelola/layanan")
@PreAuthorize("hasAnyRole('KEPALA_DINAS', 'KEPALA_BIDANG', 'SUB_KOORDINATOR', 'PETUGAS_LAYANAN', 'ADMIN')")
class PermintaanKelolaController extends TiketKelolaController<Permintaan, PermintaanForm> {

	private static final List<KanalPermintaan> KANAL_STAF = List.of(KanalPermintaan.EMAIL, KanalPermintaan.TELEPON,
			KanalPermintaan.CHAT, KanalPermintaan.SURAT, KanalPermintaan.DATANG_LANGSUNG);

	private final PermintaanService service;

	PermintaanKelolaController(PermintaanService service, JenisTiketPermintaan jenis, HalamanTiket halaman) {
		super(jenis, halaman, new Templat("layanan/kelola/kotak-masuk", "layanan/kelola/permintaan-baru",
				"layanan/kelola/permintaan", PermintaanForm.FIELDS_STAF));
		this.service = service;
	}

	@PostMapping("/{nomor}/aksi")
	String aksi(@PathVariable String nomor, @RequestParam AksiPermintaan aksi,
			@RequestParam(required = false) String catatan, @RequestParam(required = false) Long kepadaId,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return langkah(nomor, redirect, "layanan.sukses." + aksi.name(),
				() -> service.jalankan(nomor, aksi, catatan, kepadaId, version), p -> !service.aksiTersedia(p).isEmpty());
	}

	@Override
	protected PermintaanForm formBaru() {
		return new PermintaanForm();
	}

	@Override
	protected TiketBaru<Permintaan> catatTiket(PermintaanForm form, List<BerkasMasuk> berkas) {
		return service.catat(form, berkas);
	}

	@Override
	protected void isiFormulir(Model model) {
		model.addAttribute("jenisPilihan", JenisLayanan.umum());
		model.addAttribute("kanalPilihan", KANAL_STAF);
	}

	/** The request, its steps, whom a disposition may go to, its SLA. */
	@Override
	protected void isiRincian(Model model, Permintaan p) {
		model.addAttribute("p", p);
		model.addAttribute("aksi", service.aksiTersedia(p).stream().map(Enum::name).toList());
		model.addAttribute("calonPenerima", service.calonPenerima(p));
		model.addAttribute("tingkatBawah", p.getStatus().tingkatDisposisi().flatMap(TingkatLayanan::bawahan).orElse(null));
		model.addAttribute("sla", service.sla(p));
	}

}
