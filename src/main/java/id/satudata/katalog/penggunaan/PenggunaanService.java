package id.satudata.katalog.penggunaan;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.katalog.AngkaPenggunaan;
import id.satudata.katalog.AngkaPenggunaan.Jumlah;
import id.satudata.katalog.CakupanPenggunaan;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.JenisPenggunaan;
import id.satudata.katalog.PenggunaanBulanan;
import id.satudata.katalog.PenggunaanData;
import id.satudata.katalog.PenggunaanDataset;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.dataset.Dataset;
import id.satudata.katalog.dataset.DatasetRepository;
import id.satudata.katalog.internal.KatalogAkses;

/**
 * Counts uses in memory and writes them to {@code penggunaan_harian} in batches: every
 * {@code satudata.penggunaan.interval-tulis} and when the application stops. A request only adds one
 * to the counter of its key (dataset, release, kind, format, day in WIB): a {@link LongAdder} found
 * without a lock once the key exists, so the many request threads counting views of one popular page
 * never wait for each other (a {@code merge} on one map entry locked it for every view). The write
 * takes each counter's value out atomically ({@link LongAdder#sumThenReset}: an increment lands before
 * or after, never lost), so a use counted during a write goes to the next one, and a failed write puts
 * its counts back. Counters of past days are removed once written. Each node has its own buffer, so the write
 * job runs on every node (no scheduler lock).
 *
 * <p>Readings follow the catalog's access rules: a dataset's figures only with its
 * {@link DatasetDetail} (which the caller got only if they may see it), per release only for the
 * releases in it; lists only over datasets the caller may see and, of their releases, the published
 * ones.
 */
@Service
class PenggunaanService implements PenggunaanData {

	private static final Logger log = LoggerFactory.getLogger(PenggunaanService.class);

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/** Attachments are downloads of their own format. */
	static final String FORMAT_LAMPIRAN = "LAMPIRAN";

	record Kunci(long datasetId, String rilisUuid, JenisPenggunaan jenis, String format, LocalDate hari) {
	}

	private final ConcurrentHashMap<Kunci, LongAdder> buffer = new ConcurrentHashMap<>();

	/** A dataset's sums per release, kind and format (all time and since {@code batas}). */
	record Baris(String uuid, JenisPenggunaan jenis, String format, long semua, long baru) {
	}

	record KunciBaca(long datasetId, LocalDate batas) {
	}

	/**
	 * Each dataset's sums until the next write (at most a minute, as the figures themselves), so a
	 * busy dataset page does not sum its rows on every view; filtered per reader afterwards.
	 */
	private final Cache<KunciBaca, List<Baris>> barisDataset = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	private final PenggunaanProperties properties;
	private final PenyaringBot bot;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final DatasetRepository datasets;
	private final KatalogAkses akses;
	private final Clock clock;

	/** The public's most-used lists (the home page), for a few minutes. */
	private final Cache<List<Object>, List<PenggunaanDataset>> terbanyakPublik = Caffeine.newBuilder()
		.maximumSize(200)
		.expireAfterWrite(Duration.ofMinutes(5))
		.build();

	PenggunaanService(PenggunaanProperties properties, PenyaringBot bot, JdbcClient jdbc,
			PlatformTransactionManager transactions, DatasetRepository datasets, KatalogAkses akses, Clock clock) {
		this.properties = properties;
		this.bot = bot;
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
		this.datasets = datasets;
		this.akses = akses;
		this.clock = clock;
	}

	// ---- counting ---------------------------------------------------------------------------------

	@Override
	public void catat(long datasetId, String rilisUuid, JenisPenggunaan jenis, String format, String userAgent) {
		if (!properties.aktif()) {
			return;
		}
		// a browser always names itself; a page view without a User-Agent is a script's
		if (jenis == JenisPenggunaan.LIHAT && (userAgent == null || userAgent.isBlank())) {
			return;
		}
		if (bot.bot(userAgent)) {
			return;
		}
		String f = jenis == JenisPenggunaan.UNDUH && format != null ? normalFormat(format) : "";
		buffer.computeIfAbsent(new Kunci(datasetId, rilisUuid, jenis, f, LocalDate.now(clock.withZone(WIB))),
				k -> new LongAdder()).increment();
	}

	private static String normalFormat(String format) {
		String f = format.strip().toUpperCase(Locale.ROOT);
		return f.length() > 20 ? f.substring(0, 20) : f;
	}

