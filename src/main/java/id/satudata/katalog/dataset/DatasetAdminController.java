package id.satudata.katalog.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.katalog.Akses;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.JenisData;
import id.satudata.katalog.StatusRilis;
import id.satudata.katalog.TingkatPenyajian;
import id.satudata.katalog.internal.KatalogAkses;
import id.satudata.katalog.internal.KatalogService;
import id.satudata.katalog.rilis.RilisRepository;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;
import jakarta.validation.Valid;

/**
 * The Walidata's management of datasets: the list, metadata and the dataset's page. Its schema:
 * {@link SkemaAdminController}; its releases and attachments: the {@code rilis} and {@code lampiran}
 * packages. URL rules admit the Walidata and administrators; {@link DatasetService} checks each
 * dataset.
 */
@Controller
@RequestMapping("/kelola/dataset")
@PreAuthorize("hasAnyRole('WALIDATA', 'ADMIN')")
class DatasetAdminController {

	private static final String FORM = "katalog/kelola/form";
	private static final String DETAIL = "katalog/kelola/detail";
	private static final int PER_HALAMAN = 50;

	private final DatasetService service;
	private final KatalogService katalog;
	private final KatalogAkses akses;
	private final RilisRepository rilisRepository;
	private final OrganisasiDirectory organisasi;
	private final KodeReferensiLookup kodeReferensi;
	private final Flash flash;

	DatasetAdminController(DatasetService service, KatalogService katalog, KatalogAkses akses,
			RilisRepository rilisRepository, OrganisasiDirectory organisasi, KodeReferensiLookup kodeReferensi,
			Flash flash) {
		this.service = service;
		this.katalog = katalog;
		this.akses = akses;
		this.rilisRepository = rilisRepository;
		this.organisasi = organisasi;
		this.kodeReferensi = kodeReferensi;
		this.flash = flash;
	}

	@InitBinder("datasetForm")
	void bindDataset(WebDataBinder binder) {
		binder.setAllowedFields("slug", "judul", "deskripsi", "produsenUnitId", "topik", "jenisData", "tingkatPenyajian",
				"cakupanWilayah", "frekuensi", "satuan", "lisensi", "akses", "dataPrioritas", "dataInduk", "stubDapatDimohon", "kontakNama",
				"kontakEmail", "standarData", "kataKunci", "version");
	}

	// ---- list ---------------------------------------------------------------------------------

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<Dataset> hasil = service.daftarKelolaan(q,
				PageRequest.of(Math.max(page, 0), PER_HALAMAN, Sort.by("judul", "id")));
		Map<Long, Long> drafts = new HashMap<>();
		if (!hasil.isEmpty()) {
			rilisRepository.countByStatusPerDataset(StatusRilis.DRAFT, hasil.map(Dataset::getId).getContent())
				.forEach(row -> drafts.put((Long) row[0], (Long) row[1]));
		}
		model.addAttribute("hasil", hasil);
		model.addAttribute("datasets", hasil.getContent());
		model.addAttribute("draf", drafts);
		model.addAttribute("q", q);
		return "katalog/kelola/daftar";
	}

	// ---- metadata ---------------------------------------------------------------------------

	@GetMapping("/baru")
	String newDataset(Model model) {
		DatasetForm form = new DatasetForm();
		List<UnitRef> producers = producers();
		if (producers.size() == 1) {
			form.setProdusenUnitId(producers.get(0).id());
		}
		akses.lingkup().kelolaOrganisasi().stream().findFirst().flatMap(organisasi::organisasi)
			.ifPresent(o -> form.setCakupanWilayah(o.kodeWilayah()));
		model.addAttribute("datasetForm", form);
		return form(model, true);
	}

	@PostMapping("/baru")
	String create(@Valid @ModelAttribute("datasetForm") DatasetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Dataset d = service.buat(form);
				flash.success(redirect, "dataset.sukses.dibuat");
				return "redirect:/kelola/dataset/" + d.getSlug();
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return form(model, true);
	}

	@GetMapping("/{slug}/ubah")
	String edit(@PathVariable String slug, Model model) {
		Dataset d = service.kelolaan(slug);
		model.addAttribute("datasetForm", DatasetForm.of(d));
		model.addAttribute("dataset", d);
		return form(model, false);
	}

	@PostMapping("/{slug}/ubah")
	String update(@PathVariable String slug, @Valid @ModelAttribute("datasetForm") DatasetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Dataset d = service.kelolaan(slug);
		model.addAttribute("dataset", d);
		if (!result.hasErrors()) {
			try {
				service.ubah(slug, form);
				flash.success(redirect, "umum.tersimpan");
				return "redirect:/kelola/dataset/" + slug;
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return form(model, false);
	}

	private String form(Model model, boolean baru) {
		model.addAttribute("baru", baru);
		model.addAttribute("produsen", producers());
		model.addAttribute("topikPilihan", kodeReferensi.anak(DatasetService.TOPIK, null));
		model.addAttribute("lisensiPilihan", DatasetForm.LISENSI);
		model.addAttribute("jenisDataPilihan", JenisData.values());
		model.addAttribute("tingkatPilihan", TingkatPenyajian.values());
		model.addAttribute("frekuensiPilihan", Frekuensi.values());
		model.addAttribute("aksesPilihan", Akses.values());
		return FORM;
	}

	/** The producer units the caller may assign: those of the organizations they manage. */
	private List<UnitRef> producers() {
		KatalogAkses.Lingkup l = akses.lingkup();
		List<UnitRef> units = new ArrayList<>();
		if (l.admin()) {
			units.addAll(organisasi.semuaUnitBerjenis(JenisUnit.PRODUSEN_DATA));
		}
		else {
			l.kelolaOrganisasi().forEach(org -> units.addAll(organisasi.unitBerjenis(org, JenisUnit.PRODUSEN_DATA)));
		}
		return units.stream().filter(UnitRef::aktif).sorted(Comparator.comparing(UnitRef::nama)).toList();
	}

	// ---- the dataset's page -------------------------------------------------------------------

	@GetMapping("/{slug}")
	String detail(@PathVariable String slug, Model model) {
		Dataset d = service.kelolaan(slug);
		model.addAttribute("dataset", d);
		model.addAttribute("d", katalog.detail(d, akses.lingkup()));
		model.addAttribute("pemerintah", organisasi.organisasi(d.getOrganisasiId()).map(OrganisasiRef::nama).orElse(""));
		return DETAIL;
	}

}
