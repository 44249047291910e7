package id.satudata.sinkron.kirim;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.SystemActor;
import id.satudata.sinkron.internal.KlienAman;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works through the outbox ({@code satudata.sinkron.kirim.interval}, ShedLock {@code sinkron-kirim}):
 * for each dataset with rows due, sends its current public state to the portal above
 * ({@code package_show} by name decides between {@code package_create} and {@code package_update}), or
 * deletes it there ({@code package_delete}) when the public no longer sees it or it is no longer chosen.
 * The request is made outside any transaction; its outcome is written (and audited) afterwards. A
 * failure keeps the rows and waits {@code jeda-awal}, doubled after each further failure up to
 * {@code jeda-maks}.
 */
@Component
public class PekerjaKirim {

	private static final Logger log = LoggerFactory.getLogger(PekerjaKirim.class);

	private final KirimStore store;
	private final Katalog katalog;
	private final RahasiaToken rahasia;
	private final KirimProperties properties;
	private final SatuDataProperties satuData;
	private final JsonMapper json;
	private final Audit audit;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final KlienAman klienAman;
	private final MessageSource pesan;
	private final ReentrantLock lock = new ReentrantLock();

	PekerjaKirim(KirimStore store, Katalog katalog, RahasiaToken rahasia, KirimProperties properties,
			SatuDataProperties satuData, JsonMapper json, Audit audit, TransactionTemplate tx, Clock clock,
			KlienAman klienAman, MessageSource pesan) {
		this.klienAman = klienAman;
		this.pesan = pesan;
		this.store = store;
		this.katalog = katalog;
		this.rahasia = rahasia;
		this.properties = properties;
		this.satuData = satuData;
		this.json = json;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${satudata.sinkron.kirim.interval:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "sinkron-kirim", lockAtMostFor = "PT30M")
	void terjadwal() {
		proses();
	}

	/** One run over the due outbox rows; answers how many datasets were attempted. */
	public int proses() {
		if (!lock.tryLock()) {
			return 0;
		}
		try {
			Optional<Tujuan> tujuan = store.tujuan();
			if (tujuan.isEmpty()) {
				return 0;
			}
			KlienCkan klien = new KlienCkan(tujuan.get().urlDasar(), rahasia.token(tujuan.get()), klienAman, json,
					properties, pesan);
			int n = 0;
			for (long[] due : store.jatuhTempo(clock.instant(), properties.batch())) {
				satu(klien, tujuan.get(), due[0], due[1]);
				n++;
			}
			return n;
		}
		finally {
			lock.unlock();
		}
	}

	private void satu(KlienCkan klien, Tujuan tujuan, long datasetId, long sampaiId) {
		Optional<KirimDataset> row = store.dataset(datasetId);
		if (row.isEmpty()) {
			tx.executeWithoutResult(s -> store.lupakan(datasetId));
			return;
		}
		KirimDataset k = row.get();
		Optional<DatasetDetail> publik = k.dipilih()
				? BacaPublik.baca(() -> katalog.dataset(String.valueOf(datasetId))).filter(d -> !d.ringkas().dihapus())
				: Optional.empty();
		try {
			if (publik.isPresent()) {
				Hasil h = kirim(klien, tujuan, k, publik.get());
				Instant now = clock.instant();
				tx.executeWithoutResult(s -> {
					store.berhasil(datasetId, sampaiId, StatusKirim.TERKIRIM, h.nama(), h.id(), now, now);
					audit.recordAs(SystemActor.NAME, h.baru() ? "kirim.dibuat" : "kirim.diperbarui", KirimService.OBJEK_DATASET,
							datasetId, k.judul() + " → " + tujuan.urlDasar() + "/dataset/" + h.nama() + " (" + h.id() + ")");
				});
			}
			else if (k.namaRemote() != null) {
				hapus(klien, k);
				Instant now = clock.instant();
				tx.executeWithoutResult(s -> {
					store.berhasil(datasetId, sampaiId, StatusKirim.DITARIK, null, null, now, now);
					audit.recordAs(SystemActor.NAME, "kirim.dihapus", KirimService.OBJEK_DATASET, datasetId,
							k.judul() + ": " + k.namaRemote() + " dihapus di " + tujuan.urlDasar()
									+ (k.dipilih() ? " (bukan data terbuka lagi)" : " (tidak dipilih lagi)"));
				});
			}
			else {
				Instant now = clock.instant();
				tx.executeWithoutResult(s -> {
					store.berhasil(datasetId, sampaiId, StatusKirim.DITARIK, null, null, null, now);
					if (k.status() != StatusKirim.DITARIK) {
						audit.recordAs(SystemActor.NAME, "kirim.ditahan", KirimService.OBJEK_DATASET, datasetId,
								k.judul() + ": bukan data terbuka, tidak dikirim");
					}
				});
			}
		}
		catch (GagalKirim e) {
			int percobaan = k.percobaan() + 1;
			Instant now = clock.instant();
			Instant lagi = now.plus(properties.jeda(percobaan));
			log.warn("Pushing dataset {} to {} failed (attempt {}, next at {}): {}", datasetId, tujuan.urlDasar(),
					percobaan, lagi, e.getMessage());
			tx.executeWithoutResult(s -> {
				store.gagal(datasetId, e.getMessage(), percobaan, lagi, now);
				if (k.status() != StatusKirim.GAGAL) {
					audit.recordAs(SystemActor.NAME, "kirim.gagal", KirimService.OBJEK_DATASET, datasetId,
							k.judul() + ": " + e.getMessage());
				}
			});
		}
	}

	private record Hasil(String nama, String id, boolean baru) {
	}

	private Hasil kirim(KlienCkan klien, Tujuan tujuan, KirimDataset k, DatasetDetail d) throws GagalKirim {
		String nama = tujuan.namaTujuan(d.ringkas().slug());
		String halaman = satuData.baseUrl() + "/dataset/" + d.ringkas().slug();
		Optional<JsonNode> ada = klien.packageShow(nama);
		Map<String, String> idResource = new HashMap<>();
		if (ada.isPresent()) {
			JsonNode p = ada.get();
			String id = p.path("id").asString("");
			boolean milikKita = id.equals(k.idRemote()) || halaman.equals(p.path("url").asString(""));
			for (JsonNode r : p.path("resources")) {
				String url = r.path("url").asString("");
				idResource.put(url, r.path("id").asString(""));
				milikKita |= url.startsWith(halaman + "/");
			}
			if (!milikKita) {
				throw new GagalKirim("Nama " + nama + " sudah dipakai dataset lain di portal tujuan (" + id
						+ "); isi awalan nama pada pengaturan");
			}
			Map<String, Object> paket = PaketCkan.dari(d, tujuan, satuData.baseUrl(), idResource);
			paket.put("id", id);
			JsonNode hasil = klien.aksi("package_update", paket);
			return new Hasil(hasil.path("name").asString(nama), hasil.path("id").asString(id), false);
		}
		JsonNode hasil = klien.aksi("package_create", PaketCkan.dari(d, tujuan, satuData.baseUrl(), idResource));
		return new Hasil(hasil.path("name").asString(nama), hasil.path("id").asString(""), true);
	}

	private static void hapus(KlienCkan klien, KirimDataset k) throws GagalKirim {
		try {
			klien.aksi("package_delete", Map.of("id", k.idRemote() != null ? k.idRemote() : k.namaRemote()));
		}
		catch (GagalKirim e) {
			if (e.status() != 404) {
				throw e;
			}
		}
	}

}
