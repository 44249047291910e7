package id.satudata.katalog.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

import id.satudata.datastore.ColumnType;
import id.satudata.datastore.Datastore;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.InferredSchema;
import id.satudata.datastore.NumberFormat;
import id.satudata.datastore.Query;
import id.satudata.datastore.TableRef;
import id.satudata.katalog.Akses;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.JenisData;
import id.satudata.katalog.JenisLampiran;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.StatusRilis;
import id.satudata.katalog.TingkatPenyajian;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.shared.storage.TempFiles;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;
import jakarta.validation.Valid;

/**
 * The Walidata's management of datasets: metadata, the schema (proposed from a file, then
 * confirmed), uploading a release with its issue report, preview, publish, withdraw, attachments.
 * URL rules admit the Walidata and administrators; {@link DatasetService} checks each dataset.
 */
@Controller
@RequestMapping("/kelola/dataset")
@PreAuthorize("hasAnyRole('WALIDATA', 'ADMIN')")
class DatasetAdminController {

	private static final String FORM = "katalog/kelola/form";
	private static final String DETAIL = "katalog/kelola/detail";
	private static final String SKEMA = "katalog/kelola/skema";
	private static final String RILIS = "katalog/kelola/rilis";
	private static final String LAPORAN = "katalog/kelola/laporan-unggah";
	private static final int PRATINJAU = 20;

	private final DatasetService service;
	private final KatalogService katalog;
	private final KatalogAkses akses;
	private final DatasetRepository datasets;
	private final RilisRepository rilisRepository;
	private final OrganisasiDirectory organisasi;
	private final KodeReferensiLookup kodeReferensi;
	private final Datastore datastore;
	private final TempFiles tempFiles;
	private final Flash flash;

	DatasetAdminController(DatasetService service, KatalogService katalog, KatalogAkses akses,
			DatasetRepository datasets, RilisRepository rilisRepository, OrganisasiDirectory organisasi,
			KodeReferensiLookup kodeReferensi, Datastore datastore, TempFiles tempFiles, Flash flash) {
		this.service = service;
		this.katalog = katalog;
		this.akses = akses;
		this.datasets = datasets;
		this.rilisRepository = rilisRepository;
		this.organisasi = organisasi;
		this.kodeReferensi = kodeReferensi;
		this.datastore = datastore;
		this.tempFiles = tempFiles;
		this.flash = flash;
	}

	@InitBinder("datasetForm")
	void bindDataset(WebDataBinder binder) {
		binder.setAllowedFields("slug", "judul", "deskripsi", "produsenUnitId", "topik", "jenisData", "tingkatPenyajian",
				"cakupanWilayah", "frekuensi", "satuan", "lisensi", "akses", "dataPrioritas", "dataInduk", "kontakNama",
				"kontakEmail", "standarData", "kataKunci", "version");
	}

	@InitBinder("skemaForm")
	void bindSkema(WebDataBinder binder) {
		binder.setAllowedFields("kolom[*].nama", "kolom[*].label", "kolom[*].tipe", "kolom[*].satuan",
				"kolom[*].kodeReferensi", "kolom[*].wajib", "kolom[*].kunci", "kolom[*].nilaiMin", "kolom[*].nilaiMax",
				"kolom[*].pola", "kolom[*].formatAngka", "kolom[*].hapus", "kolom[*].kodeVariabel");
		binder.setAutoGrowCollectionLimit(DatasetService.MAX_COLUMNS + SkemaForm.BARIS_KOSONG);
	}

