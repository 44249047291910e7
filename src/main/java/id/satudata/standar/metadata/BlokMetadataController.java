package id.satudata.standar.metadata;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.shared.web.Flash;
import id.satudata.shared.web.Messages;
import id.satudata.shared.web.NotFoundException;
import id.satudata.standar.TipeIsian;

/**
 * Editing one block of a metadata form ({@code /kelola/metadata/{id}/blok/{blok}}), saved as a draft;
 * a refused value shows the block again with the message beside its field. The editor reads only the
 * fields of the block's definition ({@link IsiMetadata#readBlock}): no data binder, so nothing else
 * can be assigned.
 */
@Controller
@RequestMapping("/kelola/metadata/{id}/blok/{blok}")
@PreAuthorize("isAuthenticated()")
class BlokMetadataController {

	private final MetadataStatistikService service;
	private final TampilanMetadata tampilan;
	private final Flash flash;
	private final Messages messages;

	BlokMetadataController(MetadataStatistikService service, TampilanMetadata tampilan, Flash flash, Messages messages) {
		this.service = service;
		this.tampilan = tampilan;
		this.flash = flash;
		this.messages = messages;
	}

	@GetMapping
	String editBlock(@PathVariable long id, @PathVariable String blok, @RequestParam(required = false) String kembali,
			Model model) {
		DokumenMetadata d = service.terubah(id);
		return blockPage(d, blok, service.isi(d), Map.of(), d.getVersion(), kembali, model);
	}

	@PostMapping
	String saveBlock(@PathVariable long id, @PathVariable String blok, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(required = false) Long version, @RequestParam(required = false) String kembali,
			@RequestParam(required = false) String lanjut, @RequestParam(required = false) String tambahBaris,
			Model model, RedirectAttributes redirect) {
		try {
			DokumenMetadata d = service.simpanBlok(id, blok, params, version);
			if (tambahBaris != null) {
				return "redirect:/kelola/metadata/" + id + "/blok/" + blok + Kembali.query(kembali) + "#isian-" + tambahBaris;
			}
			flash.success(redirect, "metadata.sukses.draf");
			String next = lanjut == null ? null : nextBlock(d, blok);
			return next == null ? "redirect:/kelola/metadata/" + id + Kembali.query(kembali)
					: "redirect:/kelola/metadata/" + id + "/blok/" + next + Kembali.query(kembali);
		}
		catch (IsianTidakValidException e) {
			DokumenMetadata d = service.terubah(id);
			Formulir f = DefinisiFormulir.untuk(d.getJenis());
			Formulir.Blok b = f.blok(blok).orElseThrow(NotFoundException::new);
			Map<String, String> errors = new HashMap<>();
			e.getGalat().forEach(g -> errors.putIfAbsent(g.isian(), messages.get(g.pesanKey(), g.args())));
			model.addAttribute("galat", messages.get(e));
			return blockPage(d, blok, IsiMetadata.gantiBlok(service.isi(d), b, IsiMetadata.readBlock(b, params)), errors,
					version, kembali, model);
		}
	}

	private String blockPage(DokumenMetadata d, String kodeBlok, Map<String, Object> isi, Map<String, String> errors,
			Long version, String kembali, Model model) {
		Formulir f = DefinisiFormulir.untuk(d.getJenis());
		List<Formulir.Blok> blok = service.blok(d);
		Formulir.Blok b = blok.stream().filter(x -> x.kode().equals(kodeBlok)).findFirst()
			.orElseThrow(() -> new NotFoundException("metadata.galat.blokTidakAda"));
		Map<String, String> labels = new LinkedHashMap<>();
		blok.forEach(x -> labels.put(x.kode(), messages.get(f.blokKey(x))));
		model.addAttribute("m", service.view(d));
		model.addAttribute("f", f);
		model.addAttribute("blok", b);
		model.addAttribute("semuaBlok", labels);
		model.addAttribute("isi", isi);
		model.addAttribute("errors", errors);
		model.addAttribute("version", version);
		model.addAttribute("tampilan", tampilan);
		model.addAttribute("pilihan", Pilihan.DAFTAR);
		model.addAttribute("wajib", wajibNow(b, isi));
		model.addAttribute("adaBerikut", nextBlock(d, kodeBlok) != null);
		model.addAttribute("adaPeta", b.isian().stream().anyMatch(i -> i.tipe() == TipeIsian.KOTAK_BATAS));
		Kembali.addTo(model, kembali);
		return "standar/metadata/blok";
	}

	private static Map<String, Boolean> wajibNow(Formulir.Blok b, Map<String, Object> isi) {
		Map<String, Boolean> out = new HashMap<>();
		b.isian().forEach(i -> out.put(i.kode(), i.wajibPada(isi)));
		return out;
	}

	private String nextBlock(DokumenMetadata d, String kode) {
		List<Formulir.Blok> blok = service.blok(d);
		for (int i = 0; i < blok.size() - 1; i++) {
			if (blok.get(i).kode().equals(kode)) {
				return blok.get(i + 1).kode();
			}
		}
		return null;
	}

}
