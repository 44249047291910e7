package id.satudata.pengumpulan.unggahan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.datastore.Datastore;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.NameMatching;
import id.satudata.datastore.Reshape;
import id.satudata.datastore.TableRef;
import id.satudata.datastore.TableRule;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.DrafRilis;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.KelolaKatalog;
import id.satudata.katalog.RilisView;
import id.satudata.pemeriksaan.KepatuhanSdi;
import id.satudata.pemeriksaan.Pemeriksaan;
import id.satudata.pemeriksaan.PengajuanView;
import id.satudata.pemeriksaan.PeranPemeriksaan;
import id.satudata.pemeriksaan.StatusPengajuan;
import id.satudata.pemeriksaan.VersiBaru;
import id.satudata.pengumpulan.aturan.MesinValidasi;
import id.satudata.pengumpulan.internal.PengumpulanProperties;
import id.satudata.pengumpulan.kepatuhan.PenilaiKepatuhan;
import id.satudata.shared.alur.TransisiDitolak;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;
import id.satudata.standar.MetadataStatistik;
import id.satudata.standar.PemilikRef;
import id.satudata.standar.StatusMetadata;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload from the producer to a checked version of their submission: the file is kept, checked
 * in the background against the dataset's schema and rules (the browser follows the progress), the
 * full report stored, and — when no error stopped it — the table kept as a draft release and
 * recorded as the submission's newest version, all in one transaction: a submission that changed
 * meanwhile (another upload, a step of the review) refuses the result, and nothing of it stays.
 */
@Service
public class UnggahanService {

	static final String AREA = "unggahan";
	private static final Logger log = LoggerFactory.getLogger(UnggahanService.class);

	/**
	 * The choices of an import kept with an upload, to check the same file again: a header mapping, the
	 * codes the producer chose for names ({@code kodeNama}: file header → name as written → code), and
	 * corrections of the table found: which table of the sheet ({@code tabel}), the header's first row and
	 * number of rows ({@code barisKepala}, {@code jumlahBarisKepala}; 0: as found), labels of rows left out
	 * ({@code kecualikan}) or taken as data although they read as a total or note ({@code sertakan}).
	 * {@code ditinjau}: the producer accepted the table in the preview; {@code dariProfil}: the dataset's
	 * import profile supplied these choices. {@code bentuk}: the table's shape the producer confirmed (wide to
	 * long or back), or {@code null}.
	 */
	public record OpsiImpor(String sheet, Map<String, String> pemetaan, Map<String, Map<String, String>> kodeNama,
			int tabel, long barisKepala, int jumlahBarisKepala, java.util.Set<String> kecualikan,
			java.util.Set<String> sertakan, boolean ditinjau, boolean dariProfil, Reshape bentuk) {

		public OpsiImpor {
			pemetaan = pemetaan == null ? Map.of() : Map.copyOf(pemetaan);
			kodeNama = new NameMatching(null, kodeNama).decisions();
			tabel = Math.max(1, tabel);
			id.satudata.shared.tabular.TableShaper.Choices c = new id.satudata.shared.tabular.TableShaper.Choices(
					Math.max(0, barisKepala), jumlahBarisKepala, kecualikan, sertakan);
			barisKepala = c.headerRow();
			jumlahBarisKepala = c.headerRows();
			kecualikan = c.exclude();
			sertakan = c.include();
		}

		public OpsiImpor(String sheet, Map<String, String> pemetaan, Map<String, Map<String, String>> kodeNama) {
			this(sheet, pemetaan, kodeNama, 1, 0, 0, null, null, false, false, null);
		}

		public OpsiImpor(String sheet, Map<String, String> pemetaan) {
			this(sheet, pemetaan, Map.of());
		}

		OpsiImpor denganPemetaan(Map<String, String> baru) {
			return new OpsiImpor(sheet, baru, kodeNama, tabel, barisKepala, jumlahBarisKepala, kecualikan, sertakan,
					ditinjau, dariProfil, bentuk);
		}

		OpsiImpor denganKodeNama(Map<String, Map<String, String>> baru) {
			return new OpsiImpor(sheet, pemetaan, baru, tabel, barisKepala, jumlahBarisKepala, kecualikan, sertakan,
					ditinjau, dariProfil, bentuk);
		}

		/** The table chosen in the preview (accepted: {@code ditinjau}). */
		OpsiImpor denganTabel(int tabelBaru, long kepala, int jumlahKepala, java.util.Set<String> keluar,
				java.util.Set<String> masuk, boolean diterima) {
			return new OpsiImpor(sheet, pemetaan, kodeNama, tabelBaru, kepala, jumlahKepala, keluar, masuk, diterima,
					dariProfil, bentuk);
		}

		/** What a dataset's profile keeps of these choices: all but the sheet (named after the period). */
		OpsiImpor untukProfil() {
			return new OpsiImpor(null, pemetaan, kodeNama, tabel, barisKepala, jumlahBarisKepala, kecualikan, sertakan,
					false, false, bentuk);
		}

		/** These choices from a dataset's profile, for a file uploaded to a sheet (or the first one). */
		OpsiImpor dariProfil(String sheetBerkas) {
			return new OpsiImpor(sheetBerkas, pemetaan, kodeNama, tabel, barisKepala, jumlahBarisKepala, kecualikan,
					sertakan, false, true, bentuk);
		}

		/** Whether the table's shape is the same as in {@code other}. */
		boolean tabelSama(OpsiImpor other) {
			return tabel == other.tabel && barisKepala == other.barisKepala
					&& jumlahBarisKepala == other.jumlahBarisKepala && kecualikan.equals(other.kecualikan)
					&& sertakan.equals(other.sertakan);
		}

		/** No choice about the table (a sheet is chosen per file). */
		boolean tanpaPilihan() {
			return pemetaan.isEmpty() && kodeNama.isEmpty() && tabel == 1
					&& barisKepala == 0 && jumlahBarisKepala == 0 && kecualikan.isEmpty() && sertakan.isEmpty() && bentuk == null;
		}

		/** The same choices with the table's shape changed as the producer confirmed ({@code null}: as it is). */
		public OpsiImpor denganBentuk(Reshape b) {
			return new OpsiImpor(sheet, pemetaan, kodeNama, tabel, barisKepala, jumlahBarisKepala, kecualikan, sertakan,
					ditinjau, dariProfil, b);
		}

		ImportOptions importOptions(int perRule, String cakupanWilayah) {
			return new ImportOptions(sheet == null || sheet.isBlank() ? null : sheet, pemetaan, 0, perRule)
				.withNames(new NameMatching(cakupanWilayah, kodeNama)).withTable(tabel)
				.withLayout(new id.satudata.shared.tabular.TableShaper.Choices(barisKepala, jumlahBarisKepala,
						kecualikan, sertakan))
				.withReshape(bentuk);
		}

	}

