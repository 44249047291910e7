package id.satudata.referensi.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
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
import id.satudata.shared.audit.Audit;
import id.satudata.shared.kalender.KalenderProperties;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.tabular.TableWriter;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * Code lists and their codes: who may change them, how (every change is a new version, codes are
 * retired rather than deleted), imports that apply all or nothing, exports; and lookups for other
 * modules.
 */
@Service
@Transactional(readOnly = true)
class KodeReferensiService implements KodeReferensiLookup {

	private final DaftarKodeRepository daftarRepository;
	private final KodeVersiRepository versiRepository;
	private final KodeItemStore items;
	private final KodeImporter importer;
	private final KodeSearchIndex searchIndex;
	private final CurrentUser currentUser;
	private final Audit audit;
	private final Clock clock;
	private final KalenderProperties kalender;

	KodeReferensiService(DaftarKodeRepository daftarRepository, KodeVersiRepository versiRepository,
			KodeItemStore items, KodeImporter importer, KodeSearchIndex searchIndex, CurrentUser currentUser, Audit audit, Clock clock,
			KalenderProperties kalender) {
		this.daftarRepository = daftarRepository;
		this.versiRepository = versiRepository;
		this.items = items;
		this.importer = importer;
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

	private void requireManage(DaftarKode daftar) {
		if (!canManage(daftar)) {
			throw new AccessDeniedException("Not the keeper of this list");
		}
	}

	// ---- lists --------------------------------------------------------------------------------

	@Transactional
	DaftarKode createList(DaftarForm form) {
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
	DaftarKode updateList(String slug, DaftarForm form) {
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
	DaftarKode readableDaftar(String slug) {
		DaftarKode daftar = daftar(slug);
		if (!daftar.isPublik() && !canManage(daftar)) {
			throw new NotFoundException("kodeReferensi.galat.tidakAda");
		}
		return daftar;
	}

	List<DaftarKode> publicLists() {
		return daftarRepository.findByPublikTrueOrderByNamaAsc();
	}

	List<DaftarKode> allLists() {
		return daftarRepository.findAllByOrderByNamaAsc();
	}

	List<KodeVersi> versions(DaftarKode daftar) {
		return versiRepository.findByDaftarIdOrderByVersiDesc(daftar.getId());
	}

	// ---- codes --------------------------------------------------------------------------------

	@Transactional
	KodeItem addKode(String slug, KodeForm form) {
		DaftarKode daftar = daftar(slug);
		requireManage(daftar);
		String kode = form.getKode().strip();
		if (items.find(daftar.getId(), kode).isPresent()) {
			throw new InvalidFieldException("kode", "impor.galat.kodeSudahAda", kode);
		}
		KodeRow row = checkedRow(daftar, kode, form, Map.of());
		int versi = daftar.naikVersi(items.countActive(daftar.getId()) + 1, Set.of(), clock.instant());
		items.insert(daftar.getId(), List.of(row), versi);
		recordVersion(daftar, versi, "Kode " + kode + " ditambahkan", 1, 0, 0);
		audit.record("kodeReferensi.kodeDitambah", "KodeReferensi", slug, kode + " " + row.nama());
		return items.find(daftar.getId(), kode).orElseThrow();
	}

	@Transactional
	KodeItem updateKode(String slug, String kode, KodeForm form) {
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
		recordVersion(daftar, versi, "Kode " + kode + " diubah", 0, 1, 0);
		audit.record("kodeReferensi.kodeDiubah", "KodeReferensi", slug,
				kode + ": " + item.nama() + (item.nama().equals(row.nama()) ? "" : " → " + row.nama()));
		return items.find(daftar.getId(), kode).orElseThrow();
	}

	@Transactional
	void retireKode(String slug, String kode, LocalDate sampai) {
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
		recordVersion(daftar, versi, "Kode " + kode + " dipensiunkan", 0, 0, 1);
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

	// ---- import and export ------------------------------------------------------------------

	@Transactional
	ImportOutcome importFile(String slug, Path file, ImportMode mode, String catatan) {
		DaftarKode daftar = daftar(slug);
		requireManage(daftar);
		return apply(daftar, file, mode, catatan, currentUser.actorName());
	}

	/** Imports as the system (first load of a shipped list); no user check. */
	@Transactional
	ImportOutcome importAsSystem(DaftarKode daftar, Path file, String catatan) {
		return apply(daftar, file, ImportMode.GABUNG, catatan, "sistem");
	}

	/** Imports on behalf of another module that has authorized the change ({@link PublikasiKodeReferensi}). */
	@Transactional
	ImportOutcome importAs(DaftarKode daftar, Path file, ImportMode mode, String catatan, String actor) {
		return apply(daftar, file, mode, catatan, actor);
	}

	private ImportOutcome apply(DaftarKode daftar, Path file, ImportMode mode, String catatan, String actor) {
		Map<String, KodeItem> existing = items.all(daftar.getId());
		KodeImporter.Result result = importer.read(file, existing, mode);
		if (!result.ok()) {
			return ImportOutcome.rejected(result);
		}
		List<KodeRow> inserts = new ArrayList<>();
		List<Map.Entry<Long, KodeRow>> updates = new ArrayList<>();
		Set<String> inFile = new HashSet<>();
		int reactivated = 0;
		for (KodeRow row : result.rows()) {
			inFile.add(row.kode());
			KodeItem current = existing.get(row.kode());
			if (current == null) {
				inserts.add(row);
			}
			else if (current.differsFrom(row)) {
				updates.add(new AbstractMap.SimpleEntry<>(current.id(), row));
				if (!current.aktif()) {
					reactivated++;
				}
			}
		}
		List<Long> retire = new ArrayList<>();
		if (mode == ImportMode.GANTI) {
			existing.values().stream().filter(i -> i.aktif() && !inFile.contains(i.kode())).map(KodeItem::id)
				.forEach(retire::add);
		}
		if (inserts.isEmpty() && updates.isEmpty() && retire.isEmpty()) {
			return new ImportOutcome(true, List.of(), 0, result.rows().size(), daftar.getVersi(), 0, 0, 0,
					result.summary());
		}
		long activeAfter = existing.values().stream().filter(KodeItem::aktif).count() + inserts.size() + reactivated
				- retire.size();
		int versi = daftar.naikVersi((int) activeAfter, result.atributNames(), clock.instant());
		items.insert(daftar.getId(), inserts, versi);
		items.update(updates, versi);
		items.retire(retire, LocalDate.now(clock.withZone(kalender.zone())), versi);
		String note = catatan == null || catatan.isBlank() ? "Impor berkas" : catatan.strip();
		recordVersion(daftar, versi, note, inserts.size(), updates.size(), retire.size(), actor);
		audit.recordAs(actor, "kodeReferensi.diimpor", "KodeReferensi", daftar.getSlug(),
				"Versi " + versi + ": " + inserts.size() + " ditambah, " + updates.size() + " diubah, " + retire.size()
						+ " dipensiunkan (" + mode + ")");
		return new ImportOutcome(true, List.of(), 0, result.rows().size(), versi, inserts.size(), updates.size(),
				retire.size(), result.summary());
	}

	void export(DaftarKode daftar, TableWriter writer, boolean withRetired) throws IOException {
		List<String> atribut = daftar.getAtributKolom();
		List<String> header = new ArrayList<>(List.of(KodeImporter.KOLOM_KODE, KodeImporter.KOLOM_NAMA,
				KodeImporter.KOLOM_INDUK, KodeImporter.KOLOM_TINGKAT, KodeImporter.KOLOM_MULAI,
				KodeImporter.KOLOM_SAMPAI));
		header.addAll(atribut);
		writer.header(header);
		items.forEach(daftar.getId(), withRetired, item -> {
			List<Object> row = new ArrayList<>(List.of(item.kode(), item.nama(), nz(item.kodeInduk()), nz(item.tingkat()),
					item.berlakuMulai() == null ? "" : item.berlakuMulai().toString(),
					item.berlakuSampai() == null ? "" : item.berlakuSampai().toString()));
			for (String a : atribut) {
				row.add(item.atribut().getOrDefault(a, ""));
			}
			writer.row(row);
		});
	}

	void exportTo(DaftarKode daftar, OutputStream out, boolean xlsx, boolean withRetired) throws IOException {
		try (TableWriter writer = xlsx ? TableWriter.xlsx(out, daftar.getSlug()) : TableWriter.csv(out)) {
			export(daftar, writer, withRetired);
		}
	}

	private void recordVersion(DaftarKode daftar, int versi, String catatan, int tambah, int ubah, int pensiun) {
		recordVersion(daftar, versi, catatan, tambah, ubah, pensiun, currentUser.actorName());
	}

	private void recordVersion(DaftarKode daftar, int versi, String catatan, int tambah, int ubah, int pensiun,
			String actor) {
		versiRepository.save(new KodeVersi(daftar.getId(), versi, catatan.length() > 1000 ? catatan.substring(0, 1000)
				: catatan, tambah, ubah, pensiun, actor, clock.instant()));
	}

	// ---- browsing -----------------------------------------------------------------------------

	Optional<KodeItem> item(DaftarKode daftar, String kode) {
		return items.find(daftar.getId(), kode);
	}

	List<KodeItem> childrenOf(DaftarKode daftar, String kode, boolean withRetired, int limit, int offset) {
		return items.children(daftar.getId(), kode, withRetired, limit, offset);
	}

	long countChildren(DaftarKode daftar, String kode, boolean withRetired) {
		return items.countChildren(daftar.getId(), kode, withRetired);
	}

	/** One page of codes whose name contains {@code q} or whose code starts with it, and the total. */
	Halaman<KodeItem> searchItems(DaftarKode daftar, String q, String tingkat, boolean withRetired, int limit,
			int offset) {
		KodeSearchIndex.Matches matches = searchIndex.search(daftar, q, tingkat, withRetired, limit, offset);
		return new Halaman<>(items.findAll(daftar.getId(), matches.kode()), limit == 0 ? 0 : offset / limit, limit,
				matches.total());
	}

	List<String> levels(DaftarKode daftar) {
		return items.levels(daftar.getId());
	}

	List<KodeItem> ancestorItems(DaftarKode daftar, KodeItem item) {
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
	public Optional<KodeView> find(String daftar, String kode) {
		return daftarRepository.findBySlug(daftar).flatMap(d -> items.find(d.getId(), kode)).map(KodeItem::view);
	}

	@Override
	public List<KodeView> children(String daftar, String kode) {
		return daftarRepository.findBySlug(daftar)
			.map(d -> items.children(d.getId(), kode, false, 100_000, 0).stream().map(KodeItem::view).toList())
			.orElse(List.of());
	}

	@Override
	public List<KodeView> ancestors(String daftar, String kode) {
		return daftarRepository.findBySlug(daftar)
			.flatMap(d -> items.find(d.getId(), kode).map(i -> ancestorItems(d, i)))
			.map(list -> list.stream().map(KodeItem::view).toList())
			.orElse(List.of());
	}

	@Override
	public List<KodeView> search(String daftar, String q, String tingkat, int limit) {
		return daftarRepository.findBySlug(daftar)
			.map(d -> searchItems(d, q, tingkat, false, Math.min(Math.max(limit, 1), 1000), 0).isi().stream()
				.map(KodeItem::view).toList())
			.orElse(List.of());
	}

	@Override
	public List<KodeView> descendantsAtLevel(String daftar, String rootKode, String tingkat) {
		return daftarRepository.findBySlug(daftar)
			.map(d -> items.descendantsAtLevel(d.getId(), rootKode, tingkat).stream().map(KodeItem::view).toList())
			.orElse(List.of());
	}

	@Override
	public Set<String> descendants(String daftar, String rootKode) {
		return daftarRepository.findBySlug(daftar).map(d -> items.subtree(d.getId(), rootKode)).orElse(Set.of());
	}

	@Override
	public Set<String> activeCodes(String daftar) {
		return daftarRepository.findBySlug(daftar).map(d -> items.activeCodes(d.getId())).orElse(Set.of());
	}

	@Override
	public boolean daftarExists(String daftar) {
		return daftarRepository.existsBySlug(daftar);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
