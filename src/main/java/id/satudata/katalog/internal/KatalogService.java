package id.satudata.katalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.datastore.Datastore;
import id.satudata.datastore.QueryResult;
import id.satudata.datastore.TableRef;
import id.satudata.katalog.Akses;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.HasilPencarian.NilaiFacet;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.LampiranView;
import id.satudata.katalog.OrganisasiKatalog;
import id.satudata.katalog.PencarianDataset;
import id.satudata.katalog.PencarianDataset.Facet;
import id.satudata.katalog.RilisTerbaru;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.Statistik;
import id.satudata.katalog.StatusRilis;
import id.satudata.katalog.StubDataset;
import id.satudata.katalog.TabelRilis;
import id.satudata.katalog.dataset.Dataset;
import id.satudata.katalog.dataset.DatasetRepository;
import id.satudata.katalog.dataset.SkemaService;
import id.satudata.katalog.lampiran.Lampiran;
import id.satudata.katalog.lampiran.LampiranRepository;
import id.satudata.katalog.pencarian.PencarianKatalog;
import id.satudata.katalog.rilis.Rilis;
import id.satudata.katalog.rilis.RilisRepository;
import id.satudata.katalog.rilis.RilisService;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.web.NotFoundException;

/** Reading the catalog as the current caller; every answer passes {@link KatalogAkses}. */
@Service
@Transactional(readOnly = true)
public class KatalogService implements Katalog {

	private final DatasetRepository datasets;
	private final RilisRepository rilisRepository;
	private final LampiranRepository lampiranRepository;
	private final PencarianKatalog pencarian;
	private final KatalogAkses akses;
	private final SkemaService skemaService;
	private final RilisService rilisService;
	private final Datastore datastore;
	private final FileStore fileStore;
	/** The public's view of each dataset, by id, with the row version it was read at. */
	private final Cache<Long, PerVersi<DatasetDetail>> tampilanPublik = Caffeine.newBuilder().maximumSize(10_000)
		.build();
	/** The public's view of each release's table, by release id, with its dataset's row version. */
	private final Cache<String, PerVersi<TabelRilis>> tabelPublik = Caffeine.newBuilder().maximumSize(10_000).build();

	KatalogService(DatasetRepository datasets, RilisRepository rilisRepository, LampiranRepository lampiranRepository,
			PencarianKatalog pencarian, KatalogAkses akses, SkemaService skemaService, RilisService rilisService,
			Datastore datastore, FileStore fileStore) {
		this.datasets = datasets;
		this.rilisRepository = rilisRepository;
		this.lampiranRepository = lampiranRepository;
		this.pencarian = pencarian;
		this.akses = akses;
		this.skemaService = skemaService;
		this.rilisService = rilisService;
		this.datastore = datastore;
		this.fileStore = fileStore;
	}

	@Override
	public HasilPencarian cari(PencarianDataset p) {
		return pencarian.cari(p);
	}

	@Override
	public HasilPencarian cari(id.satudata.katalog.PencarianCkan p) {
		return pencarian.cari(p);
	}

	@Override
	public Optional<DatasetDetail> dataset(String slugAtauId) {
		KatalogAkses.Lingkup l = akses.lingkup();
		if (l.publik()) {
			return datasetPublik(slugAtauId, l);
		}
		return cari(slugAtauId).filter(d -> akses.bolehLihat(d, l)).map(d -> detail(d, l));
	}

	/**
	 * What the public (and every user without a role over the dataset, who sees the same) reads of a
	 * dataset, kept per dataset while its row version stays the same: every change of what the public
	 * sees — metadata, access level, producer, schema, publishing or withdrawing a release, the
	 * attachments of a published release ({@link RilisService#perbaruiRingkasan}) — writes the dataset
	 * row and so changes its version. Checking the version is one indexed lookup in the shared
	 * database, so every node of a cluster sees a change at once; the view itself takes six queries.
	 */
	private Optional<DatasetDetail> datasetPublik(String slugAtauId, KatalogAkses.Lingkup l) {
		Optional<DatasetRepository.Versi> versi = versiDataset(slugAtauId);
		if (versi.isEmpty()) {
			return Optional.empty();
		}
		long id = versi.get().getId();
		return perVersi(tampilanPublik, id, versi.get().getVersion(), () -> datasets.findById(id)
			.map(d -> new PerVersi<>(d.getVersion(), akses.bolehLihat(d, l) ? detail(d, l) : null)));
	}

