package id.satudata.pemeriksaan.pengajuan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.KelolaKatalog;
import id.satudata.katalog.MetadataDataset;
import id.satudata.katalog.PeriodeRilis;
import id.satudata.pemeriksaan.AksiPemeriksaan;
import id.satudata.pemeriksaan.AlurPemeriksaan;
import id.satudata.pemeriksaan.ItemKotakMasuk;
import id.satudata.pemeriksaan.KonteksPengajuan;
import id.satudata.pemeriksaan.Pemeriksaan;
import id.satudata.pemeriksaan.PengajuanView;
import id.satudata.pemeriksaan.PeranPemeriksaan;
import id.satudata.pemeriksaan.StatusPengajuan;
import id.satudata.pemeriksaan.UsulanMetadata;
import id.satudata.pemeriksaan.VersiBaru;
import id.satudata.pemeriksaan.internal.PemeriksaanProperties;
import id.satudata.perencanaan.JadwalRilisLookup;
import id.satudata.shared.alur.TransisiDitolak;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Penugasan;
import id.satudata.shared.security.SystemActor;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;

/**
 * {@link Pemeriksaan}: loads a submission, derives the user's part in it ({@link PeranPengajuan}),
 * lets {@link AlurPemeriksaan} decide the step, writes history, audit, notifications and the
 * module event in the same transaction, and on publication publishes the release in the catalog.
 */
@Service
@Transactional(readOnly = true)
class PemeriksaanService implements Pemeriksaan {

	private static final int MAX_CATATAN = 4000;

	private final PengajuanRepository pengajuan;
	private final VersiPengajuanRepository versi;
	private final RiwayatPengajuanRepository riwayat;
	private final CatatanPemeriksaanRepository catatan;
	private final PeranPengajuan peran;
	private final PengajuanViews views;
	private final PemberitahuanPengajuan pemberitahuan;
	private final Katalog katalog;
	private final KelolaKatalog kelolaKatalog;
	private final WorkingCalendar calendar;
	private final PemeriksaanProperties properties;
	private final Audit audit;
	private final CurrentUser currentUser;
	private final SystemActor systemActor;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final JadwalRilisLookup jadwal;

	PemeriksaanService(PengajuanRepository pengajuan, VersiPengajuanRepository versi, RiwayatPengajuanRepository riwayat,
			CatatanPemeriksaanRepository catatan, PeranPengajuan peran, PengajuanViews views,
			PemberitahuanPengajuan pemberitahuan, Katalog katalog, KelolaKatalog kelolaKatalog, WorkingCalendar calendar,
			PemeriksaanProperties properties, Audit audit, CurrentUser currentUser, SystemActor systemActor,
			TransactionTemplate tx, Clock clock, JadwalRilisLookup jadwal) {
		this.jadwal = jadwal;
		this.pengajuan = pengajuan;
		this.versi = versi;
		this.riwayat = riwayat;
		this.catatan = catatan;
		this.peran = peran;
		this.views = views;
		this.pemberitahuan = pemberitahuan;
		this.katalog = katalog;
		this.kelolaKatalog = kelolaKatalog;
		this.calendar = calendar;
		this.properties = properties;
		this.audit = audit;
		this.currentUser = currentUser;
		this.systemActor = systemActor;
		this.tx = tx;
		this.clock = clock;
	}

