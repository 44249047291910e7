package id.satudata.katalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.Datastore;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.InferredSchema;
import id.satudata.datastore.TableRef;
import id.satudata.katalog.JenisLampiran;
import id.satudata.katalog.RilisDiterbitkan;
import id.satudata.katalog.StatusRilis;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changing the catalog: datasets and their metadata, schemas, releases (a new upload is a new
 * version; data never changes), publication and attachments. Every change is checked against
 * {@link KatalogAkses} and audited.
 */
@Service
@Transactional(readOnly = true)
class DatasetService {

	static final String TOPIK = "topik-data";
	static final int MAX_COLUMNS = 200;
	private static final TypeReference<List<ColumnSpec>> SCHEMA = new TypeReference<>() {
	};

	private final DatasetRepository datasets;
	private final RilisRepository rilisRepository;
	private final LampiranRepository lampiranRepository;
	private final KatalogAkses akses;
	private final OrganisasiDirectory organisasi;
	private final KodeReferensiLookup kodeReferensi;
	private final Datastore datastore;
	private final FileStore fileStore;
	private final JsonMapper json;
	private final Audit audit;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	/** The rules of Standar Data Statistik variables columns follow (module standar), if present. */
	private final org.springframework.beans.factory.ObjectProvider<id.satudata.katalog.AturanStandarKolom> aturanStandar;