	/**
	 * The dataset's id and row version by slug, then uuid, then numeric id: the same order as
	 * {@link VersiDatasetJdbc} (package_show's lookup outside a transaction); this one runs in JPA, which
	 * flushes the caller's transaction before the query.
	 */
	private Optional<DatasetRepository.Versi> versiDataset(String slugAtauId) {
		if (slugAtauId == null) {
			return Optional.empty();
		}
		Optional<DatasetRepository.Versi> versi = datasets.versiBySlug(slugAtauId);
		if (versi.isEmpty() && isUuid(slugAtauId)) {
			versi = datasets.versiByUuid(slugAtauId.toLowerCase(java.util.Locale.ROOT));
		}
		if (versi.isEmpty() && isId(slugAtauId)) {
			versi = datasets.versiById(Long.parseLong(slugAtauId));
		}
		return versi;
	}

	/**
	 * What the public sees of something of a dataset ({@code null}: that it may not see it), at the
	 * dataset's row version it was read at.
	 */
	private record PerVersi<V>(long version, V value) {
	}

	/**
	 * The kept value if it was read at the dataset's current row version, else the one {@code load}
	 * reads (none: the dataset is gone), kept in its place.
	 */
	private static <K, V> Optional<V> perVersi(Cache<K, PerVersi<V>> cache, K key, long version,
			java.util.function.Supplier<Optional<PerVersi<V>>> load) {
		PerVersi<V> cached = cache.getIfPresent(key);
		if (cached == null || cached.version() != version) {
			Optional<PerVersi<V>> loaded = load.get();
			if (loaded.isEmpty()) {
				return Optional.empty();
			}
			cached = loaded.get();
			cache.put(key, cached);
		}
		return Optional.ofNullable(cached.value());
	}

	private static final java.util.regex.Pattern POLA_ID = java.util.regex.Pattern.compile("\\d{1,18}");

	private static final java.util.regex.Pattern POLA_UUID = java.util.regex.Pattern.compile("[0-9a-fA-F-]{36}");

	/** Whether a dataset's slug-or-id may be its numeric id. */
	static boolean isId(String s) {
		return s != null && POLA_ID.matcher(s).matches();
	}

	/** Whether a dataset's slug-or-id may be its uuid. */
	static boolean isUuid(String s) {
		return s != null && s.length() == 36 && POLA_UUID.matcher(s).matches();
	}

	/**
	 * A dataset by its uuid (its public id), slug or numeric id (aliases kept so old links work), without
	 * any access check.
	 */
	Optional<Dataset> cari(String slugAtauId) {
		if (slugAtauId == null) {
			return Optional.empty();
		}
		Optional<Dataset> found = datasets.findBySlug(slugAtauId);
		if (found.isEmpty() && isUuid(slugAtauId)) {
			found = datasets.findByUuid(slugAtauId.toLowerCase(java.util.Locale.ROOT));
		}
		if (found.isEmpty() && isId(slugAtauId)) {
			found = datasets.findById(Long.parseLong(slugAtauId));
		}
		return found;
	}

	@Override
	public Optional<List<id.satudata.datastore.ColumnSpec>> skemaImpor(long datasetId) {
		KatalogAkses.Lingkup l = akses.lingkup();
		return datasets.findById(datasetId).filter(d -> akses.bolehLihat(d, l)).map(skemaService::skemaImpor);
	}

	@Override
	public List<DatasetRingkas> datasetProdusen(java.util.Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return datasets.findAll(Specification.where(akses.terlihat(akses.lingkup())
			.and((d, cb) -> d.get("produsenUnitId").in(unitIds))), Sort.by("judul")).stream().map(Dataset::ringkas)
			.toList();
	}

	@Override
	public List<String> slugPublik() {
		return datasets.slugs(Akses.TERBUKA);
	}

	@Override
	public List<OrganisasiKatalog> organisasi() {
		return pencarian.organisasi();
	}

	@Override
	public Optional<OrganisasiKatalog> organisasi(String slug) {
		// by name, by uuid (the CKAN id) or by the numeric unit id (the old id, kept as an alias)
		return organisasi().stream().filter(o -> o.slug().equals(slug) || o.uuid().equalsIgnoreCase(slug)
				|| String.valueOf(o.unitId()).equals(slug)).findFirst();
	}

	@Override
	public List<OrganisasiKatalog> organisasiKelolaan() {
		KatalogAkses.Lingkup l = akses.lingkup();
		return organisasi().stream().filter(o -> l.admin() || l.kelolaOrganisasi().contains(o.organisasiId())).toList();
	}

	@Override
	public List<NilaiFacet> topik() {
		return pencarian.topik();
	}

	@Override
	public Optional<TabelRilis> tabel(String rilisUuid) {
		return tabel(rilisUuid, akses.lingkup());
	}

	private Optional<TabelRilis> tabel(String rilisUuid, KatalogAkses.Lingkup l) {
		if (l.publik()) {
			return tabelPublik(rilisUuid, l);
		}
		return rilisRepository.findByUuid(rilisUuid).flatMap(r -> datasets.findById(r.getDatasetId())
			.filter(d -> akses.bolehLihat(d, r, l)).map(d -> tabelRilis(d, r)));
	}