	// ---- the producer's side ------------------------------------------------------------------

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public PengajuanView bukaAtauBuat(long datasetId, String periodeText) {
		DatasetDetail d = katalog.dataset(String.valueOf(datasetId)).orElseThrow(NotFoundException::new);
		long org = d.ringkas().organisasiId();
		if (!peran.dari(org, d.produsenUnitId()).contains(PeranPemeriksaan.PRODUSEN)) {
			throw new AccessDeniedException("Not a producer of this dataset");
		}
		String periode = PeriodeRilis.parse(periodeText).label();
		String kunci = datasetId + ":" + periode;
		Optional<Pengajuan> open = pengajuan.findByKunciTerbuka(kunci);
		if (open.isPresent()) {
			return views.view(open.get(), peran.dari(open.get()));
		}
		try {
			// its own transaction: a concurrent creation of the same submission is then simply found
			Pengajuan created = tx.execute(s -> {
				Pengajuan baru = new Pengajuan(datasetId, org, d.produsenUnitId(), periode,
						PeranPengajuan.pembinaUntuk(d.ringkas().jenisData()), currentUser.actorName(), clock.instant());
				// what the Daftar Data says is owed for this period, and by when
				jadwal.kewajiban(datasetId, periode).ifPresent(k -> baru.tetapkanJatuhTempo(k.tanggalRencana(), k.entriId()));
				Pengajuan p = pengajuan.saveAndFlush(baru);
				audit.record("pengajuan.dibuat", "Pengajuan", p.getId(), d.ringkas().slug() + " " + periode);
				return p;
			});
			return views.view(created, peran.dari(created));
		}
		catch (DataIntegrityViolationException e) {
			Pengajuan p = pengajuan.findByKunciTerbuka(kunci).orElseThrow(() -> e);
			return views.view(p, peran.dari(p));
		}
	}

	@Override
	@Transactional
	public PengajuanView catatVersi(long id, long version, VersiBaru v) {
		Pengajuan p = milikProdusen(id, version);
		int nomor = p.getVersiTerkini() + 1;
		Instant now = clock.instant();
		versi.save(new VersiPengajuan(p.getId(), nomor, v.rilisUuid(), v.namaBerkas(), v.ukuranBerkas(), v.formatBerkas(),
				v.berkasKey(), v.temuanKey(), v.temuanDisimpan(), v.jumlahBaris(), v.jumlahGalat(), v.jumlahPeringatan(),
				views.json(v.ringkasan()), v.kepatuhan() == null ? null : views.json(v.kepatuhan()), v.opsiImpor(),
				currentUser.actorName(), now));
		p.catatVersi(nomor, v.rilisUuid(), v.jumlahGalat(), v.jumlahPeringatan(),
				v.kepatuhan() == null ? null : v.kepatuhan().skor(), now);
		pengajuan.saveAndFlush(p);
		audit.record("pengajuan.diunggah", "Pengajuan", p.getId(), "v" + nomor + " " + v.namaBerkas() + ": "
				+ v.jumlahBaris() + " baris, " + v.jumlahGalat() + " galat, " + v.jumlahPeringatan() + " peringatan");
		return views.view(p, peran.dari(p));
	}

	@Override
	@Transactional
	public List<String> lepasBerkasDitolak(long id) {
		List<VersiPengajuan> all = versi.findByPengajuanIdOrderByNomorAsc(id);
		if (all.isEmpty()) {
			return List.of();
		}
		VersiPengajuan newest = all.get(all.size() - 1);
		java.util.Set<String> released = new java.util.LinkedHashSet<>();
		for (VersiPengajuan v : all) {
			if (v != newest && v.getRilisUuid() == null && v.getBerkasKey() != null) {
				released.add(v.getBerkasKey());
				v.lepasBerkas();
				versi.save(v);
			}
		}
		// a file still behind another version (a re-check with another header mapping) stays
		all.stream().map(VersiPengajuan::getBerkasKey).filter(java.util.Objects::nonNull).forEach(released::remove);
		return List.copyOf(released);
	}

	@Override
	@Transactional
	public PengajuanView simpanUsulan(long id, long version, UsulanMetadata usulan, Map<String, String> justifikasi) {
		Pengajuan p = milikProdusen(id, version);
		Map<String, String> clean = new LinkedHashMap<>();
		justifikasi.forEach((rule, text) -> {
			if (text != null && !text.isBlank()) {
				if (text.length() > MAX_CATATAN) {
					throw new InvalidFieldException("justifikasi[" + rule + "]", "pemeriksaan.validasi.terlaluPanjang", MAX_CATATAN);
				}
				clean.put(rule, text.strip());
			}
		});
		if (usulan.kontakEmail() != null && !usulan.kontakEmail().isBlank()
				&& !usulan.kontakEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new InvalidFieldException("kontakEmail", "validasi.email");
		}
		p.simpanUsulan(views.json(usulan), views.json(clean), clock.instant());
		pengajuan.saveAndFlush(p);
		audit.record("pengajuan.metadataDiubah", "Pengajuan", p.getId(), clean.size() + " justifikasi");
		return views.view(p, peran.dari(p));
	}