	DatasetService(DatasetRepository datasets, RilisRepository rilisRepository, LampiranRepository lampiranRepository,
			KatalogAkses akses, OrganisasiDirectory organisasi, KodeReferensiLookup kodeReferensi, Datastore datastore,
			FileStore fileStore, JsonMapper json, Audit audit, CurrentUser currentUser, ApplicationEventPublisher events,
			Clock clock, org.springframework.beans.factory.ObjectProvider<id.satudata.katalog.AturanStandarKolom> aturanStandar) {
		this.aturanStandar = aturanStandar;
		this.datasets = datasets;
		this.rilisRepository = rilisRepository;
		this.lampiranRepository = lampiranRepository;
		this.akses = akses;
		this.organisasi = organisasi;
		this.kodeReferensi = kodeReferensi;
		this.datastore = datastore;
		this.fileStore = fileStore;
		this.json = json;
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	// ---- datasets -----------------------------------------------------------------------------

	@Transactional
	Dataset create(DatasetForm form) {
		UnitRef produsen = produsen(form.getProdusenUnitId());
		if (!akses.bolehBuat(produsen.organisasiId(), akses.lingkup())) {
			throw new AccessDeniedException("Not the Walidata of this organization");
		}
		OrganisasiRef org = organisasi.organisasi(produsen.organisasiId()).orElseThrow();
		checkMetadata(form);
		String slug = form.getSlug() == null || form.getSlug().isBlank() ? uniqueSlug(Slugs.of(form.getJudul(), 100))
				: form.getSlug().strip();
		if (datasets.existsBySlug(slug)) {
			throw new InvalidFieldException("slug", "dataset.galat.slugSudahAda", slug);
		}
		Long walidata = organisasi.unitBerjenis(org.id(), JenisUnit.WALIDATA).stream().filter(UnitRef::aktif)
			.map(UnitRef::id).findFirst().orElse(null);
		Instant now = clock.instant();
		Dataset d = new Dataset(slug, org.id(), produsen.id(), Slugs.produsen(produsen, org), produsen.nama(), walidata,
				now);
		d.ubahMetadata(form, now);
		d = datasets.save(d);
		audit.record("dataset.dibuat", "Dataset", d.getId(), slug + ": " + d.getJudul());
		return d;
	}

	@Transactional
	Dataset update(String slug, DatasetForm form) {
		Dataset d = manageable(slug);
		if (form.getVersion() != null && form.getVersion() != d.getVersion()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
		checkMetadata(form);
		if (form.getProdusenUnitId() != null && form.getProdusenUnitId() != d.getProdusenUnitId()) {
			UnitRef produsen = produsen(form.getProdusenUnitId());
			if (produsen.organisasiId() != d.getOrganisasiId()) {
				throw new InvalidFieldException("produsenUnitId", "dataset.galat.produsenLain");
			}
			d.gantiProdusen(produsen.id(), Slugs.produsen(produsen, organisasi.organisasi(produsen.organisasiId())
				.orElseThrow()), produsen.nama());
		}
		String aksesSebelum = d.getAkses().name();
		d.ubahMetadata(form, clock.instant());
		audit.record("dataset.diubah", "Dataset", d.getId(), slug + (aksesSebelum.equals(d.getAkses().name()) ? ""
				: ", akses " + aksesSebelum + " → " + d.getAkses()));
		return d;
	}

	@Transactional
	Dataset setSchema(String slug, List<ColumnSpec> columns) {
		return setSchema(slug, columns, java.util.Map.of());
	}

	/** @param variabel column name → code of the Standar Data Statistik variable the column follows */
	@Transactional
	Dataset setSchema(String slug, List<ColumnSpec> columns, java.util.Map<String, String> variabel) {
		Dataset d = manageable(slug);
		checkSchema(columns);
		id.satudata.katalog.AturanStandarKolom standar = aturanStandar.getIfAvailable();
		for (ColumnSpec c : columns) {
			String kode = variabel.get(c.name());
			if (kode != null && standar != null && standar.aturan(kode).isEmpty()) {
				throw new UserFacingException("skema.galat.variabel", c.label(), kode);
			}
		}
		d.gantiSkema(columns, variabel, clock.instant());
		audit.record("dataset.skemaDiubah", "Dataset", d.getId(), columns.size() + " kolom: "
				+ String.join(", ", columns.stream().map(ColumnSpec::name).toList()));
		return d;
	}

	InferredSchema infer(String slug, Path file, ImportOptions options) {
		manageable(slug);
		return datastore.infer(file, options);
	}

	// ---- releases -----------------------------------------------------------------------------

	/** The outcome of an upload: the new draft release, or the issues that stopped it. */
	record Unggahan(ImportResult impor, Rilis rilis) {
	}

	@Transactional
	Unggahan upload(String slug, Path file, String namaBerkas, String periodeText, String catatan,
			ImportOptions options) {
		Dataset d = manageable(slug);
		if (d.getKolom().isEmpty()) {
			throw new UserFacingException("rilis.galat.tanpaSkema");
		}
		Periode periode = Periode.parse(periodeText);
		List<ColumnSpec> skema = skemaImpor(d);
		ImportResult result = datastore.importTable(file, skema, options);
		if (!result.ok()) {
			return new Unggahan(result, null);
		}
		// the table file is written outside the database: remove it if this transaction does not commit
		TableRef stored = result.table();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						datastore.delete(stored);
					}
				}
			});
		}
		int versi = rilisRepository.maxVersi(d.getId(), periode.label()) + 1;
		Rilis r = rilisRepository.save(new Rilis(d.getId(), periode.label(), periode.mulai(), periode.akhir(), versi,
				result.table().storageKey(), result.rows(), json.writeValueAsString(skema), safeName(namaBerkas),
				size(file), result.file().format(), blank(catatan), currentUser.actorName(), clock.instant()));
		audit.record("rilis.dibuat", "Dataset", d.getId(), slug + " " + periode.label() + " v" + versi + ": "
				+ result.rows() + " baris (" + safeName(namaBerkas) + ")");
		return new Unggahan(result, r);
	}

	/**
	 * A draft release of a table a producer's submission already imported and checked: the
	 * dataset's Produsen Data (or its Walidata) keeps it; only the review publishes it.
	 */
	@Transactional
	Rilis registerDraft(long datasetId, id.satudata.katalog.DrafRilis draf) {
		Dataset d = datasets.findById(datasetId).orElseThrow(NotFoundException::new);
		if (!akses.bolehKelola(d, akses.lingkup())
				&& !currentUser.hasForUnit(id.satudata.shared.security.Peran.PRODUSEN_DATA, d.getOrganisasiId(),
						d.getProdusenUnitId())) {
			throw new AccessDeniedException("Not the producer or Walidata of this dataset");
		}
		Periode periode = Periode.parse(draf.periode());
		TableRef table = draf.tabel();
		int versi = rilisRepository.maxVersi(d.getId(), periode.label()) + 1;
		Rilis r = rilisRepository.save(new Rilis(d.getId(), periode.label(), periode.mulai(), periode.akhir(), versi,
				table.storageKey(), table.rows(), json.writeValueAsString(table.columns()), safeName(draf.namaBerkas()),
				draf.ukuranBerkas(), draf.format(), blank(draf.catatan()), currentUser.actorName(), clock.instant()));
		r.tandaiDariPengajuan();
		audit.record("rilis.dibuat", "Dataset", d.getId(), d.getSlug() + " " + periode.label() + " v" + versi + ": "
				+ table.rows() + " baris (" + safeName(draf.namaBerkas()) + ", pengajuan)");
		return r;
	}

	/**
	 * The Walidata's own "Terbitkan" on the dataset page: only for releases it uploaded itself. A release
	 * from a producer's submission reaches the public through the review (pemeriksaan), checked twice.
	 */
	@Transactional
	Rilis publishDirectly(String uuid) {
		Rilis r = rilis(uuid);
		if (r.hanyaLewatPemeriksaan()) {
			throw new UserFacingException("rilis.galat.melaluiPemeriksaan");
		}
		return publish(r);
	}

	@Transactional
	Rilis publish(String uuid) {
		return publish(rilis(uuid));
	}

	private Rilis publish(Rilis r) {
		Dataset d = manageable(datasets.findById(r.getDatasetId()).orElseThrow());
		r.terbitkan(clock.instant());
		refreshSummary(d);
		audit.record("rilis.diterbitkan", "Dataset", d.getId(), d.getSlug() + " " + r.getPeriode() + " v" + r.getVersi());
		events.publishEvent(new RilisDiterbitkan(d.getId(), d.getSlug(), r.getUuid(), r.getPeriode(), r.getVersi(), true));
		return r;
	}

	@Transactional
	Rilis withdraw(String uuid) {
		Rilis r = rilis(uuid);
		Dataset d = manageable(datasets.findById(r.getDatasetId()).orElseThrow());
		r.tarik(clock.instant());
		refreshSummary(d);
		audit.record("rilis.ditarik", "Dataset", d.getId(), d.getSlug() + " " + r.getPeriode() + " v" + r.getVersi());
		events.publishEvent(new RilisDiterbitkan(d.getId(), d.getSlug(), r.getUuid(), r.getPeriode(), r.getVersi(), false));
		return r;
	}

	/** Recomputes the published-release summary that search and lists use. */
	void refreshSummary(Dataset d) {
		List<Rilis> published = rilisRepository.findByDatasetIdAndStatus(d.getId(), StatusRilis.TERBIT);
		Set<String> periods = new LinkedHashSet<>();
		published.stream().sorted(Comparator.comparing(Rilis::getPeriode).reversed()).forEach(r -> periods.add(r.getPeriode()));
		Set<String> formats = new LinkedHashSet<>();
		if (!published.isEmpty()) {
			formats.addAll(List.of("CSV", "XLSX", "JSON", "PARQUET"));
			lampiranRepository.findByRilisIdInOrderByDibuatPadaAsc(published.stream().map(Rilis::getId).toList())
				.forEach(l -> formats.add(l.getFormat().toUpperCase(Locale.ROOT)));
		}
		Instant last = published.stream().map(Rilis::getDiterbitkanPada).max(Comparator.naturalOrder()).orElse(null);
		d.ringkasanTerbit(periods, formats, last, clock.instant());
	}

	@Transactional
	Lampiran attach(String rilisUuid, String nama, String deskripsi, JenisLampiran jenis, String url, Path file,
			String namaBerkas, String tipeMime) {
		Rilis r = rilis(rilisUuid);
		Dataset d = manageable(datasets.findById(r.getDatasetId()).orElseThrow());
		if (nama == null || nama.isBlank()) {
			throw new InvalidFieldException("nama", "validasi.wajib");
		}
		if (jenis == null) {
			throw new InvalidFieldException("jenis", "validasi.wajib");
		}
		Lampiran l;
		Instant now = clock.instant();
		if (jenis == JenisLampiran.TAUTAN) {
			if (url == null || !url.strip().matches("https?://\\S{3,1990}")) {
				throw new InvalidFieldException("url", "validasi.url");
			}
			l = new Lampiran(r.getId(), nama.strip(), blank(deskripsi), jenis, "URL", url.strip(), null, null, null, null,
					now);
		}
		else {
			if (file == null) {
				throw new InvalidFieldException("berkas", "impor.galat.tanpaBerkas");
			}
			String format = extension(namaBerkas);
			checkAttachment(jenis, format);
			String key;
			try (InputStream in = Files.newInputStream(file)) {
				key = fileStore.store("lampiran", in);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			l = new Lampiran(r.getId(), nama.strip(), blank(deskripsi), jenis, format, null, key, safeName(namaBerkas),
					size(file), tipeMime, now);
		}
		l = lampiranRepository.save(l);
		if (r.terbit()) {
			refreshSummary(d);
		}
		audit.record("lampiran.ditambah", "Dataset", d.getId(), d.getSlug() + " " + r.getPeriode() + ": " + l.getNama());
		return l;
	}

	@Transactional
	void detach(String lampiranUuid) {
		Lampiran l = lampiranRepository.findByUuid(lampiranUuid).orElseThrow(NotFoundException::new);
		Rilis r = rilisRepository.findById(l.getRilisId()).orElseThrow();
		Dataset d = manageable(datasets.findById(r.getDatasetId()).orElseThrow());
		lampiranRepository.delete(l);
		if (r.terbit()) {
			refreshSummary(d);
		}
		audit.record("lampiran.dihapus", "Dataset", d.getId(), d.getSlug() + ": " + l.getNama());
	}

	/**
	 * The column specs an upload of this dataset is checked against: its schema, with the rules of the
	 * Standar Data Statistik variable a column follows added (its Kode Referensi list when the column
	 * has none, the tighter of the two ranges, both patterns, its unit when the column has none). The
	 * one place where standards drive validation: every import of a dataset's table (the back office,
	 * the CKAN API, the collection module) must build its specs here. The specs are stored with the
	 * release, so the rules it was checked against stay with it.
	 */
	List<ColumnSpec> skemaImpor(Dataset d) {
		id.satudata.katalog.AturanStandarKolom standar = aturanStandar.getIfAvailable();
		java.util.Map<String, String> variabel = d.variabelKolom();
		if (standar == null || variabel.isEmpty()) {
			return d.skema();
		}
		List<ColumnSpec> out = new java.util.ArrayList<>();
		for (ColumnSpec c : d.skema()) {
			String kode = variabel.get(c.name());
			java.util.Optional<id.satudata.katalog.AturanStandarKolom.Aturan> aturan = kode == null ? java.util.Optional.empty()
					: standar.aturan(kode);
			out.add(aturan.map(a -> terapkan(c, a)).orElse(c));
		}
		return out;
	}

	static ColumnSpec terapkan(ColumnSpec c, id.satudata.katalog.AturanStandarKolom.Aturan a) {
		java.math.BigDecimal min = c.min() == null ? a.min() : a.min() == null ? c.min() : c.min().max(a.min());
		java.math.BigDecimal max = c.max() == null ? a.max() : a.max() == null ? c.max() : c.max().min(a.max());
		if (!c.type().numeric()) {
			min = null;
			max = null;
		}
		String pola = c.pattern() == null || c.pattern().isBlank() ? a.pola()
				: a.pola() == null ? c.pattern() : "(?=(?:" + c.pattern() + ")$)(?:" + a.pola() + ")";
		String codeList = c.codeList() == null || c.codeList().isBlank() ? a.kodeReferensi() : c.codeList();
		String unit = c.unit() == null || c.unit().isBlank() ? a.satuan() : c.unit();
		return new ColumnSpec(c.name(), c.label(), c.type(), unit, codeList, c.required(), min, max, pola, c.numberFormat(),
				c.key());
	}

	// ---- reading for management ------------------------------------------------------------

	Dataset manageable(String slug) {
		return manageable(datasets.findBySlug(slug).orElseThrow(() -> new NotFoundException("dataset.galat.tidakAda")));
	}

	private Dataset manageable(Dataset d) {
		if (!akses.bolehKelola(d, akses.lingkup())) {
			throw new AccessDeniedException("Not allowed to manage this dataset");
		}
		return d;
	}

	Rilis rilis(String uuid) {
		return rilisRepository.findByUuid(uuid).orElseThrow(() -> new NotFoundException("rilis.galat.tidakAda"));
	}

	List<ColumnSpec> schemaOf(Rilis r) {
		return json.readValue(r.getSkemaJson(), SCHEMA);
	}

	// ---- rules --------------------------------------------------------------------------------

	private UnitRef produsen(Long unitId) {
		if (unitId == null) {
			throw new InvalidFieldException("produsenUnitId", "validasi.wajib");
		}
		UnitRef unit = organisasi.unit(unitId)
			.orElseThrow(() -> new InvalidFieldException("produsenUnitId", "unit.galat.tidakAda"));
		if (unit.jenis() != JenisUnit.PRODUSEN_DATA || !unit.aktif()) {
			throw new InvalidFieldException("produsenUnitId", "dataset.galat.bukanProdusen");
		}
		return unit;
	}

	private void checkMetadata(DatasetForm form) {
		if (form.getTopik() != null && !form.getTopik().isBlank()
				&& kodeReferensi.kode(TOPIK, form.getTopik().strip()).filter(k -> k.aktif()).isEmpty()) {
			throw new InvalidFieldException("topik", "dataset.galat.topik", form.getTopik());
		}
		if (form.getCakupanWilayah() != null && !form.getCakupanWilayah().isBlank()
				&& !"0".equals(form.getCakupanWilayah().strip())
				&& kodeReferensi.kode(KodeReferensiLookup.WILAYAH, form.getCakupanWilayah().strip()).isEmpty()) {
			throw new InvalidFieldException("cakupanWilayah", "dataset.galat.wilayah", form.getCakupanWilayah());
		}
		if (form.getLisensi() != null && !form.getLisensi().isBlank() && !DatasetForm.LISENSI.contains(form.getLisensi())) {
			throw new InvalidFieldException("lisensi", "dataset.galat.lisensi");
		}
	}

	void checkSchema(List<ColumnSpec> columns) {
		if (columns.isEmpty()) {
			throw new UserFacingException("skema.galat.kosong");
		}
		if (columns.size() > MAX_COLUMNS) {
			throw new UserFacingException("skema.galat.terlaluBanyak", MAX_COLUMNS);
		}
		Set<String> names = new HashSet<>();
		for (ColumnSpec c : columns) {
			if (!names.add(c.name())) {
				throw new UserFacingException("skema.galat.namaGanda", c.name());
			}
			if ("_id".equals(c.name()) || c.name().startsWith("__")) {
				throw new UserFacingException("skema.galat.namaCadangan", c.name());
			}
			if (c.codeList() != null && !c.codeList().isBlank() && !kodeReferensi.adaDaftar(c.codeList())) {
				throw new UserFacingException("skema.galat.kodeReferensi", c.label(), c.codeList());
			}
			if (c.min() != null && c.max() != null && c.min().compareTo(c.max()) > 0) {
				throw new UserFacingException("skema.galat.rentang", c.label());
			}
			if (c.pattern() != null && !c.pattern().isBlank()) {
				try {
					java.util.regex.Pattern.compile(c.pattern());
				}
				catch (PatternSyntaxException e) {
					throw new UserFacingException("skema.galat.pola", c.label());
				}
			}
		}
	}

	private static void checkAttachment(JenisLampiran jenis, String format) {
		Set<String> allowed = switch (jenis) {
			case PDF -> Set.of("PDF");
			case GAMBAR -> Set.of("PNG", "JPG", "JPEG", "WEBP", "SVG");
			case GEOJSON -> Set.of("GEOJSON", "JSON");
			case DOKUMEN -> Set.of("DOCX", "XLSX", "ODT", "ODS", "CSV", "TXT", "PPTX");
			case LAINNYA -> Set.of("ZIP", "GPKG", "SHP", "KML", "KMZ", "XML", "JSON", "PDF", "CSV", "TXT");
			case TAUTAN -> Set.of();
		};
		if (!allowed.contains(format)) {
			throw new InvalidFieldException("berkas", "lampiran.galat.format", format, String.join(", ", allowed));
		}
	}

	private String uniqueSlug(String base) {
		String slug = base;
		int i = 2;
		while (datasets.existsBySlug(slug)) {
			slug = base + "-" + i++;
		}
		return slug;
	}

	static String extension(String filename) {
		String name = filename == null ? "" : filename;
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
	}

	/** The user's file name without any path, for display only. */
	static String safeName(String filename) {
		if (filename == null) {
			return null;
		}
		String name = filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
		return name.length() > 300 ? name.substring(0, 300) : name;
	}

	private static Long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException e) {
			return null;
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
