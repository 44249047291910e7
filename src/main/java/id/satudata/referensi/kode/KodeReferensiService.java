package id.satudata.referensi.kode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.KodeView;
import id.satudata.referensi.internal.Halaman;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.kalender.KalenderProperties;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * Code lists and their codes: who may change them, how (every change is a new version, codes are
 * retired rather than deleted; files go through {@link ImporEksporKode}); browsing; and lookups for
 * other modules.
 */
@Service
@Transactional(readOnly = true)
public class KodeReferensiService implements KodeReferensiLookup {

	private final DaftarKodeRepository daftarRepository;
	private final KodeVersiRepository versiRepository;
	private final KodeItemStore items;
	private final KodeSearchIndex searchIndex;
	private final CurrentUser currentUser;
	private final Audit audit;
	private final Clock clock;
	private final KalenderProperties kalender;
	private final Map<Long, KodeAktif> kodeAktif = new java.util.concurrent.ConcurrentHashMap<>();

	KodeReferensiService(DaftarKodeRepository daftarRepository, KodeVersiRepository versiRepository,
			KodeItemStore items, KodeSearchIndex searchIndex, CurrentUser currentUser, Audit audit, Clock clock,
			KalenderProperties kalender) {
		this.daftarRepository = daftarRepository;
		this.versiRepository = versiRepository;
		this.items = items;
		this.searchIndex = searchIndex;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
		this.kalender = kalender;
	}

	// ---- authorization ------------------------------------------------------------------------

	/** Administrators, and the Walidata of the organization that keeps the list. */
	boolean canManage(DaftarKode daftar) {
		if (currentUser.has(Peran.ADMIN)) {
			return true;
		}
		return daftar.getPemilikOrganisasiId() != null
				&& currentUser.hasIn(Peran.WALIDATA, daftar.getPemilikOrganisasiId());
	}

	void requireManage(DaftarKode daftar) {
		if (!canManage(daftar)) {
			throw new AccessDeniedException("Not the keeper of this list");
		}
	}

	// ---- lists --------------------------------------------------------------------------------

	@Transactional
	DaftarKode buatDaftar(DaftarForm form) {
		currentUser.requireAny(Peran.WALIDATA, Peran.ADMIN);
		Long owner = form.getPemilikOrganisasiId();
		if (owner != null && !currentUser.has(Peran.ADMIN) && !currentUser.hasIn(Peran.WALIDATA, owner)) {
			throw new InvalidFieldException("pemilikOrganisasiId", "kodeReferensi.galat.pemilikBukanAnda");
		}
		if (owner == null && !currentUser.has(Peran.ADMIN)) {
			Set<Long> orgs = currentUser.organisasiWith(Peran.WALIDATA);
			if (orgs.size() != 1) {
				throw new InvalidFieldException("pemilikOrganisasiId", "validasi.wajib");
			}
			owner = orgs.iterator().next();
		}
		String slug = form.getSlug().strip();
		if (daftarRepository.existsBySlug(slug)) {
			throw new InvalidFieldException("slug", "kodeReferensi.galat.slugSudahAda", slug);
		}
		Instant now = clock.instant();
		DaftarKode daftar = new DaftarKode(slug, form.getNama().strip(), owner, now);
		daftar.ubah(form.getNama().strip(), blankToNull(form.getDeskripsi()), blankToNull(form.getSumber()),
				form.isHierarkis(), form.isPublik(), now);
		daftar = daftarRepository.save(daftar);
		audit.record("kodeReferensi.dibuat", "KodeReferensi", slug, daftar.getNama());
		return daftar;
	}