	// ---- list ---------------------------------------------------------------------------------

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		KatalogAkses.Lingkup l = akses.lingkup();
		List<Dataset> all = l.admin() ? datasets.findAllByOrderByJudulAsc()
				: datasets.findByOrganisasiIdInOrderByJudulAsc(l.kelolaOrganisasi());
		String needle = q == null ? null : q.strip().toLowerCase(Locale.ROOT);
		List<Dataset> shown = all.stream().filter(d -> needle == null || needle.isEmpty()
				|| d.getJudul().toLowerCase(Locale.ROOT).contains(needle) || d.getSlug().contains(needle)).toList();
		Map<Long, Long> drafts = new HashMap<>();
		if (!shown.isEmpty()) {
			rilisRepository.countByStatusPerDataset(StatusRilis.DRAFT, shown.stream().map(Dataset::getId).toList())
				.forEach(row -> drafts.put((Long) row[0], (Long) row[1]));
		}
		model.addAttribute("datasets", shown);
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
				Dataset d = service.create(form);
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
		Dataset d = service.manageable(slug);
		model.addAttribute("datasetForm", DatasetForm.of(d));
		model.addAttribute("dataset", d);
		return form(model, false);
	}

	@PostMapping("/{slug}/ubah")
	String update(@PathVariable String slug, @Valid @ModelAttribute("datasetForm") DatasetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Dataset d = service.manageable(slug);
		model.addAttribute("dataset", d);
		if (!result.hasErrors()) {
			try {
				service.update(slug, form);
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
		Dataset d = service.manageable(slug);
		DatasetDetail detail = katalog.detail(d, akses.lingkup());
		model.addAttribute("dataset", d);
		model.addAttribute("d", detail);
		model.addAttribute("pemerintah", organisasi.organisasi(d.getOrganisasiId()).map(OrganisasiRef::nama).orElse(""));
		return DETAIL;
	}

	// ---- schema -------------------------------------------------------------------------------

	@GetMapping("/{slug}/skema")
	String schema(@PathVariable String slug, Model model) {
		Dataset d = service.manageable(slug);
		model.addAttribute("skemaForm", SkemaForm.of(d.skema(), d.variabelKolom()));
		return schemaPage(d, model);
	}

	/** Proposes a schema from an uploaded file's inferred types; nothing is saved until confirmed. */
	@PostMapping("/{slug}/skema/usulkan")
	String propose(@PathVariable String slug, @RequestParam(required = false) MultipartFile berkas,
			@RequestParam(required = false) String sheet, Model model, RedirectAttributes redirect) {
		Dataset d = service.manageable(slug);
		if (berkas == null || berkas.isEmpty()) {
			flash.error(redirect, "impor.galat.tanpaBerkas");
			return "redirect:/kelola/dataset/" + slug + "/skema";
		}
		Path file = tempFiles.save(berkas);
		try {
			InferredSchema inferred = service.infer(slug, file, new ImportOptions(blank(sheet), Map.of(), 0));
			model.addAttribute("skemaForm", SkemaForm.of(inferred.columns()));
			model.addAttribute("usulan", inferred);
			model.addAttribute("namaBerkas", berkas.getOriginalFilename());
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:/kelola/dataset/" + slug + "/skema";
		}
		finally {
			tempFiles.delete(file);
		}
		return schemaPage(d, model);
	}

	@PostMapping("/{slug}/skema")
	String saveSchema(@PathVariable String slug, @ModelAttribute("skemaForm") SkemaForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Dataset d = service.manageable(slug);
		if (!result.hasErrors()) {
			try {
				service.setSchema(slug, form.columns(), form.variabel());
				flash.success(redirect, "skema.sukses.disimpan");
				return "redirect:/kelola/dataset/" + slug;
			}
			catch (UserFacingException e) {
				FormErrors.apply(result, e);
			}
		}
		return schemaPage(d, model);
	}

	private String schemaPage(Dataset d, Model model) {
		model.addAttribute("dataset", d);
		model.addAttribute("tipePilihan", ColumnType.values());
		model.addAttribute("formatAngkaPilihan", NumberFormat.values());
		model.addAttribute("adaRilis", !rilisRepository.findByDatasetIdOrderByPeriodeDescVersiDesc(d.getId()).isEmpty());
		return SKEMA;
	}

	// ---- releases -----------------------------------------------------------------------------

	@PostMapping("/{slug}/rilis")
	String upload(@PathVariable String slug, @RequestParam(required = false) MultipartFile berkas,
			@RequestParam(required = false) String periode, @RequestParam(required = false) String catatan,
			@RequestParam(required = false) String sheet, Model model, RedirectAttributes redirect) {
		Dataset d = service.manageable(slug);
		if (berkas == null || berkas.isEmpty()) {
			flash.error(redirect, "impor.galat.tanpaBerkas");
			return "redirect:/kelola/dataset/" + slug + "#unggah";
		}
		Path file = tempFiles.save(berkas);
		try {
			DatasetService.Unggahan up = service.upload(slug, file, berkas.getOriginalFilename(), periode, catatan,
					new ImportOptions(blank(sheet), Map.of(), 0));
			if (up.rilis() == null) {
				model.addAttribute("dataset", d);
				model.addAttribute("impor", up.impor());
				model.addAttribute("namaBerkas", berkas.getOriginalFilename());
				model.addAttribute("periode", periode);
				return LAPORAN;
			}
			flash.success(redirect, "rilis.sukses.diunggah", up.rilis().getPeriode(), up.rilis().getVersi(),
					up.rilis().getJumlahBaris());
			return "redirect:/kelola/dataset/" + slug + "/rilis/" + up.rilis().getUuid();
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:/kelola/dataset/" + slug + "#unggah";
		}
		finally {
			tempFiles.delete(file);
		}
	}

	@GetMapping("/{slug}/rilis/{uuid}")
	String release(@PathVariable String slug, @PathVariable String uuid, Model model) {
		Dataset d = service.manageable(slug);
		DatasetDetail detail = katalog.detail(d, akses.lingkup());
		RilisView rilis = detail.rilis().stream().filter(r -> r.uuid().equals(uuid)).findFirst()
			.orElseThrow(() -> new NotFoundException("rilis.galat.tidakAda"));
		Rilis r = service.rilis(uuid);
		TableRef table = new TableRef(r.getStorageKey(), service.schemaOf(r), r.getJumlahBaris());
		model.addAttribute("dataset", d);
		model.addAttribute("d", detail);
		model.addAttribute("rilis", rilis);
		model.addAttribute("hanyaLewatPemeriksaan", r.hanyaLewatPemeriksaan());
		model.addAttribute("kolom", table.columns());
		model.addAttribute("pratinjau", datastore.search(table, Query.all(PRATINJAU)));
		model.addAttribute("jenisLampiranPilihan", JenisLampiran.values());
		return RILIS;
	}

	@PostMapping("/{slug}/rilis/{uuid}/terbitkan")
	String publish(@PathVariable String slug, @PathVariable String uuid, RedirectAttributes redirect) {
		Rilis r = owned(slug, uuid);
		try {
			service.publishDirectly(r.getUuid());
			flash.success(redirect, "rilis.sukses.diterbitkan", r.getPeriode(), r.getVersi());
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
		}
		return "redirect:/kelola/dataset/" + slug + "/rilis/" + uuid;
	}

	@PostMapping("/{slug}/rilis/{uuid}/tarik")
	String withdraw(@PathVariable String slug, @PathVariable String uuid, RedirectAttributes redirect) {
		Rilis r = owned(slug, uuid);
		try {
			service.withdraw(r.getUuid());
			flash.success(redirect, "rilis.sukses.ditarik", r.getPeriode(), r.getVersi());
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
		}
		return "redirect:/kelola/dataset/" + slug + "/rilis/" + uuid;
	}

	@PostMapping("/{slug}/rilis/{uuid}/lampiran")
	String attach(@PathVariable String slug, @PathVariable String uuid, @RequestParam(required = false) String nama,
			@RequestParam(required = false) String deskripsi, @RequestParam(required = false) JenisLampiran jenis,
			@RequestParam(required = false) String url, @RequestParam(required = false) MultipartFile berkas,
			RedirectAttributes redirect) {
		owned(slug, uuid);
		Path file = berkas == null || berkas.isEmpty() || jenis == JenisLampiran.TAUTAN ? null : tempFiles.save(berkas);
		try {
			service.attach(uuid, nama, deskripsi, jenis, url, file, file == null ? null : berkas.getOriginalFilename(),
					file == null ? null : berkas.getContentType());
			flash.success(redirect, "lampiran.sukses.ditambah");
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
		}
		finally {
			tempFiles.delete(file);
		}
		return "redirect:/kelola/dataset/" + slug + "/rilis/" + uuid + "#lampiran";
	}

	@PostMapping("/{slug}/rilis/{uuid}/lampiran/{lampiran}/hapus")
	String detach(@PathVariable String slug, @PathVariable String uuid, @PathVariable String lampiran,
			RedirectAttributes redirect) {
		owned(slug, uuid);
		service.detach(lampiran);
		flash.success(redirect, "lampiran.sukses.dihapus");
		return "redirect:/kelola/dataset/" + slug + "/rilis/" + uuid + "#lampiran";
	}

	/** A release of a dataset the caller manages (a release of another dataset is not found here). */
	private Rilis owned(String slug, String uuid) {
		Dataset d = service.manageable(slug);
		Rilis r = service.rilis(uuid);
		if (r.getDatasetId() != d.getId()) {
			throw new NotFoundException("rilis.galat.tidakAda");
		}
		return r;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