	private Pengajuan milikProdusen(long id, long version) {
		Pengajuan p = pengajuan.findById(id).orElseThrow(NotFoundException::new);
		if (!peran.dari(p).contains(PeranPemeriksaan.PRODUSEN)) {
			throw new AccessDeniedException("Not a producer of this submission");
		}
		p.pastikanVersi(version);
		if (!p.bisaDiubahProdusen()) {
			throw new TransisiDitolak(HttpStatus.CONFLICT, "pemeriksaan.galat.sedangDiperiksa");
		}
		return p;
	}

	// ---- the review -----------------------------------------------------------------------------

	@Override
	@Transactional
	public PengajuanView jalankan(long id, long version, AksiPemeriksaan aksi, String teks, LocalDate jadwalTerbit) {
		Pengajuan p = pengajuan.findById(id).orElseThrow(NotFoundException::new);
		Set<PeranPemeriksaan> parts = peran.dari(p);
		if (parts.isEmpty()) {
			throw new AccessDeniedException("No part in this submission");
		}
		p.pastikanVersi(version);
		if (teks != null && teks.length() > MAX_CATATAN) {
			throw new InvalidFieldException("catatan", "pemeriksaan.validasi.terlaluPanjang", MAX_CATATAN);
		}
		if (aksi == AksiPemeriksaan.AJUKAN) {
			siapDiajukan(p);
		}
		KonteksPengajuan konteks = peran.konteks(p, p.getJumlahGalat() > 0);
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		if (aksi == AksiPemeriksaan.TERBITKAN && jadwalTerbit != null && jadwalTerbit.isAfter(today)) {
			p.jadwalkanTerbit(parts, konteks, teks, jadwalTerbit, clock.instant());
			pengajuan.saveAndFlush(p);
			audit.record("pengajuan.dijadwalkan", "Pengajuan", p.getId(), "terbit " + jadwalTerbit);
			return views.view(p, parts);
		}
		langkah(p, aksi, parts, konteks, teks, currentUser.actorName());
		return views.view(p, peran.dari(p));
	}

	/** A submission can go to review only with data and with every warning justified (conditions of AJUKAN). */
	private void siapDiajukan(Pengajuan p) {
		if (p.getRilisUuid() == null) {
			throw new TransisiDitolak(HttpStatus.CONFLICT, p.getVersiTerkini() == 0 ? "pemeriksaan.galat.tanpaData"
					: "pemeriksaan.galat.masihAdaGalat");
		}
		List<String> unjustified = new ArrayList<>();
		Map<String, String> justified = views.justifikasi(p);
		for (String rule : views.aturanPeringatan(p)) {
			if (!justified.containsKey(rule)) {
				unjustified.add(rule);
			}
		}
		if (!unjustified.isEmpty()) {
			throw new TransisiDitolak(HttpStatus.CONFLICT, "pemeriksaan.galat.justifikasiWajib",
					String.join(", ", unjustified.stream().map(r -> views.labelAturan(r)).toList()));
		}
		// the dataset's kind decides its Pembina now (it may have changed since the draft began)
		katalog.dataset(String.valueOf(p.getDatasetId()))
			.ifPresent(d -> p.ubahPembina(PeranPengajuan.pembinaUntuk(d.ringkas().jenisData())));
	}

