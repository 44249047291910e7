package id.satudata.referensi.padanan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.referensi.kode.DaftarKode;
import id.satudata.referensi.kode.DaftarKodeRepository;
import id.satudata.referensi.kode.ImportError;
import id.satudata.referensi.kode.ImportMode;
import id.satudata.referensi.kode.ImportOutcome;
import id.satudata.referensi.kode.KodeImporter;
import id.satudata.referensi.kode.KodeItem;
import id.satudata.referensi.kode.KodeItemStore;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.tabular.ReadOptions;
import id.satudata.shared.tabular.ReadSummary;
import id.satudata.shared.tabular.RowHandler;
import id.satudata.shared.tabular.TableWriter;
import id.satudata.shared.tabular.TabularFiles;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/** Crosswalks between two code lists: pairs checked against both lists, imported all or nothing. */
@Service
@Transactional(readOnly = true)
public class PadananService {

	private final PadananRepository repository;
	private final PadananStore store;
	private final DaftarKodeRepository daftarRepository;
	private final KodeItemStore items;
	private final CurrentUser currentUser;
	private final Audit audit;
	private final Clock clock;

	PadananService(PadananRepository repository, PadananStore store, DaftarKodeRepository daftarRepository,
			KodeItemStore items, CurrentUser currentUser, Audit audit, Clock clock) {
		this.repository = repository;
		this.store = store;
		this.daftarRepository = daftarRepository;
		this.items = items;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	boolean canManage(Padanan p) {
		return currentUser.has(Peran.ADMIN)
				|| (p.getPemilikOrganisasiId() != null && currentUser.hasIn(Peran.WALIDATA, p.getPemilikOrganisasiId()));
	}

	private void requireManage(Padanan p) {
		if (!canManage(p)) {
			throw new AccessDeniedException("Not the keeper of this crosswalk");
		}
	}

	@Transactional
	Padanan buat(PadananForm form) {
		currentUser.requireAny(Peran.WALIDATA, Peran.ADMIN);
		String slug = form.getSlug().strip();
		if (repository.existsBySlug(slug)) {
			throw new InvalidFieldException("slug", "kodeReferensi.galat.slugSudahAda", slug);
		}
		DaftarKode sumber = daftarRepository.findBySlug(form.getDaftarSumber())
			.orElseThrow(() -> new InvalidFieldException("daftarSumber", "kodeReferensi.galat.tidakAda"));
		DaftarKode target = daftarRepository.findBySlug(form.getDaftarTarget())
			.orElseThrow(() -> new InvalidFieldException("daftarTarget", "kodeReferensi.galat.tidakAda"));
		if (sumber.getId().equals(target.getId())) {
			throw new InvalidFieldException("daftarTarget", "padanan.galat.daftarSama");
		}
		Set<Long> orgs = currentUser.organisasiWith(Peran.WALIDATA);
		Long owner = orgs.size() == 1 ? orgs.iterator().next() : null;
		Padanan p = repository.save(new Padanan(slug, form.getNama().strip(),
				form.getDeskripsi() == null || form.getDeskripsi().isBlank() ? null : form.getDeskripsi().strip(),
				sumber.getId(), target.getId(), owner, clock.instant()));
		audit.record("padanan.dibuat", "PadananKode", slug, sumber.getSlug() + " → " + target.getSlug());
		return p;
	}

	Padanan padanan(String slug) {
		return repository.findBySlug(slug).orElseThrow(() -> new NotFoundException("padanan.galat.tidakAda"));
	}

	public List<Padanan> semua() {
		return repository.findAllByOrderByNamaAsc();
	}

	DaftarKode daftar(long id) {
		return daftarRepository.findById(id).orElseThrow(NotFoundException::new);
	}

	List<PasanganKode> pasangan(Padanan p, String kodeSumber, String kodeTarget, int limit, int offset) {
		return store.pairs(p, blankToNull(kodeSumber), blankToNull(kodeTarget), limit, offset);
	}

	@Transactional
	void tambahPasangan(String slug, String kodeSumber, String kodeTarget, String catatan) {
		Padanan p = padanan(slug);
		requireManage(p);
		String s = blankToNull(kodeSumber);
		String t = blankToNull(kodeTarget);
		if (s == null || items.find(p.getSumberDaftarId(), s).isEmpty()) {
			throw new InvalidFieldException("kodeSumber", "padanan.galat.kodeSumberTidakAda", s);
		}
		if (t == null || items.find(p.getTargetDaftarId(), t).isEmpty()) {
			throw new InvalidFieldException("kodeTarget", "padanan.galat.kodeTargetTidakAda", t);
		}
		if (store.exists(p.getId(), s, t)) {
			throw new UserFacingException("padanan.galat.pasanganSudahAda", s, t);
		}
		store.insert(p.getId(), List.<String[]>of(new String[] { s, t, blankToNull(catatan) }));
		p.setJumlahPasangan(store.count(p.getId()), clock.instant());
		audit.record("padanan.pasanganDitambah", "PadananKode", slug, s + " → " + t);
	}

	@Transactional
	void hapusPasangan(String slug, String kodeSumber, String kodeTarget) {
		Padanan p = padanan(slug);
		requireManage(p);
		if (store.delete(p.getId(), kodeSumber, kodeTarget) == 0) {
			throw new NotFoundException("padanan.galat.pasanganTidakAda");
		}
		p.setJumlahPasangan(store.count(p.getId()), clock.instant());
		audit.record("padanan.pasanganDihapus", "PadananKode", slug, kodeSumber + " → " + kodeTarget);
	}

	/** Imports pairs (columns kode_sumber, kode_target, optional catatan): every pair checked, all or nothing. */
	@Transactional
	ImportOutcome imporPasangan(String slug, Path file, ImportMode mode) {
		Padanan p = padanan(slug);
		requireManage(p);
		Map<String, KodeItem> sumber = items.all(p.getSumberDaftarId());
		Map<String, KodeItem> target = items.all(p.getTargetDaftarId());
		Set<String> existing = mode == ImportMode.GANTI ? Set.of() : store.keys(p.getId());
		PairHandler handler = new PairHandler(sumber, target, existing);
		ReadSummary summary = TabularFiles.read(file, ReadOptions.strictUtf8().withMaxRows(KodeImporter.MAX_ROWS), handler);
		if (handler.errorCount == 0 && handler.pairs.isEmpty() && handler.headerOk) {
			handler.error(ImportError.of(2, null, null, "impor.galat.tanpaData"));
		}
		if (handler.errorCount > 0) {
			return new ImportOutcome(false, handler.errors, handler.errorCount, handler.rows, 0, 0, 0, 0, summary);
		}
		int removed = 0;
		if (mode == ImportMode.GANTI) {
			removed = store.count(p.getId());
			store.deleteAll(p.getId());
		}
		store.insert(p.getId(), handler.pairs);
		p.setJumlahPasangan(store.count(p.getId()), clock.instant());
		audit.record("padanan.diimpor", "PadananKode", slug,
				handler.pairs.size() + " pasangan ditambah" + (removed > 0 ? ", " + removed + " diganti" : ""));
		return new ImportOutcome(true, List.of(), 0, handler.rows, 0, handler.pairs.size(), 0, removed, summary);
	}

	void export(Padanan p, OutputStream out, boolean xlsx) throws IOException {
		try (TableWriter w = xlsx ? TableWriter.xlsx(out, p.getSlug()) : TableWriter.csv(out)) {
			w.header(List.of("kode_sumber", "nama_sumber", "kode_target", "nama_target", "catatan"));
			int offset = 0;
			List<PasanganKode> page;
			do {
				page = store.pairs(p, null, null, 5000, offset);
				for (PasanganKode k : page) {
					w.row(List.of(k.kodeSumber(), nz(k.namaSumber()), k.kodeTarget(), nz(k.namaTarget()), nz(k.catatan())));
				}
				offset += page.size();
			}
			while (page.size() == 5000);
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static final class PairHandler implements RowHandler {

		private final Map<String, KodeItem> sumber;
		private final Map<String, KodeItem> target;
		private final Set<String> existing;
		private final Map<String, Long> seen = new HashMap<>();
		private final List<String[]> pairs = new ArrayList<>();
		private final List<ImportError> errors = new ArrayList<>();
		private long errorCount;
		private long rows;
		private boolean headerOk;
		private int iSumber = -1;
		private int iTarget = -1;
		private int iCatatan = -1;

		PairHandler(Map<String, KodeItem> sumber, Map<String, KodeItem> target, Set<String> existing) {
			this.sumber = sumber;
			this.target = target;
			this.existing = existing;
		}

		void error(ImportError e) {
			errorCount++;
			if (errors.size() < KodeImporter.MAX_ERRORS_KEPT) {
				errors.add(e);
			}
		}

		@Override
		public void header(List<String> names) {
			List<String> norm = names.stream().map(n -> n.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_")).toList();
			iSumber = norm.indexOf("kode_sumber");
			iTarget = norm.indexOf("kode_target");
			iCatatan = norm.indexOf("catatan");
			if (iSumber < 0) {
				error(ImportError.of(1, "kode_sumber", null, "impor.galat.kolomWajib", "kode_sumber"));
			}
			if (iTarget < 0) {
				error(ImportError.of(1, "kode_target", null, "impor.galat.kolomWajib", "kode_target"));
			}
			headerOk = errorCount == 0;
		}

		@Override
		public void row(long baris, String[] values) {
			if (!headerOk) {
				return;
			}
			rows++;
			String s = cell(values, iSumber);
			String t = cell(values, iTarget);
			long before = errorCount;
			if (s == null) {
				error(ImportError.of(baris, "kode_sumber", null, "impor.galat.kodeKosong"));
			}
			else if (!sumber.containsKey(s)) {
				error(ImportError.of(baris, "kode_sumber", s, "padanan.galat.kodeSumberTidakAda", s));
			}
			if (t == null) {
				error(ImportError.of(baris, "kode_target", null, "impor.galat.kodeKosong"));
			}
			else if (!target.containsKey(t)) {
				error(ImportError.of(baris, "kode_target", t, "padanan.galat.kodeTargetTidakAda", t));
			}
			if (errorCount == before) {
				String key = s + "\u0000" + t;
				if (seen.containsKey(key)) {
					error(ImportError.of(baris, "kode_target", t, "padanan.galat.pasanganGanda", seen.get(key)));
				}
				else if (existing.contains(key)) {
					error(ImportError.of(baris, "kode_target", t, "padanan.galat.pasanganSudahAda", s, t));
				}
				else {
					seen.put(key, baris);
					String c = cell(values, iCatatan);
					pairs.add(new String[] { s, t, c == null ? null : c.length() > 500 ? c.substring(0, 500) : c });
				}
			}
		}

		private static String cell(String[] values, int i) {
			if (i < 0 || i >= values.length) {
				return null;
			}
			String v = values[i].strip();
			return v.isEmpty() ? null : v;
		}

	}

}
