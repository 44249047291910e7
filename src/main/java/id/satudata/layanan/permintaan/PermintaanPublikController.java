package id.satudata.layanan.permintaan;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import id.satudata.layanan.internal.BarisBatas;
import id.satudata.layanan.internal.LayananProperties;
import id.satudata.layanan.tiket.BerkasMasuk;
import id.satudata.layanan.tiket.HalamanTiket;
import id.satudata.layanan.tiket.TiketLayanan.TiketBaru;
import id.satudata.layanan.tiket.TiketPublikController;

/**
 * The public request form at {@code /layanan} ({@link TiketPublikController}), with the types of
 * service to choose from, their estimates and the disposition chain's targets beside it.
 */
@Controller
@RequestMapping("/layanan")
class PermintaanPublikController extends TiketPublikController<PermintaanForm> {

	private final PermintaanService service;
	private final LayananProperties properties;

	PermintaanPublikController(PermintaanService service, HalamanTiket halaman, LayananProperties properties) {
		super(halaman, "layanan/publik/permintaan", PermintaanForm.FIELDS_PUBLIK);
		this.service = service;
		this.properties = properties;
	}

	@Override
	protected PermintaanForm formBaru() {
		return new PermintaanForm();
	}

	@Override
	protected TiketBaru<Permintaan> ajukanTiket(PermintaanForm form, List<BerkasMasuk> berkas) {
		return service.ajukan(form, berkas);
	}

	@Override
	protected void isiFormulir(Model model) {
		model.addAttribute("jenisPilihan", JenisLayanan.umum());
		model.addAttribute("sla", JenisLayanan.semuaSla(properties));
		model.addAttribute("disposisi", BarisBatas.disposisi(properties));
	}

}