	/** Counts waiting to be written (tests). */
	int menunggu() {
		return (int) buffer.values().stream().filter(n -> n.sum() > 0).count();
	}

	@Scheduled(fixedDelayString = "${satudata.penggunaan.interval-tulis:PT1M}",
			initialDelayString = "${satudata.penggunaan.interval-tulis:PT1M}")
	void terjadwal() {
		tulis();
	}

	@PreDestroy
	void berhenti() {
		tulis();
	}

	@Override
	public synchronized void tulis() {
		if (buffer.isEmpty()) {
			return;
		}
		LocalDate hariIni = LocalDate.now(clock.withZone(WIB));
		Map<Kunci, Long> batch = new HashMap<>();
		for (Map.Entry<Kunci, LongAdder> e : buffer.entrySet()) {
			if (e.getKey().hari().isBefore(hariIni)) {
				// a past day's counter gets no new uses: removed, then read
				buffer.remove(e.getKey(), e.getValue());
			}
			long n = e.getValue().sumThenReset();
			if (n > 0) {
				batch.merge(e.getKey(), n, Long::sum);
			}
		}
		if (batch.isEmpty()) {
			return;
		}
		try {
			tx.executeWithoutResult(s -> simpan(batch));
			// the public's lists show the new figures from now on; the public's kept pages (shared.web's page
			// cache) are left to their short lifetime (30 s): dropping them on every write made every page
			// render again after each write, which cost 31 % of the dataset page's throughput with a
			// write every 5 s (bench/penggunaan.sh) for figures that are a minute late anyway
			terbanyakPublik.invalidateAll();
			barisDataset.invalidateAll();
		}
		catch (DataIntegrityViolationException e) {
			// not a passing failure: retrying would fail the same way
			log.warn("Usage counts dropped ({} keys): {}", batch.size(), e.getMostSpecificCause().getMessage());
		}
		catch (RuntimeException e) {
			log.warn("Usage counts not written, kept for the next attempt ({} keys): {}", batch.size(), e.toString());
			batch.forEach((k, n) -> buffer.computeIfAbsent(k, x -> new LongAdder()).add(n));
		}
	}

	private void simpan(Map<Kunci, Long> batch) {
		Map<String, Long> rilisId = rilisId(batch.keySet().stream().map(Kunci::rilisUuid).filter(u -> u != null)
			.collect(Collectors.toSet()));
		for (Map.Entry<Kunci, Long> e : batch.entrySet()) {
			Kunci k = e.getKey();
			Long rilis = k.rilisUuid() == null ? null : rilisId.get(k.rilisUuid());
			if (k.rilisUuid() != null && rilis == null) {
				continue; // the release is gone
			}
			int updated = jdbc.sql("UPDATE penggunaan_harian SET jumlah = jumlah + ? WHERE dataset_id = ?"
					+ " AND rilis_id IS NOT DISTINCT FROM CAST(? AS BIGINT) AND jenis = ? AND format = ? AND hari = ?")
				.params(e.getValue(), k.datasetId(), rilis, k.jenis().name(), k.format(), Date.valueOf(k.hari()))
				.update();
			if (updated == 0) {
				// only for a dataset that still exists
				jdbc.sql("INSERT INTO penggunaan_harian (dataset_id, rilis_id, jenis, format, hari, jumlah)"
						+ " SELECT id, CAST(? AS BIGINT), ?, ?, ?, ? FROM dataset WHERE id = ?")
					.params(rilis, k.jenis().name(), k.format(), Date.valueOf(k.hari()), e.getValue(), k.datasetId())
					.update();
			}
		}
	}

	private Map<String, Long> rilisId(Set<String> uuids) {
		Map<String, Long> out = new HashMap<>();
		List<String> all = new ArrayList<>(uuids);
		for (int i = 0; i < all.size(); i += 500) {
			jdbc.sql("SELECT id, uuid FROM rilis WHERE uuid IN (:uuid)")
				.param("uuid", all.subList(i, Math.min(all.size(), i + 500)))
				.query((rs, n) -> Map.entry(rs.getString("uuid"), rs.getLong("id")))
				.list()
				.forEach(en -> out.put(en.getKey(), en.getValue()));
		}
		return out;
	}

	// ---- reading ----------------------------------------------------------------------------------