	/**
	 * A release's table as the public sees it (or that it may not), kept while its dataset's row
	 * version stays the same: publishing or withdrawing a release and every change of the dataset's
	 * access write the dataset row ({@link RilisService#perbaruiRingkasan}), and a release's rows and
	 * schema never change. So a public datastore query checks one indexed row instead of loading the
	 * release and the dataset (six queries), as {@link #datasetPublik} does for the dataset page.
	 */
	private Optional<TabelRilis> tabelPublik(String rilisUuid, KatalogAkses.Lingkup l) {
		Optional<DatasetRepository.Versi> versi = datasets.versiByRilisUuid(rilisUuid);
		if (versi.isEmpty()) {
			return Optional.empty();
		}
		return perVersi(tabelPublik, rilisUuid, versi.get().getVersion(), () -> rilisRepository.findByUuid(rilisUuid)
			.flatMap(r -> datasets.findById(r.getDatasetId())
				.map(d -> new PerVersi<>(d.getVersion(), akses.bolehLihat(d, r, l) ? tabelRilis(d, r) : null))));
	}

	private TabelRilis tabelRilis(Dataset d, Rilis r) {
		return new TabelRilis(d.ringkas(), r.view(List.of(), true),
				new TableRef(r.getStorageKey(), rilisService.schemaOf(r), r.getJumlahBaris()));
	}

	@Override
	public Optional<LampiranView> lampiran(String uuid) {
		KatalogAkses.Lingkup l = akses.lingkup();
		return lampiranRepository.findByUuid(uuid).filter(a -> a.getRilisId() == null
				? datasets.findById(a.getDatasetId()).map(d -> akses.bolehLihat(d, l)).orElse(false)
				: rilisRepository.findById(a.getRilisId())
					.flatMap(r -> datasets.findById(r.getDatasetId()).map(d -> akses.bolehLihat(d, r, l))).orElse(false))
			.map(Lampiran::view);
	}

	@Override
	public InputStream bukaLampiran(String uuid) throws IOException {
		LampiranView view = lampiran(uuid).orElseThrow(NotFoundException::new);
		Lampiran l = lampiranRepository.findByUuid(view.uuid()).orElseThrow(NotFoundException::new);
		if (l.getStorageKey() == null) {
			throw new NotFoundException();
		}
		return fileStore.open(l.getStorageKey());
	}

	@Override
	public QueryResult sql(String sql) {
		KatalogAkses.Lingkup l = akses.lingkup();
		return datastore.sql(sql, name -> tabel(name, l).map(TabelRilis::tabel));
	}

	@Override
	public Statistik statistik() {
		HasilPencarian all = cari(new PencarianDataset(null, Map.of(), "NAMA", 0, 0,
				List.of(Facet.ORGANISASI, Facet.PRIORITAS)));
		long prioritas = all.facet().get(Facet.PRIORITAS).stream().filter(f -> "true".equals(f.nilai()))
			.mapToLong(NilaiFacet::jumlah).sum();
		long releases = rilisRepository.count(RilisRepository.berstatus(StatusRilis.TERBIT,
				akses.terlihat(akses.lingkup())));
		return new Statistik(all.total(), releases, all.facet().get(Facet.ORGANISASI).size(), prioritas);
	}

	@Override
	public List<RilisTerbaru> rilisTerbaru(int jumlah) {
		List<RilisTerbaru> result = new ArrayList<>();
		List<Rilis> newest = rilisRepository.findBy(RilisRepository.berstatus(StatusRilis.TERBIT,
				akses.terlihat(akses.lingkup())), q -> q.sortBy(Sort.by(Sort.Direction.DESC, "diterbitkanPada"))
					.limit(Math.max(1, jumlah)).all());
		for (Rilis r : newest) {
			datasets.findById(r.getDatasetId())
				.ifPresent(d -> result.add(new RilisTerbaru(d.ringkas(), r.view(List.of(), true))));
		}
		return result;
	}

	@Override
	public Optional<DatasetDetail> datasetDariSumber(String uuid) {
		Optional<Rilis> rilis = rilisRepository.findByUuid(uuid);
		KatalogAkses.Lingkup l = akses.lingkup();
		if (rilis.isEmpty()) {
			Optional<Lampiran> lampiran = lampiranRepository.findByUuid(uuid);
			if (lampiran.isPresent() && lampiran.get().getRilisId() == null) {
				// a link of the dataset itself
				return datasets.findById(lampiran.get().getDatasetId()).filter(d -> akses.bolehLihat(d, l))
					.map(d -> detail(d, l));
			}
			rilis = lampiran.flatMap(a -> rilisRepository.findById(a.getRilisId()));
		}
		return rilis.flatMap(r -> datasets.findById(r.getDatasetId()).filter(d -> akses.bolehLihat(d, r, l)))
			.map(d -> detail(d, l));
	}