	@Transactional
	DaftarKode ubahDaftar(String slug, DaftarForm form) {
		DaftarKode daftar = daftar(slug);
		requireManage(daftar);
		if (form.getVersion() != null && form.getVersion() != daftar.getVersion()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
		daftar.ubah(form.getNama().strip(), blankToNull(form.getDeskripsi()), blankToNull(form.getSumber()),
				form.isHierarkis(), form.isPublik(), clock.instant());
		audit.record("kodeReferensi.diubah", "KodeReferensi", slug, daftar.getNama());
		return daftar;
	}

	DaftarKode daftar(String slug) {
		return daftarRepository.findBySlug(slug).orElseThrow(() -> new NotFoundException("kodeReferensi.galat.tidakAda"));
	}

	/** A list the current caller may read: public lists for everyone, others for those who keep them. */
	DaftarKode daftarTerbaca(String slug) {
		DaftarKode daftar = daftar(slug);
		if (!daftar.isPublik() && !canManage(daftar)) {
			throw new NotFoundException("kodeReferensi.galat.tidakAda");
		}
		return daftar;
	}

	List<DaftarKode> daftarPublik() {
		return daftarRepository.findByPublikTrueOrderByNamaAsc();
	}

	public List<DaftarKode> semuaDaftar() {
		return daftarRepository.findAllByOrderByNamaAsc();
	}

	/** The slugs of the lists the caller keeps (an administrator keeps them all). */
	Set<String> slugDikelola() {
		if (currentUser.has(Peran.ADMIN)) {
			return daftarRepository.findAllSlug();
		}
		Set<Long> organisasi = currentUser.organisasiWith(Peran.WALIDATA);
		return organisasi.isEmpty() ? Set.of() : daftarRepository.findSlugByPemilikOrganisasiIdIn(organisasi);
	}

	List<KodeVersi> riwayatVersi(DaftarKode daftar) {
		return versiRepository.findByDaftarIdOrderByVersiDesc(daftar.getId());
	}

	// ---- codes --------------------------------------------------------------------------------

	@Transactional
	KodeItem tambahKode(String slug, KodeForm form) {
		DaftarKode daftar = daftar(slug);
		requireManage(daftar);
		String kode = form.getKode().strip();
		if (items.find(daftar.getId(), kode).isPresent()) {
			throw new InvalidFieldException("kode", "impor.galat.kodeSudahAda", kode);
		}
		KodeRow row = checkedRow(daftar, kode, form, Map.of());
		int versi = daftar.naikVersi(items.countActive(daftar.getId()) + 1, Set.of(), clock.instant());
		items.insert(daftar.getId(), List.of(row), versi);
		catatVersi(daftar, versi, "Kode " + kode + " ditambahkan", 1, 0, 0);
		audit.record("kodeReferensi.kodeDitambah", "KodeReferensi", slug, kode + " " + row.nama());
		return items.find(daftar.getId(), kode).orElseThrow();
	}

	@Transactional
	KodeItem ubahKode(String slug, String kode, KodeForm form) {
		DaftarKode daftar = daftar(slug);
		requireManage(daftar);
		KodeItem item = items.find(daftar.getId(), kode).orElseThrow(() -> new NotFoundException("kodeReferensi.galat.kodeTidakAda"));
		KodeRow row = checkedRow(daftar, kode, form, item.atribut());
		if (!item.differsFrom(row)) {
			return item;
		}
		if (!item.aktif()) {
			throw new UserFacingException("kodeReferensi.galat.kodePensiun", kode);
		}
		int versi = daftar.naikVersi(items.countActive(daftar.getId()), Set.of(), clock.instant());
		items.update(List.of(new AbstractMap.SimpleEntry<>(item.id(), row)), versi);
		catatVersi(daftar, versi, "Kode " + kode + " diubah", 0, 1, 0);
		audit.record("kodeReferensi.kodeDiubah", "KodeReferensi", slug,
				kode + ": " + item.nama() + (item.nama().equals(row.nama()) ? "" : " → " + row.nama()));
		return items.find(daftar.getId(), kode).orElseThrow();
	}

	@Transactional
	void pensiunkanKode(String slug, String kode, LocalDate sampai) {
		DaftarKode daftar = daftar(slug);
		requireManage(daftar);
		KodeItem item = items.find(daftar.getId(), kode).orElseThrow(() -> new NotFoundException("kodeReferensi.galat.kodeTidakAda"));
		if (!item.aktif()) {
			throw new UserFacingException("kodeReferensi.galat.kodePensiun", kode);
		}
		if (items.hasActiveChildren(daftar.getId(), kode)) {
			throw new UserFacingException("kodeReferensi.galat.masihPunyaAnak", kode);
		}
		LocalDate until = sampai == null ? LocalDate.now(clock.withZone(kalender.zone())) : sampai;
		int versi = daftar.naikVersi(items.countActive(daftar.getId()) - 1, Set.of(), clock.instant());
		items.retire(List.of(item.id()), until, versi);
		catatVersi(daftar, versi, "Kode " + kode + " dipensiunkan", 0, 0, 1);
		audit.record("kodeReferensi.kodeDipensiunkan", "KodeReferensi", slug, kode + " berlaku sampai " + until);
	}

	private KodeRow checkedRow(DaftarKode daftar, String kode, KodeForm form, Map<String, String> atribut) {
		String induk = blankToNull(form.getKodeInduk());
		if (induk != null) {
			if (induk.equals(kode)) {
				throw new InvalidFieldException("kodeInduk", "impor.galat.indukDiriSendiri");
			}
			KodeItem parent = items.find(daftar.getId(), induk)
				.orElseThrow(() -> new InvalidFieldException("kodeInduk", "impor.galat.indukTidakAda", induk));
			if (!parent.aktif()) {
				throw new InvalidFieldException("kodeInduk", "impor.galat.indukPensiun", induk);
			}
			String cursor = parent.kodeInduk();
			int guard = 0;
			while (cursor != null && guard++ < 100) {
				if (cursor.equals(kode)) {
					throw new InvalidFieldException("kodeInduk", "impor.galat.siklus", kode);
				}
				cursor = items.find(daftar.getId(), cursor).map(KodeItem::kodeInduk).orElse(null);
			}
		}
		if (form.getBerlakuMulai() != null && form.getBerlakuSampai() != null
				&& form.getBerlakuSampai().isBefore(form.getBerlakuMulai())) {
			throw new InvalidFieldException("berlakuSampai", "impor.galat.tanggalTerbalik");
		}
		return new KodeRow(kode, form.getNama().strip(), induk, blankToNull(form.getTingkat()), form.getBerlakuMulai(),
				form.getBerlakuSampai(), atribut);
	}

	private void catatVersi(DaftarKode daftar, int versi, String catatan, int tambah, int ubah, int pensiun) {
		catatVersi(daftar, versi, catatan, tambah, ubah, pensiun, currentUser.actorName());
	}

	void catatVersi(DaftarKode daftar, int versi, String catatan, int tambah, int ubah, int pensiun,
			String actor) {
		versiRepository.save(new KodeVersi(daftar.getId(), versi, catatan.length() > 1000 ? catatan.substring(0, 1000)
				: catatan, tambah, ubah, pensiun, actor, clock.instant()));
	}

	// ---- browsing -----------------------------------------------------------------------------

	Optional<KodeItem> kode(DaftarKode daftar, String kode) {
		return items.find(daftar.getId(), kode);
	}

	List<KodeItem> anak(DaftarKode daftar, String kode, boolean withRetired, int limit, int offset) {
		return items.children(daftar.getId(), kode, withRetired, limit, offset);
	}

	long hitungAnak(DaftarKode daftar, String kode, boolean withRetired) {
		return items.countChildren(daftar.getId(), kode, withRetired);
	}

	/** One page of codes whose name contains {@code q} or whose code starts with it, and the total. */
	Halaman<KodeItem> cari(DaftarKode daftar, String q, String tingkat, boolean withRetired, int limit,
			int offset) {
		KodeSearchIndex.Matches matches = searchIndex.search(daftar, q, tingkat, withRetired, limit, offset);
		return new Halaman<>(items.findAll(daftar.getId(), matches.kode()), limit == 0 ? 0 : offset / limit, limit,
				matches.total());
	}

	List<String> daftarTingkat(DaftarKode daftar) {
		return items.levels(daftar.getId());
	}

	List<KodeItem> leluhur(DaftarKode daftar, KodeItem item) {
		List<KodeItem> chain = new ArrayList<>();
		String cursor = item.kodeInduk();
		int guard = 0;
		while (cursor != null && guard++ < 100) {
			Optional<KodeItem> parent = items.find(daftar.getId(), cursor);
			if (parent.isEmpty()) {
				break;
			}
			chain.add(0, parent.get());
			cursor = parent.get().kodeInduk();
		}
		return chain;
	}

	// ---- KodeReferensiLookup ------------------------------------------------------------------

	@Override
	public Optional<KodeView> kode(String daftar, String kode) {
		return daftarRepository.findBySlug(daftar).flatMap(d -> items.find(d.getId(), kode)).map(KodeItem::view);
	}

	@Override
	public List<KodeView> anak(String daftar, String kode) {
		return daftarRepository.findBySlug(daftar)
			.map(d -> items.children(d.getId(), kode, false, 100_000, 0).stream().map(KodeItem::view).toList())
			.orElse(List.of());
	}

	@Override
	public List<KodeView> leluhur(String daftar, String kode) {
		return daftarRepository.findBySlug(daftar)
			.flatMap(d -> items.find(d.getId(), kode).map(i -> leluhur(d, i)))
			.map(list -> list.stream().map(KodeItem::view).toList())
			.orElse(List.of());
	}

	@Override
	public List<KodeView> cari(String daftar, String q, String tingkat, int limit) {
		return daftarRepository.findBySlug(daftar)
			.map(d -> cari(d, q, tingkat, false, Math.min(Math.max(limit, 1), 1000), 0).isi().stream()
				.map(KodeItem::view).toList())
			.orElse(List.of());
	}

	@Override
	public List<KodeView> turunanPadaTingkat(String daftar, String rootKode, String tingkat) {
		return daftarRepository.findBySlug(daftar)
			.map(d -> items.descendantsAtLevel(d.getId(), rootKode, tingkat).stream().map(KodeItem::view).toList())
			.orElse(List.of());
	}

	@Override
	public Set<String> turunan(String daftar, String rootKode) {
		return daftarRepository.findBySlug(daftar).map(d -> items.subtree(d.getId(), rootKode)).orElse(Set.of());
	}

	/**
	 * The active codes of a list, kept per list version: schema inference and every import with a
	 * column checked against the region list asked for its 91,599 codes each time (a third of an
	 * upload's time outside the import pipeline, issue 18). Every change to a list's codes raises its
	 * version and sets its change time (one of the two changes even if a rolled-back change had taken
	 * the same version number), and the version is read from the database on each call, so a code
	 * changed on another node is seen at once.
	 */
	@Override
	public Set<String> kodeBerlaku(String daftar) {
		return daftarRepository.findBySlug(daftar).map(d -> {
			KodeAktif kept = kodeAktif.get(d.getId());
			Set<String> kode = kept != null && kept.dari(d) ? kept.kode().get() : null;
			if (kode == null) {
				kode = Collections.unmodifiableSet(items.activeCodes(d.getId()));
				kodeAktif.put(d.getId(), new KodeAktif(d.getVersi(), d.getDiubahPada(), new java.lang.ref.SoftReference<>(kode)));
			}
			return kode;
		}).orElse(Set.of());
	}

	/**
	 * A list's active codes at one version (see {@link #kodeBerlaku}); softly held (the region list is
	 * about 8 MB): the collector may drop it under memory pressure, and it is read again when next asked.
	 */
	private record KodeAktif(int versi, Instant diubahPada, java.lang.ref.SoftReference<Set<String>> kode) {

		/** Whether these are the codes of the list as it is now. */
		boolean dari(DaftarKode d) {
			return versi == d.getVersi() && java.util.Objects.equals(diubahPada, d.getDiubahPada());
		}

	}

	@Override
	public boolean adaDaftar(String daftar) {
		return daftarRepository.existsBySlug(daftar);
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