	/** One step of the machine, with everything that goes with it. */
	private void langkah(Pengajuan p, AksiPemeriksaan aksi, Set<PeranPemeriksaan> parts, KonteksPengajuan konteks,
			String teks, String pelaku) {
		Instant before = p.getStatusSejak();
		Instant now = clock.instant();
		PeranPemeriksaan sebagai = parts.stream()
			.filter(x -> AlurPemeriksaan.aksiTersedia(p.getStatus(), EnumSet.of(x), konteks).contains(aksi)).findFirst()
			.orElse(null);
		StatusPengajuan dari = p.jalankan(aksi, parts, konteks, teks, now);
		long minutes = calendar.workingTimeBetween(before, now).toMinutes();
		riwayat.save(new RiwayatPengajuan(p.getId(), aksi, dari, p.getStatus(), pelaku, sebagai, blank(teks), now, minutes));
		pengajuan.saveAndFlush(p);
		if (p.getStatus() == StatusPengajuan.TERBIT) {
			terbitkanRilis(p);
		}
		audit.record("pengajuan." + aksi.name().toLowerCase(java.util.Locale.ROOT), "Pengajuan", p.getId(),
				dari + " → " + p.getStatus() + (teks == null || teks.isBlank() ? "" : ": " + teks.strip()));
		pemberitahuan.setelah(p, aksi, konteks, views.judul(p));
	}