	private final UnggahanRepository unggahan;
	private final ProfilImporRepository profil;
	private final Pemeriksaan pemeriksaan;
	private final Katalog katalog;
	private final KelolaKatalog kelolaKatalog;
	private final Datastore datastore;
	private final MesinValidasi mesin;
	private final PenilaiKepatuhan penilai;
	private final MetadataStatistik metadataStatistik;
	private final FileStore fileStore;
	private final PengumpulanProperties properties;
	private final TaskExecutor executor;
	private final TransactionTemplate tx;
	private final UnggahanTerputus terputus;
	private final Audit audit;
	private final CurrentUser currentUser;
	private final JsonMapper json;
	private final Clock clock;

	UnggahanService(UnggahanRepository unggahan, Pemeriksaan pemeriksaan, Katalog katalog, KelolaKatalog kelolaKatalog,
			Datastore datastore, MesinValidasi mesin, PenilaiKepatuhan penilai, MetadataStatistik metadataStatistik,
			FileStore fileStore,
			PengumpulanProperties properties, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			TransactionTemplate tx, Audit audit, CurrentUser currentUser, JsonMapper json, Clock clock,
			UnggahanTerputus terputus, ProfilImporRepository profil) {
		this.terputus = terputus;
		this.profil = profil;
		this.unggahan = unggahan;
		this.pemeriksaan = pemeriksaan;
		this.katalog = katalog;
		this.kelolaKatalog = kelolaKatalog;
		this.datastore = datastore;
		this.mesin = mesin;
		this.penilai = penilai;
		this.metadataStatistik = metadataStatistik;
		this.fileStore = fileStore;
		this.properties = properties;
		this.executor = executor;
		this.tx = tx;
		this.audit = audit;
		this.currentUser = currentUser;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Keeps the file and starts checking it in the background (as the current user); returns the
	 * upload's id for following it.
	 */
	public Unggahan mulai(long pengajuanId, long version, String namaBerkas, InputStream content, OpsiImpor opsi) {
		Unggahan u = terima(bolehDiunggah(pengajuanId, version), namaBerkas, content, opsi, "");
		jalankanNanti(u.getUuid(), version);
		return u;
	}

	/**
	 * The producer's file upload: as {@link #mulai}, read with the dataset's import profile when the
	 * producer made no choice for this file (the next period's report in the same format).
	 */
	Unggahan unggah(long pengajuanId, long version, String namaBerkas, InputStream content, OpsiImpor pilihan) {
		PengajuanView p = bolehDiunggah(pengajuanId, version);
		OpsiImpor opsi = pilihan.tanpaPilihan()
				? profil(p.datasetId()).map(x -> x.dariProfil(pilihan.sheet())).orElse(pilihan) : pilihan;
		Unggahan u = terima(p, namaBerkas, content, opsi, "");
		jalankanNanti(u.getUuid(), version);
		return u;
	}

	/** Keeps the file and records the upload (audited). */
	private Unggahan terima(PengajuanView p, String namaBerkas, InputStream content, OpsiImpor opsi, String via) {
		String key = storeFile(p.organisasiId(), content);
		long size = fileSize(key);
		return tx.execute(s -> {
			Unggahan saved = unggahan.save(new Unggahan(p.id(), p.organisasiId(), NamaBerkas.aman(namaBerkas), size, key,
					json.writeValueAsString(opsi), currentUser.actorName(), clock.instant()));
			audit.record("pengajuan.berkasDiterima", "Pengajuan", p.id(), saved.getNamaBerkas() + " (" + size + " B" + via + ")");
			return saved;
		});
	}

	/** Checks the file of an earlier upload again with other choices (a header mapping, another sheet). */
	Unggahan ulangi(long pengajuanId, long version, long versiId, OpsiImpor opsi) {
		PengajuanView p = bolehDiunggah(pengajuanId, version);
		PengajuanView.Versi v = p.versi().stream().filter(x -> x.id() == versiId).findFirst()
			.orElseThrow(NotFoundException::new);
		if (v.berkasKey() == null) {
			throw new NotFoundException();
		}
		Unggahan u = tx.execute(s -> unggahan.save(new Unggahan(p.id(), p.organisasiId(), v.namaBerkas(), v.ukuranBerkas(), v.berkasKey(),
				json.writeValueAsString(opsi), currentUser.actorName(), clock.instant())));
		jalankanNanti(u.getUuid(), version);
		return u;
	}

	Optional<Unggahan> unggahan(String uuid) {
		return unggahan.findByUuid(uuid).filter(u -> pemeriksaan.pengajuan(u.getPengajuanId())
			.map(p -> p.peran().contains(PeranPemeriksaan.PRODUSEN)).orElse(false));
	}

	private PengajuanView bolehDiunggah(long pengajuanId, long version) {
		PengajuanView p = pemeriksaan.pengajuan(pengajuanId).orElseThrow(NotFoundException::new);
		if (!p.peran().contains(PeranPemeriksaan.PRODUSEN)) {
			throw new AccessDeniedException("Not a producer of this submission");
		}
		if (p.status() != StatusPengajuan.DRAFT && p.status() != StatusPengajuan.DIKEMBALIKAN) {
			throw new TransisiDitolak(HttpStatus.CONFLICT, "pemeriksaan.galat.sedangDiperiksa");
		}
		if (p.version() != version) {
			throw new UserFacingException(HttpStatus.CONFLICT, "pemeriksaan.galat.berubah");
		}
		return p;
	}

	/** Starts the check after the upload's row is committed, as the uploader. */
	private void jalankanNanti(String uuid, long version) {
		Runnable work = new DelegatingSecurityContextRunnable(() -> proses(uuid, version),
				SecurityContextHolder.getContext());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					executor.execute(work);
				}
			});
		}
		else {
			executor.execute(work);
		}
	}

	/** The check itself (in the background). Every failure ends in a FAILED upload with its reason. */
	void proses(String uuid, long version) {
		periksa(uuid, version, false);
	}

	/**
	 * Keeps the file and checks it now, in this thread (the API: its caller waits for the answer);
	 * returns the check's result; a failure is recorded on the upload and thrown.
	 */
	ImportResult sinkron(long pengajuanId, long version, String namaBerkas, InputStream content, OpsiImpor opsi) {
		Unggahan u = terima(bolehDiunggah(pengajuanId, version), namaBerkas, content, opsi, ", API");
		return periksa(u.getUuid(), version, true).orElseThrow();
	}

	/** Checks an upload; a failure is recorded on it and, when {@code rethrow}, thrown as the user sees it. */
	private Optional<ImportResult> periksa(String uuid, long version, boolean rethrow) {
		Unggahan u = unggahan.findByUuid(uuid).orElseThrow();
		try {
			fase(u, Unggahan.Status.MEMERIKSA);
			PengajuanView p = pemeriksaan.pengajuan(u.getPengajuanId()).orElseThrow(NotFoundException::new);
			DatasetDetail d = katalog.dataset(String.valueOf(p.datasetId())).orElseThrow(NotFoundException::new);
			if (d.kolom().isEmpty()) {
				throw new UserFacingException("rilis.galat.tanpaSkema");
			}
			OpsiImpor opsi = json.readValue(u.getOpsiImpor(), OpsiImpor.class);
			List<TableRule> rules = mesin.aturan(d);
			Path file = fileStore.localPath(u.getBerkasKey());
			List<id.satudata.datastore.ColumnSpec> schema = katalog.skemaImpor(d.ringkas().id()).orElse(d.kolom());
			ImportResult r = datastore.importTable(file, schema, rules,
					opsi.importOptions(properties.maksTemuanPerAturan(), d.cakupanWilayah()));
			fase(u, Unggahan.Status.MENYIMPAN);
			TableRef temuan = r.issues().isEmpty() ? null : datastore.storeIssues(r.issues());
			boolean ms = metadataStatistik.milik(PemilikRef.of(PemilikRef.DATASET, d.ringkas().id())).stream()
				.anyMatch(m -> m.status() == StatusMetadata.FINAL);
			KepatuhanSdi kepatuhan = penilai.nilai(d, p.usulan(), r, ms);
			int nomor = simpan(u, p, d, r, temuan, kepatuhan, version);
			// a table found below a title, with a merged header, totals or notes: the producer looks at it first
			// (once per dataset: a producer who accepted a table has a profile, applied or re-checked since)
			boolean pratinjau = !opsi.ditinjau() && !opsi.dariProfil() && dibentuk(r.file())
					&& profil.findByDatasetId(p.datasetId()).isEmpty();
			tx.executeWithoutResult(s -> {
				Unggahan fresh = unggahan.findByUuid(uuid).orElseThrow();
				if (pratinjau) {
					fresh.perluPratinjau();
				}
				fresh.selesai(nomor, clock.instant());
				unggahan.save(fresh);
			});
			return Optional.of(r);
		}
		catch (UserFacingException e) {
			gagal(uuid, e.getMessageKey(), e.getArgs());
			if (rethrow) {
				throw e;
			}
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
			// another upload or step changed the submission (or took the release's version number) meanwhile
			gagal(uuid, "pemeriksaan.galat.berubah");
			if (rethrow) {
				throw new UserFacingException(HttpStatus.CONFLICT, "pemeriksaan.galat.berubah");
			}
		}
		catch (RuntimeException | IOException e) {
			log.warn("Upload {} could not be checked", uuid, e);
			gagal(uuid, "pengumpulan.galat.tidakTerproses");
			if (rethrow) {
				throw new UserFacingException(HttpStatus.CONFLICT, "pengumpulan.galat.tidakTerproses");
			}
		}
		return Optional.empty();
	}

	private static boolean dibentuk(id.satudata.datastore.FileInfo f) {
		return f != null && (f.headerRow() > 1 || f.headerRows() > 1 || !f.excluded().isEmpty() || f.tables().size() > 1);
	}

	/**
	 * The newest version's file of a submission as an import with these choices would take it (the
	 * version's own choices when {@code pilihan} is {@code null}).
	 */
	record Pratinjau(PengajuanView pengajuan, PengajuanView.Versi versi, OpsiImpor opsi,
			id.satudata.datastore.TablePreview tabel) {
	}

	static final int BARIS_PRATINJAU = 300;

	Pratinjau pratinjau(long pengajuanId, OpsiImpor pilihan) {
		PengajuanView p = pemeriksaan.pengajuan(pengajuanId).orElseThrow(NotFoundException::new);
		if (!p.peran().contains(PeranPemeriksaan.PRODUSEN)) {
			throw new NotFoundException();
		}
		PengajuanView.Versi v = p.versiTerkini().filter(x -> x.berkasKey() != null).orElseThrow(NotFoundException::new);
		OpsiImpor opsi = pilihan != null ? pilihan : opsiVersi(v);
		DatasetDetail d = katalog.dataset(String.valueOf(p.datasetId())).orElseThrow(NotFoundException::new);
		try {
			Path file = fileStore.localPath(v.berkasKey());
			return new Pratinjau(p, v, opsi, datastore.preview(file, opsi.importOptions(1, d.cakupanWilayah()),
					BARIS_PRATINJAU));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	OpsiImpor opsiVersi(PengajuanView.Versi v) {
		return v.opsiImpor() == null ? new OpsiImpor(null, Map.of()) : json.readValue(v.opsiImpor(), OpsiImpor.class);
	}

	/**
	 * The producer accepts the table of the newest version's file as chosen in the preview: the choices
	 * become the dataset's import profile, and the file is checked again when the table changed
	 * ({@code null} when it did not: the report stands).
	 */
	Unggahan terimaTabel(long pengajuanId, long version, long versiId, OpsiImpor pilihan) {
		PengajuanView p = bolehDiunggah(pengajuanId, version);
		PengajuanView.Versi v = p.versi().stream().filter(x -> x.id() == versiId).findFirst()
			.orElseThrow(NotFoundException::new);
		simpanProfil(p.datasetId(), pilihan);
		return pilihan.tabelSama(opsiVersi(v)) ? null : ulangi(pengajuanId, version, versiId, pilihan);
	}

	/** Keeps the producer's choices as the dataset's import profile, for the next period's file (audited). */
	void simpanProfil(long datasetId, OpsiImpor opsi) {
		tx.executeWithoutResult(s -> {
			ProfilImpor x = profil.findByDatasetId(datasetId).orElseGet(() -> new ProfilImpor(datasetId));
			x.ubah(json.writeValueAsString(opsi.untukProfil()), currentUser.actorName(), clock.instant());
			profil.save(x);
			String ringkas = x.getOpsi();
			audit.record("pengumpulan.profilImporDisimpan", "Dataset", datasetId,
					ringkas.length() > 1000 ? ringkas.substring(0, 999) + "…" : ringkas);
		});
	}

	/** The dataset's import profile, if its producer made choices. */
	Optional<OpsiImpor> profil(long datasetId) {
		return profil.findByDatasetId(datasetId).map(x -> json.readValue(x.getOpsi(), OpsiImpor.class));
	}

	/**
	 * Stores the file unless it would take the organization past its upload quota: checked before
	 * storing, and the stream cut off as soon as it passes what is left (nothing is kept then).
	 */
	private String storeFile(long organisasiId, InputStream content) {
		long kuota = properties.kuotaUnggahan().toBytes();
		long terpakai = kuota > 0 ? terpakai(organisasiId) : 0;
		if (kuota > 0 && terpakai >= kuota) {
			throw kuotaTerlampaui(kuota, terpakai);
		}
		try {
			return fileStore.store(AREA, kuota > 0 ? new KuotaStream(content, kuota - terpakai) : content);
		}
		catch (KuotaStream.Terlampaui e) {
			throw kuotaTerlampaui(kuota, terpakai);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Bytes of upload files kept for an organization. */
	public long terpakai(long organisasiId) {
		return unggahan.terpakai(organisasiId);
	}

	/** The upload quota per organization in bytes (0: none). */
	public long kuota() {
		return properties.kuotaUnggahan().toBytes();
	}

	private static UserFacingException kuotaTerlampaui(long kuota, long terpakai) {
		return new UserFacingException(HttpStatus.CONTENT_TOO_LARGE, "pengumpulan.galat.kuota", mb(kuota), mb(terpakai));
	}

	/** A size as the quota messages show it ("12.5 MB", "3 KB"). */
	public static String mb(long bytes) {
		if (bytes < 1024 * 1024) {
			return (bytes + 1023) / 1024 + " KB";
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
	}

	/** Passes the content through until more than {@code sisa} bytes went by. */
	static final class KuotaStream extends java.io.FilterInputStream {

		static final class Terlampaui extends IOException {

			Terlampaui() {
				super("Upload quota exceeded");
			}

		}

		private long sisa;

		KuotaStream(InputStream in, long sisa) {
			super(in);
			this.sisa = sisa;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int off, int len) throws IOException {
			int n = super.read(buffer, off, len);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(long n) throws Terlampaui {
			sisa -= n;
			if (sisa < 0) {
				throw new Terlampaui();
			}
		}

	}

	private long fileSize(String key) {
		try {
			long size = fileStore.size(key);
			if (size == 0) {
				deleteQuietly(key);
				throw new UserFacingException("pengumpulan.galat.berkasKosong");
			}
			return size;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The draft release and the new version, together or not at all. */
	private int simpan(Unggahan u, PengajuanView p, DatasetDetail d, ImportResult r, TableRef temuan,
			KepatuhanSdi kepatuhan, long version) {
		try {
			return tx.execute(s -> {
				String rilis = null;
				if (r.ok()) {
					RilisView draft = kelolaKatalog.rilisDraf(d.ringkas().id(), new DrafRilis(r.table(), p.periode(),
							u.getNamaBerkas(), u.getUkuranBerkas(), r.file() == null ? null : r.file().format(),
							p.usulan().catatanRilis()));
					rilis = draft.uuid();
				}
				Map<String, Long> counts = new LinkedHashMap<>(r.issueCounts());
				PengajuanView after = pemeriksaan.catatVersi(p.id(), version, new VersiBaru(rilis, u.getNamaBerkas(),
						u.getUkuranBerkas(), r.file() == null ? null : r.file().format(), u.getBerkasKey(),
						temuan == null ? null : temuan.storageKey(), temuan == null ? 0 : temuan.rows(), r.rows(),
						r.errorCount(), r.warningCount(), counts, kepatuhan, u.getOpsiImpor()));
				// the file of a refused version is kept only while it is the newest (a re-check with a
				// header mapping); the report stays
				hapusSetelahCommit(pemeriksaan.lepasBerkasDitolak(p.id()));
				return after.versiTerkini().orElseThrow().nomor();
			});
		}
		catch (RuntimeException e) {
			// nothing of the version stays: neither the table nor the report
			if (r.table() != null) {
				datastore.delete(r.table());
			}
			if (temuan != null) {
				datastore.delete(temuan);
			}
			throw e;
		}
	}

	private void fase(Unggahan u, Unggahan.Status s) {
		tx.executeWithoutResult(t -> {
			Unggahan fresh = unggahan.findByUuid(u.getUuid()).orElseThrow();
			fresh.fase(s);
			fresh.diperiksaOleh(terputus.node());
			unggahan.save(fresh);
		});
	}

	/**
	 * A failed upload: recorded with its reason, and its file deleted at once unless a version of the
	 * submission still refers to it (a failed re-check of a version's file with another mapping).
	 */
	private void gagal(String uuid, String key, Object... args) {
		Map<String, Object> pesan = new LinkedHashMap<>();
		pesan.put("key", key);
		pesan.put("args", args == null ? List.of() : List.of(args).stream().map(String::valueOf).toList());
		Unggahan u = unggahan.findByUuid(uuid).orElseThrow();
		String berkas = u.getBerkasKey();
		boolean dipakai = pemeriksaan.pengajuan(u.getPengajuanId()).map(p -> p.versi().stream()
			.anyMatch(v -> berkas.equals(v.berkasKey()))).orElse(false);
		if (!dipakai) {
			// before the status says so: whoever sees FAILED finds the file gone
			deleteQuietly(berkas);
		}
		tx.executeWithoutResult(t -> {
			Unggahan fresh = unggahan.findByUuid(uuid).orElseThrow();
			fresh.gagal(json.writeValueAsString(pesan), clock.instant());
			unggahan.save(fresh);
		});
	}

	private void hapusSetelahCommit(List<String> keys) {
		if (keys.isEmpty()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				keys.forEach(UnggahanService.this::deleteQuietly);
			}
		});
	}

	private void deleteQuietly(String key) {
		try {
			fileStore.delete(key);
			// its own transaction: this also runs after the commit of the version that replaced the file
			TransactionTemplate own = new TransactionTemplate(tx.getTransactionManager());
			own.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			own.executeWithoutResult(t -> unggahan.berkasDihapus(key));
		}
		catch (RuntimeException e) {
			log.warn("Deleted upload {} but could not record it: {}", key, e.getMessage());
		}
		catch (IOException e) {
			log.warn("Could not delete upload {}: {}", key, e.getMessage());
		}
	}

}
