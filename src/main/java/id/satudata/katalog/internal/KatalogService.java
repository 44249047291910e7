package id.satudata.katalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.data.domain.PageRequest;
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
import id.satudata.katalog.TabelRilis;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.KodeView;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.web.Messages;
import id.satudata.shared.web.NotFoundException;

/** Reading the catalog as the current caller; every answer passes {@link KatalogAkses}. */
@Service
@Transactional(readOnly = true)
class KatalogService implements Katalog {

	private final DatasetRepository datasets;
	private final RilisRepository rilisRepository;
	private final LampiranRepository lampiranRepository;
	private final DatasetSearch search;
	private final KatalogAkses akses;
	private final DatasetService datasetService;
	private final OrganisasiDirectory organisasi;
	private final KodeReferensiLookup kodeReferensi;
	private final Datastore datastore;
	private final FileStore fileStore;
	private final Messages messages;
	/** The public's view of each dataset, by id, with the row version it was read at. */
	private final Cache<Long, PerVersi<DatasetDetail>> tampilanPublik = Caffeine.newBuilder().maximumSize(10_000)
		.build();
	/** The public's view of each release's table, by release id, with its dataset's row version. */
	private final Cache<String, PerVersi<TabelRilis>> tabelPublik = Caffeine.newBuilder().maximumSize(10_000).build();

	KatalogService(DatasetRepository datasets, RilisRepository rilisRepository, LampiranRepository lampiranRepository,
			DatasetSearch search, KatalogAkses akses, DatasetService datasetService, OrganisasiDirectory organisasi,
			KodeReferensiLookup kodeReferensi, Datastore datastore, FileStore fileStore, Messages messages) {
		this.datasets = datasets;
		this.rilisRepository = rilisRepository;
		this.lampiranRepository = lampiranRepository;
		this.search = search;
		this.akses = akses;
		this.datasetService = datasetService;
		this.organisasi = organisasi;
		this.kodeReferensi = kodeReferensi;
		this.datastore = datastore;
		this.fileStore = fileStore;
		this.messages = messages;
	}

	@Override
	public HasilPencarian cari(PencarianDataset p) {
		DatasetSearch.Hits hits = search.search(p, akses.lingkup());
		Map<String, List<NilaiFacet>> facets = new LinkedHashMap<>();
		Labels labels = new Labels();
		hits.facets().forEach((facet, counts) -> facets.put(facet, counts.entrySet().stream()
			.map(e -> new NilaiFacet(e.getKey(), labels.of(facet, e.getKey()), e.getValue())).toList()));
		return new HasilPencarian(hits.total(), hits.hits().stream().map(KatalogService::ringkas).toList(), facets);
	}

	@Override
	public Optional<DatasetDetail> dataset(String slugAtauId) {
		KatalogAkses.Lingkup l = akses.lingkup();
		if (l.publik()) {
			return datasetPublik(slugAtauId, l);
		}
		Optional<Dataset> found = datasets.findBySlug(slugAtauId);
		if (found.isEmpty() && isId(slugAtauId)) {
			found = datasets.findById(Long.parseLong(slugAtauId));
		}
		return found.filter(d -> akses.bolehLihat(d, l)).map(d -> detail(d, l));
	}