	@Override
	public Optional<StubDataset> stub(String slugAtauId) {
		Optional<Dataset> found = datasets.findBySlug(slugAtauId);
		if (found.isEmpty() && isId(slugAtauId)) {
			found = datasets.findById(Long.parseLong(slugAtauId));
		}
		return found.filter(KatalogService::terbatasTerbit).map(Dataset::stub).filter(StubDataset::dapatDimohon);
	}

	@Override
	public List<StubDataset> stubDapatDimohon() {
		return datasets.findAll(Specification.<Dataset>where((d, cb) -> cb.and(cb.isTrue(d.<Boolean>get("ditayangkan")),
				cb.equal(d.get("akses"), Akses.TERBATAS), cb.isTrue(d.<Boolean>get("stubDapatDimohon")))),
				Sort.by("judul", "id")).stream().map(Dataset::stub).toList();
	}

	@Override
	public Optional<StubDataset> stubTerbatas(long datasetId) {
		return datasets.findById(datasetId).filter(KatalogService::terbatasTerbit).map(Dataset::stub);
	}

	private static boolean terbatasTerbit(Dataset d) {
		return d.isDitayangkan() && d.getAkses() == Akses.TERBATAS;
	}

	// ---- mapping ------------------------------------------------------------------------------

	public DatasetDetail detail(Dataset d, KatalogAkses.Lingkup l) {
		return details(List.of(d), l).get(0);
	}

	/** Details of several datasets with one query for their releases and one for their attachments. */
	List<DatasetDetail> details(List<Dataset> list, KatalogAkses.Lingkup l) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Rilis>> byDataset = new HashMap<>();
		rilisRepository.findByDatasetIdInOrderByPeriodeDescVersiDesc(list.stream().map(Dataset::getId).toList())
			.forEach(r -> byDataset.computeIfAbsent(r.getDatasetId(), k -> new ArrayList<>()).add(r));
		Map<Long, Boolean> drafts = new HashMap<>();
		List<Rilis> visible = new ArrayList<>();
		for (Dataset d : list) {
			boolean draft = akses.bolehLihatDraf(d, l);
			drafts.put(d.getId(), draft);
			byDataset.getOrDefault(d.getId(), List.of()).stream().filter(r -> draft || r.terbit()).forEach(visible::add);
		}
		Map<Long, List<LampiranView>> attachments = new HashMap<>();
		if (!visible.isEmpty()) {
			lampiranRepository.findByRilisIdInOrderByDibuatPadaAsc(visible.stream().map(Rilis::getId).toList())
				.forEach(a -> attachments.computeIfAbsent(a.getRilisId(), k -> new ArrayList<>()).add(a.view()));
		}
		Map<Long, List<LampiranView>> links = new HashMap<>();
		lampiranRepository.findByDatasetIdInOrderByDibuatPadaAsc(list.stream().map(Dataset::getId).toList())
			.forEach(a -> links.computeIfAbsent(a.getDatasetId(), k -> new ArrayList<>()).add(a.view()));
		List<DatasetDetail> result = new ArrayList<>(list.size());
		for (Dataset d : list) {
			boolean draft = drafts.get(d.getId());
			Set<String> newestShown = new HashSet<>();
			List<RilisView> views = new ArrayList<>();
			for (Rilis r : byDataset.getOrDefault(d.getId(), List.of())) {
				if (draft || r.terbit()) {
					boolean terkini = r.terbit() && newestShown.add(r.getPeriode());
					views.add(r.view(List.copyOf(attachments.getOrDefault(r.getId(), List.of())), terkini));
				}
			}
			result.add(new DatasetDetail(d.ringkas(), d.getCakupanWilayah(), d.getSatuan(), d.getKontakNama(),
					d.getKontakEmail(), d.getStandarData(), d.getDaftarDataId(), d.getMetadataStatistikId(),
					d.getProdusenUnitId(), d.skema(), List.copyOf(views), akses.bolehKelola(d, l), d.variabelKolom(),
					links.getOrDefault(d.getId(), List.of())));
		}
		return result;
	}

	@Override
	public List<DatasetDetail> detail(List<DatasetRingkas> datasetList) {
		KatalogAkses.Lingkup l = akses.lingkup();
		Map<Long, Dataset> byId = new HashMap<>();
		datasets.findAllByIdIn(datasetList.stream().map(DatasetRingkas::id).toList()).forEach(d -> byId.put(d.getId(), d));
		List<Dataset> ordered = datasetList.stream().map(r -> byId.get(r.id()))
			.filter(d -> d != null && akses.bolehLihat(d, l)).toList();
		return details(ordered, l);
	}

}