	/** Publishes the draft release and applies the producer's metadata to the dataset. */
	private void terbitkanRilis(Pengajuan p) {
		kelolaKatalog.terbitkan(p.getRilisUuid());
		UsulanMetadata u = views.usulan(p);
		if (u.deskripsi() != null || u.satuan() != null || u.kontakNama() != null || u.kontakEmail() != null
				|| u.kataKunci() != null) {
			kelolaKatalog.ubah(String.valueOf(p.getDatasetId()), new MetadataDataset(null, null, u.deskripsi(), null, null,
					null, null, null, null, u.satuan(), null, null, null, null, u.kontakNama(), u.kontakEmail(), null,
					u.kataKunci()));
		}
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int terbitkanTerjadwal(LocalDate hariIni) {
		List<Pengajuan> due = pengajuan.terjadwal(StatusPengajuan.SIAP_TERBIT, hariIni);
		int n = 0;
		for (Pengajuan found : due) {
			Boolean done = systemActor.run(() -> tx.execute(s -> {
				Pengajuan p = pengajuan.findById(found.getId()).orElseThrow();
				if (p.getStatus() != StatusPengajuan.SIAP_TERBIT || p.getJadwalTerbit() == null
						|| p.getJadwalTerbit().isAfter(hariIni)) {
					return false;
				}
				KonteksPengajuan konteks = peran.konteks(p, p.getJumlahGalat() > 0);
				langkah(p, AksiPemeriksaan.TERBITKAN, EnumSet.of(PeranPemeriksaan.WALIDATA), konteks,
						"Terbit sesuai jadwal " + p.getJadwalTerbit(), SystemActor.NAME);
				return true;
			}));
			if (Boolean.TRUE.equals(done)) {
				n++;
			}
		}
		return n;
	}

	@Override
	@Transactional
	public PengajuanView.Catatan catat(long id, String kolom, Long baris, String teks) {
		Pengajuan p = pengajuan.findById(id).orElseThrow(NotFoundException::new);
		Set<PeranPemeriksaan> parts = peran.dari(p);
		if (parts.isEmpty()) {
			throw new AccessDeniedException("No part in this submission");
		}
		if (teks == null || teks.isBlank()) {
			throw new InvalidFieldException("teks", "validasi.wajib");
		}
		if (teks.length() > MAX_CATATAN) {
			throw new InvalidFieldException("teks", "pemeriksaan.validasi.terlaluPanjang", MAX_CATATAN);
		}
		String col = kolom == null || kolom.isBlank() ? null : kolom.strip();
		if (col != null && !views.kolom(p).contains(col)) {
			throw new InvalidFieldException("kolom", "pemeriksaan.galat.kolomTidakAda", col);
		}
		if (baris != null && baris < 1) {
			throw new InvalidFieldException("baris", "pemeriksaan.galat.barisTidakSah");
		}
		PeranPemeriksaan sebagai = parts.stream().sorted(Comparator.reverseOrder()).findFirst().orElseThrow();
		CatatanPemeriksaan c = catatan.save(new CatatanPemeriksaan(p.getId(), p.getVersiTerkini(), col, baris, teks.strip(),
				currentUser.actorName(), sebagai, clock.instant()));
		audit.record("pengajuan.dicatat", "Pengajuan", p.getId(), (col == null ? "" : col + " ")
				+ (baris == null ? "" : "baris " + baris + " ") + teks.strip());
		if (sebagai != PeranPemeriksaan.PRODUSEN) {
			pemberitahuan.catatanBaru(p, views.judul(p));
		}
		return PengajuanViews.view(c);
	}

	// ---- reading --------------------------------------------------------------------------------

	@Override
	public Set<PeranPemeriksaan> peranSaya(long organisasiId, long produsenUnitId) {
		return peran.dari(organisasiId, produsenUnitId);
	}

	@Override
	public Optional<PengajuanView> pengajuan(long id) {
		return pengajuan.findById(id).flatMap(p -> {
			Set<PeranPemeriksaan> parts = peran.dari(p);
			return parts.isEmpty() && !peran.admin() ? Optional.empty() : Optional.of(views.view(p, parts));
		});
	}

	@Override
	public List<PengajuanView> milikUnit(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return visible(pengajuan.findByProdusenUnitIdInOrderByDiubahPadaDesc(unitIds));
	}

	@Override
	public List<PengajuanView> untukDataset(long datasetId) {
		return visible(pengajuan.findByDatasetIdOrderByDibuatPadaDesc(datasetId));
	}

	private List<PengajuanView> visible(List<Pengajuan> found) {
		List<PengajuanView> out = new ArrayList<>();
		for (Pengajuan p : found) {
			Set<PeranPemeriksaan> parts = peran.dari(p);
			if (!parts.isEmpty() || peran.admin()) {
				out.add(views.view(p, parts));
			}
		}
		return out;
	}

	@Override
	public List<ItemKotakMasuk> kotakMasuk() {
		Set<Long> orgs = new java.util.HashSet<>();
		currentUser.get().ifPresent(u -> u.getPenugasan().stream().map(Penugasan::organisasiId).forEach(orgs::add));
		if (orgs.isEmpty()) {
			return List.of();
		}
		Instant now = clock.instant();
		Map<Long, Optional<DatasetDetail>> datasets = new HashMap<>();
		List<ItemKotakMasuk> out = new ArrayList<>();
		// in the database: the open submissions of the user's organizations; here: whose turn it is at each
		for (Pengajuan p : pengajuan.findByStatusInAndOrganisasiIdIn(EnumSet.complementOf(EnumSet.of(StatusPengajuan.TERBIT)),
				orgs)) {
			Set<PeranPemeriksaan> parts = peran.dari(p);
			if (parts.isEmpty()) {
				continue;
			}
			KonteksPengajuan konteks = peran.konteks(p, p.getJumlahGalat() > 0);
			Optional<PeranPemeriksaan> giliran = AlurPemeriksaan.menunggu(p.getStatus(), konteks);
			if (giliran.isEmpty() || !parts.contains(giliran.get())) {
				continue;
			}
			Optional<DatasetDetail> d = datasets.computeIfAbsent(p.getDatasetId(),
					k -> katalog.dataset(String.valueOf(k)));
			Duration waited = calendar.workingTimeBetween(p.getStatusSejak(), now);
			out.add(new ItemKotakMasuk(p.getId(), d.map(x -> x.ringkas().judul()).orElse("#" + p.getDatasetId()),
					d.map(x -> x.ringkas().produsenNama()).orElse(""), p.getPeriode(), p.getStatus(), giliran.get(),
					p.getStatusSejak(), waited, properties.targetUntuk(p.getStatus()), p.getJumlahGalat(),
					p.getJumlahPeringatan(), p.getSkorKepatuhan()));
		}
		out.sort(Comparator.comparing(ItemKotakMasuk::menunggu).reversed());
		return out;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