	@Override
	public AngkaPenggunaan dataset(DatasetDetail d) {
		Map<String, RilisView> terlihat = d.rilis().stream()
			.collect(Collectors.toMap(RilisView::uuid, Function.identity(), (a, b) -> a));
		LocalDate batas = hariIni().minusDays(29);
		Jumlah total = Jumlah.NOL;
		Jumlah baru = Jumlah.NOL;
		Map<String, Long> perFormat = new TreeMap<>();
		Map<String, Jumlah> perRilis = new LinkedHashMap<>();
		List<Baris> rows = barisDataset.get(new KunciBaca(d.ringkas().id(), batas), k -> jdbc
			.sql("SELECT r.uuid, p.jenis, p.format, SUM(p.jumlah) AS semua,"
					+ " SUM(CASE WHEN p.hari >= ? THEN p.jumlah ELSE 0 END) AS baru"
					+ " FROM penggunaan_harian p LEFT JOIN rilis r ON r.id = p.rilis_id WHERE p.dataset_id = ?"
					+ " GROUP BY r.uuid, p.jenis, p.format")
			.params(Date.valueOf(k.batas()), k.datasetId())
			.query((rs, n) -> new Baris(rs.getString(1), JenisPenggunaan.valueOf(rs.getString(2)), rs.getString(3),
					rs.getLong(4), rs.getLong(5)))
			.list());
		for (Baris b : rows) {
			if (b.uuid() != null && !terlihat.containsKey(b.uuid())) {
				continue;
			}
			total = total.tambah(b.jenis(), b.semua());
			baru = baru.tambah(b.jenis(), b.baru());
			if (b.jenis() == JenisPenggunaan.UNDUH && !b.format().isEmpty()) {
				perFormat.merge(b.format(), b.semua(), Long::sum);
			}
			if (b.uuid() != null) {
				perRilis.merge(b.uuid(), Jumlah.NOL.tambah(b.jenis(), b.semua()), Jumlah::tambah);
			}
		}
		List<AngkaPenggunaan.PerRilis> rilis = new ArrayList<>();
		for (RilisView r : d.rilis()) {
			Jumlah j = perRilis.get(r.uuid());
			if (j != null) {
				rilis.add(new AngkaPenggunaan.PerRilis(r.uuid(), r.periode(), r.versi(), j));
			}
		}
		return new AngkaPenggunaan(total, baru, perFormat, rilis);
	}

	@Override
	public List<PenggunaanDataset> terbanyak(CakupanPenggunaan cakupan, LocalDate dari, LocalDate sampai, int jumlah) {
		KatalogAkses.Lingkup l = akses.lingkup();
		if (l.publik()) {
			return terbanyakPublik.get(List.of(cakupan, dari, sampai, jumlah), k -> hitungTerbanyak(cakupan, dari, sampai,
					jumlah, l));
		}
		return hitungTerbanyak(cakupan, dari, sampai, jumlah, l);
	}

	private List<PenggunaanDataset> hitungTerbanyak(CakupanPenggunaan cakupan, LocalDate dari, LocalDate sampai,
			int jumlah, KatalogAkses.Lingkup l) {
		Map<Long, Jumlah> perDataset = new HashMap<>();
		for (Angka a : angka(cakupan, dari, sampai, l, false)) {
			perDataset.merge(a.datasetId(), Jumlah.NOL.tambah(a.jenis(), a.jumlah()), Jumlah::tambah);
		}
		List<Map.Entry<Long, Jumlah>> urut = perDataset.entrySet().stream()
			.sorted(Comparator.<Map.Entry<Long, Jumlah>>comparingLong(e -> -e.getValue().total())
				.thenComparing(Map.Entry::getKey))
			.toList();
		List<PenggunaanDataset> out = new ArrayList<>();
		// load and check the datasets a page at a time, until there are enough
		for (int i = 0; i < urut.size() && out.size() < jumlah; i += 50) {
			List<Map.Entry<Long, Jumlah>> bagian = urut.subList(i, Math.min(urut.size(), i + 50));
			Map<Long, Dataset> ds = terlihat(bagian.stream().map(Map.Entry::getKey).toList(), l);
			for (Map.Entry<Long, Jumlah> e : bagian) {
				Dataset d = ds.get(e.getKey());
				if (d != null && out.size() < jumlah) {
					out.add(new PenggunaanDataset(d.getId(), d.getSlug(), d.getJudul(), d.getProdusenNama(), e.getValue()));
				}
			}
		}
		return List.copyOf(out);
	}