	/**
	 * What the public (and every user without a role over the dataset, who sees the same) reads of a
	 * dataset, kept per dataset while its row version stays the same: every change of what the public
	 * sees — metadata, access level, producer, schema, publishing or withdrawing a release, the
	 * attachments of a published release ({@link DatasetService#refreshSummary}) — writes the dataset
	 * row and so changes its version. Checking the version is one indexed lookup in the shared
	 * database, so every node of a cluster sees a change at once; the view itself takes six queries.
	 */
	private Optional<DatasetDetail> datasetPublik(String slugAtauId, KatalogAkses.Lingkup l) {
		Optional<DatasetRepository.Versi> versi = datasets.versiBySlug(slugAtauId);
		if (versi.isEmpty() && isId(slugAtauId)) {
			versi = datasets.versiById(Long.parseLong(slugAtauId));
		}
		if (versi.isEmpty()) {
			return Optional.empty();
		}
		long id = versi.get().getId();
		return perVersi(tampilanPublik, id, versi.get().getVersion(), () -> datasets.findById(id)
			.map(d -> new PerVersi<>(d.getVersion(), akses.bolehLihat(d, l) ? detail(d, l) : null)));
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

	private static boolean isId(String s) {
		return s != null && s.matches("\\d{1,18}");
	}

	@Override
	public Optional<List<id.satudata.datastore.ColumnSpec>> skemaImpor(long datasetId) {
		KatalogAkses.Lingkup l = akses.lingkup();
		return datasets.findById(datasetId).filter(d -> akses.bolehLihat(d, l)).map(datasetService::skemaImpor);
	}

	@Override
	public List<DatasetRingkas> datasetProdusen(java.util.Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		KatalogAkses.Lingkup l = akses.lingkup();
		return datasets.findByProdusenUnitIdInOrderByJudulAsc(unitIds).stream().filter(d -> akses.bolehLihat(d, l))
			.map(KatalogService::ringkas).toList();
	}

	@Override
	public List<String> slugPublik() {
		return datasets.slugs(Akses.TERBUKA);
	}

	@Override
	public List<OrganisasiKatalog> organisasi() {
		HasilPencarian counts = cari(new PencarianDataset(null, Map.of(), "NAMA", 0, 0, List.of(Facet.ORGANISASI)));
		Map<String, Long> bySlug = counts.facet().get(Facet.ORGANISASI).stream()
			.collect(Collectors.toMap(NilaiFacet::nilai, NilaiFacet::jumlah));
		Map<Long, OrganisasiRef> orgs = organisasi.semuaOrganisasi().stream()
			.collect(Collectors.toMap(OrganisasiRef::id, Function.identity()));
		List<OrganisasiKatalog> result = new ArrayList<>();
		for (UnitRef u : organisasi.semuaUnitBerjenis(JenisUnit.PRODUSEN_DATA)) {
			OrganisasiRef org = orgs.get(u.organisasiId());
			if (org == null || !u.aktif()) {
				continue;
			}
			String slug = Slugs.produsen(u, org);
			result.add(new OrganisasiKatalog(u.id(), slug, u.nama(), u.singkatan(), org.id(), org.nama(),
					bySlug.getOrDefault(slug, 0L)));
		}
		result.sort(Comparator.comparing(OrganisasiKatalog::slug));
		return result;
	}

	@Override
	public Optional<OrganisasiKatalog> organisasi(String slug) {
		return organisasi().stream().filter(o -> o.slug().equals(slug)).findFirst();
	}

	@Override
	public List<NilaiFacet> topik() {
		HasilPencarian counts = cari(new PencarianDataset(null, Map.of(), "NAMA", 0, 0, List.of(Facet.TOPIK)));
		Map<String, Long> byCode = counts.facet().get(Facet.TOPIK).stream()
			.collect(Collectors.toMap(NilaiFacet::nilai, NilaiFacet::jumlah));
		return kodeReferensi.anak(DatasetService.TOPIK, null).stream()
			.map(k -> new NilaiFacet(k.kode(), k.nama(), byCode.getOrDefault(k.kode(), 0L))).toList();
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
	 * access write the dataset row ({@link DatasetService#refreshSummary}), and a release's rows and
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
		return new TabelRilis(ringkas(d), view(r, List.of(), true),
				new TableRef(r.getStorageKey(), datasetService.schemaOf(r), r.getJumlahBaris()));
	}

	@Override
	public Optional<LampiranView> lampiran(String uuid) {
		KatalogAkses.Lingkup l = akses.lingkup();
		return lampiranRepository.findByUuid(uuid).filter(a -> rilisRepository.findById(a.getRilisId())
			.flatMap(r -> datasets.findById(r.getDatasetId()).map(d -> akses.bolehLihat(d, r, l))).orElse(false))
			.map(KatalogService::view);
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
		KatalogAkses.Lingkup l = akses.lingkup();
		long releases = rilisRepository.findByStatus(StatusRilis.TERBIT).stream()
			.filter(r -> datasets.findById(r.getDatasetId()).map(d -> akses.bolehLihat(d, l)).orElse(false)).count();
		return new Statistik(all.total(), releases, all.facet().get(Facet.ORGANISASI).size(), prioritas);
	}

	@Override
	public List<RilisTerbaru> rilisTerbaru(int jumlah) {
		KatalogAkses.Lingkup l = akses.lingkup();
		List<RilisTerbaru> result = new ArrayList<>();
		for (Rilis r : rilisRepository.newest(StatusRilis.TERBIT, PageRequest.of(0, Math.max(1, jumlah) * 5))) {
			Optional<Dataset> d = datasets.findById(r.getDatasetId()).filter(x -> akses.bolehLihat(x, l));
			if (d.isPresent()) {
				result.add(new RilisTerbaru(ringkas(d.get()), view(r, List.of(), true)));
				if (result.size() >= jumlah) {
					break;
				}
			}
		}
		return result;
	}

	@Override
	public Optional<DatasetDetail> datasetDariSumber(String uuid) {
		Optional<Rilis> rilis = rilisRepository.findByUuid(uuid);
		if (rilis.isEmpty()) {
			rilis = lampiranRepository.findByUuid(uuid).flatMap(l -> rilisRepository.findById(l.getRilisId()));
		}
		KatalogAkses.Lingkup l = akses.lingkup();
		return rilis.flatMap(r -> datasets.findById(r.getDatasetId()).filter(d -> akses.bolehLihat(d, r, l)))
			.map(d -> detail(d, l));
	}

	// ---- mapping ------------------------------------------------------------------------------

	DatasetDetail detail(Dataset d, KatalogAkses.Lingkup l) {
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
				.forEach(a -> attachments.computeIfAbsent(a.getRilisId(), k -> new ArrayList<>()).add(view(a)));
		}
		List<DatasetDetail> result = new ArrayList<>(list.size());
		for (Dataset d : list) {
			boolean draft = drafts.get(d.getId());
			Set<String> newestShown = new HashSet<>();
			List<RilisView> views = new ArrayList<>();
			for (Rilis r : byDataset.getOrDefault(d.getId(), List.of())) {
				if (draft || r.terbit()) {
					boolean terkini = r.terbit() && newestShown.add(r.getPeriode());
					views.add(view(r, List.copyOf(attachments.getOrDefault(r.getId(), List.of())), terkini));
				}
			}
			result.add(new DatasetDetail(ringkas(d), d.getCakupanWilayah(), d.getSatuan(), d.getKontakNama(),
					d.getKontakEmail(), d.getStandarData(), d.getDaftarDataId(), d.getMetadataStatistikId(),
					d.getProdusenUnitId(), d.skema(), List.copyOf(views), akses.bolehKelola(d, l), d.variabelKolom()));
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

	static DatasetRingkas ringkas(Dataset d) {
		return new DatasetRingkas(d.getId(), d.getSlug(), d.getJudul(), d.getDeskripsi(), d.getOrganisasiId(),
				d.getProdusenSlug(), d.getProdusenNama(), d.getTopik(), d.getJenisData(), d.getTingkatPenyajian(),
				d.getFrekuensi(), d.getAkses(), d.isDataPrioritas(), d.isDataInduk(), d.isDitayangkan(),
				// in a fixed order wherever they are shown: periods newest first, formats and keywords by name
				sorted(d.getPeriodeTerbit(), Comparator.<String>reverseOrder()), sorted(d.getFormat(), Comparator.naturalOrder()),
				sorted(d.getKataKunci(), Comparator.naturalOrder()), d.getLisensi(), d.getTerbitTerakhir(),
				d.getDibuatPada(), d.getDiubahPada());
	}

	private static Set<String> sorted(Set<String> values, Comparator<String> order) {
		Set<String> out = new java.util.LinkedHashSet<>();
		values.stream().sorted(order).forEach(out::add);
		return java.util.Collections.unmodifiableSet(out);
	}

	static RilisView view(Rilis r, List<LampiranView> lampiran, boolean terkini) {
		return new RilisView(r.getUuid(), r.getPeriode(), r.getPeriodeMulai(), r.getPeriodeAkhir(), r.getVersi(),
				r.getStatus(), r.getJumlahBaris(), r.getNamaBerkas(), r.getCatatan(), r.getDibuatPada(),
				r.getDiterbitkanPada(), terkini, lampiran);
	}

	static LampiranView view(Lampiran a) {
		return new LampiranView(a.getUuid(), a.getNama(), a.getDeskripsi(), a.getJenis(), a.getFormat(), a.getUrl(),
				a.getNamaBerkas(), a.getUkuran(), a.getTipeMime(), a.getDibuatPada());
	}

	/** Human labels of facet values, looked up once per search. */
	private final class Labels {

		private Map<String, String> producers;
		private Map<String, String> topics;

		String of(String facet, String value) {
			return switch (facet) {
				case Facet.ORGANISASI -> producers().getOrDefault(value, value);
				case Facet.TOPIK -> topics().getOrDefault(value, value);
				case Facet.JENIS_DATA -> messages.get("jenisData." + value);
				case Facet.TINGKAT_PENYAJIAN -> messages.get("tingkatPenyajian." + value);
				case Facet.FREKUENSI -> messages.get("frekuensi." + value);
				case Facet.PRIORITAS, Facet.DATA_INDUK -> messages.get("true".equals(value) ? "umum.ya" : "umum.tidak");
				default -> value;
			};
		}

		private Map<String, String> producers() {
			if (producers == null) {
				Map<Long, OrganisasiRef> orgs = organisasi.semuaOrganisasi().stream()
					.collect(Collectors.toMap(OrganisasiRef::id, Function.identity()));
				producers = new HashMap<>();
				for (UnitRef u : organisasi.semuaUnitBerjenis(JenisUnit.PRODUSEN_DATA)) {
					OrganisasiRef org = orgs.get(u.organisasiId());
					if (org != null) {
						producers.put(Slugs.produsen(u, org), u.nama() + (org.tingkat().name().equals("PROVINSI") ? ""
								: " — " + org.nama().replace("Pemerintah ", "")));
					}
				}
			}
			return producers;
		}

		private Map<String, String> topics() {
			if (topics == null) {
				topics = kodeReferensi.anak(DatasetService.TOPIK, null).stream()
					.collect(Collectors.toMap(KodeView::kode, KodeView::nama));
			}
			return topics;
		}

	}

}
