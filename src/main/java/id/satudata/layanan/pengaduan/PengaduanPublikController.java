package id.satudata.layanan.pengaduan;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import id.satudata.layanan.internal.LayananProperties;
import id.satudata.layanan.tiket.BerkasMasuk;
import id.satudata.layanan.tiket.HalamanTiket;
import id.satudata.layanan.tiket.TiketLayanan.TiketBaru;
import id.satudata.layanan.tiket.TiketPublikController;

/** The public complaint form at {@code /pengaduan} ({@link TiketPublikController}), with the tiers' limits beside it. */
@Controller
@RequestMapping("/pengaduan")
class PengaduanPublikController extends TiketPublikController<PengaduanForm> {

	private final PengaduanService service;
	private final LayananProperties properties;

	PengaduanPublikController(PengaduanService service, HalamanTiket halaman, LayananProperties properties) {
		super(halaman, "layanan/publik/pengaduan", PengaduanForm.FIELDS_PUBLIK);
		this.service = service;
		this.properties = properties;
	}

	@Override
	protected PengaduanForm formBaru() {
		return new PengaduanForm();
	}

	@Override
	protected TiketBaru<Pengaduan> ajukanTiket(PengaduanForm form, List<BerkasMasuk> berkas) {
		return service.ajukan(form, berkas);
	}

	@Override
	protected void isiFormulir(Model model) {
		model.addAttribute("kategoriPilihan", KategoriPengaduan.values());
		model.addAttribute("batasAduan", KategoriPengaduan.semuaBatas(properties));
	}

}