	@Override
	public List<PenggunaanBulanan> bulanan(CakupanPenggunaan cakupan, LocalDate dari, LocalDate sampai) {
		KatalogAkses.Lingkup l = akses.lingkup();
		Map<YearMonth, Map<Long, Jumlah>> perBulan = new TreeMap<>();
		for (Angka a : angka(cakupan, dari, sampai, l, true)) {
			perBulan.computeIfAbsent(a.bulan(), k -> new HashMap<>())
				.merge(a.datasetId(), Jumlah.NOL.tambah(a.jenis(), a.jumlah()), Jumlah::tambah);
		}
		Set<Long> ids = new HashSet<>();
		perBulan.values().forEach(m -> ids.addAll(m.keySet()));
		Map<Long, Dataset> ds = terlihat(ids, l);
		List<PenggunaanBulanan> out = new ArrayList<>();
		perBulan.forEach((bulan, m) -> m.entrySet().stream()
			.filter(e -> ds.containsKey(e.getKey()))
			.sorted(Comparator.<Map.Entry<Long, Jumlah>>comparingLong(e -> -e.getValue().total())
				.thenComparing(e -> ds.get(e.getKey()).getJudul()))
			.forEach(e -> {
				Dataset d = ds.get(e.getKey());
				out.add(new PenggunaanBulanan(bulan, d.getId(), d.getSlug(), d.getJudul(), d.getProdusenNama(),
						e.getValue()));
			}));
		return out;
	}

	/** A sum per dataset and kind (and month when asked). */
	record Angka(long datasetId, YearMonth bulan, JenisPenggunaan jenis, long jumlah) {
	}

	/**
	 * Sums over the scope and days, of the dataset as a whole and its published releases; for the
	 * public only TERBUKA datasets on show (exactly what it may see), for others every dataset of the
	 * scope, checked afterwards.
	 */
	private List<Angka> angka(CakupanPenggunaan cakupan, LocalDate dari, LocalDate sampai, KatalogAkses.Lingkup l,
			boolean perBulan) {
		StringBuilder sql = new StringBuilder("SELECT p.dataset_id");
		if (perBulan) {
			sql.append(", EXTRACT(YEAR FROM p.hari) AS tahun, EXTRACT(MONTH FROM p.hari) AS bulan");
		}
		sql.append(", p.jenis, SUM(p.jumlah) FROM penggunaan_harian p JOIN dataset d ON d.id = p.dataset_id")
			.append(" WHERE p.hari BETWEEN :dari AND :sampai")
			.append(" AND (p.rilis_id IS NULL OR EXISTS (SELECT 1 FROM rilis r WHERE r.id = p.rilis_id AND r.status = 'TERBIT'))");
		Map<String, Object> params = new HashMap<>();
		params.put("dari", Date.valueOf(dari));
		params.put("sampai", Date.valueOf(sampai));
		if (cakupan.organisasiId() != null) {
			sql.append(" AND d.organisasi_id = :org");
			params.put("org", cakupan.organisasiId());
		}
		if (cakupan.unitId() != null) {
			sql.append(" AND d.produsen_unit_id = :unit");
			params.put("unit", cakupan.unitId());
		}
		if (l.publik()) {
			sql.append(" AND d.akses = 'TERBUKA' AND d.ditayangkan = TRUE");
		}
		sql.append(" GROUP BY p.dataset_id").append(perBulan ? ", EXTRACT(YEAR FROM p.hari), EXTRACT(MONTH FROM p.hari)" : "")
			.append(", p.jenis");
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
			int c = 1;
			long id = rs.getLong(c++);
			YearMonth bulan = null;
			if (perBulan) {
				int y = rs.getInt(c++);
				int m = rs.getInt(c++);
				bulan = YearMonth.of(y, m);
			}
			JenisPenggunaan jenis = JenisPenggunaan.valueOf(rs.getString(c++));
			return new Angka(id, bulan, jenis, rs.getLong(c));
		}).list();
	}

	/** The datasets among these ids the caller may see. */
	private Map<Long, Dataset> terlihat(java.util.Collection<Long> ids, KatalogAkses.Lingkup l) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Dataset> out = new HashMap<>();
		for (Dataset d : datasets.findAllByIdIn(ids)) {
			if (akses.bolehLihat(d, l)) {
				out.put(d.getId(), d);
			}
		}
		return out;
	}

	private LocalDate hariIni() {
		return LocalDate.now(clock.withZone(WIB));
	}

}
