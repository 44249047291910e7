package id.satudata.katalog.rilis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.LoggerFactory;
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
import id.satudata.datastore.TableRef;
import id.satudata.katalog.DrafRilis;
import id.satudata.katalog.RilisDiterbitkan;
import id.satudata.katalog.StatusRilis;
import id.satudata.katalog.dataset.Dataset;
import id.satudata.katalog.dataset.DatasetRepository;
import id.satudata.katalog.dataset.DatasetService;
import id.satudata.katalog.dataset.SkemaService;
import id.satudata.katalog.internal.Berkas;
import id.satudata.katalog.internal.KatalogAkses;
import id.satudata.katalog.lampiran.Lampiran;
import id.satudata.katalog.lampiran.LampiranRepository;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dataset's releases: a new upload is a new version (data never changes), a producer's checked
 * table is kept as a draft, and publishing or withdrawing one updates the dataset's summary of
 * published releases. Every change is checked against {@link KatalogAkses} and audited.
 */
@Service
@Transactional(readOnly = true)
public class RilisService {

	private static final TypeReference<List<ColumnSpec>> SCHEMA = new TypeReference<>() {
	};

	private final DatasetRepository datasets;
	private final RilisRepository rilisRepository;
	private final LampiranRepository lampiranRepository;
	private final DatasetService datasetService;
	private final SkemaService skemaService;
	private final KatalogAkses akses;
	private final Datastore datastore;
	private final JsonMapper json;
	private final Audit audit;
	private final FileStore fileStore;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RilisService(DatasetRepository datasets, RilisRepository rilisRepository, LampiranRepository lampiranRepository,
			DatasetService datasetService, SkemaService skemaService, KatalogAkses akses, Datastore datastore,
			JsonMapper json, Audit audit, FileStore fileStore, CurrentUser currentUser, ApplicationEventPublisher events,
			Clock clock) {
		this.datasets = datasets;
		this.rilisRepository = rilisRepository;
		this.lampiranRepository = lampiranRepository;
		this.datasetService = datasetService;
		this.skemaService = skemaService;
		this.akses = akses;
		this.datastore = datastore;
		this.json = json;
		this.audit = audit;
		this.fileStore = fileStore;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	/** The outcome of an upload: the new draft release, or the issues that stopped it. */
	public record Unggahan(ImportResult impor, Rilis rilis) {
	}

	@Transactional
	public Unggahan unggah(String slug, Path file, String namaBerkas, String periodeText, String catatan,
			ImportOptions options) {
		Dataset d = datasetService.kelolaan(slug);
		if (d.skema().isEmpty()) {
			throw new UserFacingException("rilis.galat.tanpaSkema");
		}
		Periode periode = Periode.parse(periodeText);
		List<ColumnSpec> skema = skemaService.skemaImpor(d);
		// names for codes are matched within the dataset's coverage area (unless the caller chose otherwise)
		ImportOptions opsi = options.names().coverage() == null
				? options.withNames(new id.satudata.datastore.NameMatching(d.getCakupanWilayah(), options.names().decisions()))
				: options;
		ImportResult result = datastore.importTable(file, skema, opsi);
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
				result.table().storageKey(), result.rows(), json.writeValueAsString(skema), Berkas.safeName(namaBerkas),
				Berkas.size(file), result.file().format(), denganCatatanKaki(catatan, result.file() == null ? List.of() : result.file().footnotes()),
				currentUser.actorName(), clock.instant()));
		audit.record("rilis.dibuat", "Dataset", d.getId(), slug + " " + periode.label() + " v" + versi + ": "
				+ result.rows() + " baris (" + Berkas.safeName(namaBerkas) + ")");
		return new Unggahan(result, r);
	}

	/**
	 * A draft release of a table a producer's submission already imported and checked: the
	 * dataset's Produsen Data (or its Walidata) keeps it; only the review publishes it.
	 */
	@Transactional
	public Rilis simpanDraf(long datasetId, DrafRilis draf) {
		Dataset d = datasets.findById(datasetId).orElseThrow(NotFoundException::new);
		if (!akses.bolehKelola(d, akses.lingkup())
				&& !currentUser.hasForUnit(Peran.PRODUSEN_DATA, d.getOrganisasiId(), d.getProdusenUnitId())) {
			throw new AccessDeniedException("Not the producer or Walidata of this dataset");
		}
		Periode periode = Periode.parse(draf.periode());
		TableRef table = draf.tabel();
		int versi = rilisRepository.maxVersi(d.getId(), periode.label()) + 1;
		Rilis r = rilisRepository.save(new Rilis(d.getId(), periode.label(), periode.mulai(), periode.akhir(), versi,
				table.storageKey(), table.rows(), json.writeValueAsString(table.columns()),
				Berkas.safeName(draf.namaBerkas()), draf.ukuranBerkas(), draf.format(), blank(draf.catatan()),
				currentUser.actorName(), clock.instant()));
		r.tandaiDariPengajuan();
		audit.record("rilis.dibuat", "Dataset", d.getId(), d.getSlug() + " " + periode.label() + " v" + versi + ": "
				+ table.rows() + " baris (" + Berkas.safeName(draf.namaBerkas()) + ", pengajuan)");
		return r;
	}

	/**
	 * The Walidata's own "Terbitkan" on the dataset page: only for releases it uploaded itself. A release
	 * from a producer's submission reaches the public through the review (pemeriksaan), checked twice.
	 */
	@Transactional
	public Rilis terbitkanLangsung(String uuid) {
		Rilis r = rilis(uuid);
		if (r.hanyaLewatPemeriksaan()) {
			throw new UserFacingException("rilis.galat.melaluiPemeriksaan");
		}
		return ubahTerbit(r, true);
	}

	@Transactional
	public Rilis terbitkan(String uuid) {
		return ubahTerbit(rilis(uuid), true);
	}

	@Transactional
	public Rilis tarik(String uuid) {
		return ubahTerbit(rilis(uuid), false);
	}

	private Rilis ubahTerbit(Rilis r, boolean terbit) {
		Dataset d = datasetService.kelolaan(datasets.findById(r.getDatasetId()).orElseThrow());
		if (terbit) {
			r.terbitkan(clock.instant());
		}
		else {
			r.tarik(clock.instant());
		}
		perbaruiRingkasan(d);
		audit.record(terbit ? "rilis.diterbitkan" : "rilis.ditarik", "Dataset", d.getId(),
				d.getSlug() + " " + r.getPeriode() + " v" + r.getVersi());
		events.publishEvent(new RilisDiterbitkan(d.getId(), d.getSlug(), r.getUuid(), r.getPeriode(), r.getVersi(),
				terbit));
		return r;
	}

	/**
	 * Deletes a draft the Walidata uploaded (a bad file, a wrong period): its row, its attachments and,
	 * once committed, its table and attachment files. A release that is or was published, and a draft
	 * of a producer's submission (the review's), are refused with 409.
	 */
	@Transactional
	public Rilis hapusDraf(String slug, String uuid) {
		Rilis r = kelolaan(slug, uuid);
		if (r.getStatus() != StatusRilis.DRAFT) {
			throw new UserFacingException(HttpStatus.CONFLICT, "rilis.galat.hapusTerbit", r.getPeriode(), r.getVersi());
		}
		if (r.hanyaLewatPemeriksaan()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "rilis.galat.hapusPengajuan", r.getPeriode(), r.getVersi());
		}
		Dataset d = datasets.findById(r.getDatasetId()).orElseThrow();
		List<Lampiran> lampiran = lampiranRepository.findByRilisIdInOrderByDibuatPadaAsc(List.of(r.getId()));
		List<String> files = new ArrayList<>();
		lampiran.forEach(l -> {
			if (l.getStorageKey() != null) {
				files.add(l.getStorageKey());
			}
			lampiranRepository.delete(l);
		});
		rilisRepository.delete(r);
		TableRef table = new TableRef(r.getStorageKey(), schemaOf(r), r.getJumlahBaris());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					datastore.delete(table);
					files.forEach(RilisService.this::hapusBerkas);
				}
			}
		});
		audit.record("rilis.dihapus", "Dataset", d.getId(), d.getSlug() + " " + r.getPeriode() + " v" + r.getVersi()
				+ " (draf, " + r.getJumlahBaris() + " baris, " + lampiran.size() + " lampiran)");
		return r;
	}

	private void hapusBerkas(String key) {
		try {
			fileStore.delete(key);
		}
		catch (IOException e) {
			LoggerFactory.getLogger(RilisService.class).warn("Could not delete attachment file {}: {}", key,
					e.getMessage());
		}
	}

	/** Recomputes the published-release summary that search and lists use. */
	public void perbaruiRingkasan(Dataset d) {
		List<Rilis> published = rilisRepository.findByDatasetIdAndStatus(d.getId(), StatusRilis.TERBIT);
		Set<String> periods = new LinkedHashSet<>();
		published.stream().sorted(Comparator.comparing(Rilis::getPeriode).reversed()).forEach(r -> periods.add(r.getPeriode()));
		Set<String> formats = new LinkedHashSet<>();
		int resources = published.size();
		if (!published.isEmpty()) {
			// the formats of the dataset's CKAN resources: the tables' CSV and the attachments' formats (the
			// other downloads of a table are derived from CSV: Dataset.getFormatUnduhan)
			formats.add("CSV");
			var attachments = lampiranRepository.findByRilisIdInOrderByDibuatPadaAsc(published.stream().map(Rilis::getId)
				.toList());
			attachments.forEach(l -> formats.add(l.getFormat().toUpperCase(Locale.ROOT)));
			resources += attachments.size();
			var links = lampiranRepository.findByDatasetIdInOrderByDibuatPadaAsc(List.of(d.getId()));
			links.forEach(l -> formats.add(l.getFormat().toUpperCase(Locale.ROOT)));
			resources += links.size();
		}
		Instant last = published.stream().map(Rilis::getDiterbitkanPada).max(Comparator.naturalOrder()).orElse(null);
		d.ringkasanTerbit(periods, formats, resources, last, clock.instant());
	}

	public Rilis rilis(String uuid) {
		return rilisRepository.findByUuid(uuid).orElseThrow(() -> new NotFoundException("rilis.galat.tidakAda"));
	}

	/** A release of a dataset the caller manages (a release of another dataset is not found here). */
	public Rilis kelolaan(String slug, String uuid) {
		Dataset d = datasetService.kelolaan(slug);
		Rilis r = rilis(uuid);
		if (r.getDatasetId() != d.getId()) {
			throw new NotFoundException("rilis.galat.tidakAda");
		}
		return r;
	}

	/** The schema the release's table was written with. */
	public List<ColumnSpec> schemaOf(Rilis r) {
		return json.readValue(r.getSkemaJson(), SCHEMA);
	}

	/** The release's note: the uploader's note, then the file's footnotes ("Sumber: BPS ..."), one a line. */
	static String denganCatatanKaki(String catatan, List<String> footnotes) {
		List<String> parts = new java.util.ArrayList<>();
		if (blank(catatan) != null) {
			parts.add(catatan.strip());
		}
		footnotes.stream().map(String::strip).filter(f -> !f.isEmpty() && !parts.contains(f)).forEach(parts::add);
		String joined = String.join("\n", parts);
		return joined.isEmpty() ? null : joined.length() > MAKS_CATATAN ? joined.substring(0, MAKS_CATATAN - 1) + "…" : joined;
	}

	/** The release note's column size. */
	private static final int MAKS_CATATAN = 2000;

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
