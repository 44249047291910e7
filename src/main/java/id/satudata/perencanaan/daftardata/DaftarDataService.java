package id.satudata.perencanaan.daftardata;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.PeriodeRilis;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.jadwal.JadwalRilis;
import id.satudata.perencanaan.jadwal.PembuatJadwal;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * The Daftar Data: opening a year's list, proposing and editing entries, their release schedule,
 * and the steps of {@link AlurEntri} taken outside a Forum session (submitting, returning,
 * cancelling). Approval and rejection are the Forum's: the forum feature applies them ({@code forum.PenerapanKeputusan}).
 */
@Service
@Transactional(readOnly = true)
public class DaftarDataService {

	/** Lists, and entries of a list, per page. */
	static final int PER_HALAMAN = 100;

	private final DaftarDataRepository daftar;
	private final EntriRepository entri;
	private final AksesPerencanaan akses;
	private final ValidasiEntri validasi;
	private final PembuatJadwal pembuat;
	private final TransisiEntri transisi;
	private final Audit audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	DaftarDataService(DaftarDataRepository daftar, EntriRepository entri, AksesPerencanaan akses,
			ValidasiEntri validasi, PembuatJadwal pembuat, TransisiEntri transisi, Audit audit, CurrentUser currentUser,
			Clock clock) {
		this.daftar = daftar;
		this.entri = entri;
		this.akses = akses;
		this.validasi = validasi;
		this.pembuat = pembuat;
		this.transisi = transisi;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	// ---- lists ---------------------------------------------------------------------------------

	@Transactional
	public DaftarData buka(long organisasiId, int tahun, String catatan) {
		if (!akses.walidata(organisasiId)) {
			throw new AccessDeniedException("Not the Walidata of this organization");
		}
		if (tahun < DaftarData.TAHUN_MIN || tahun > DaftarData.TAHUN_MAKS) {
			throw new InvalidFieldException("tahun", "perencanaan.validasi.tahun");
		}
		if (daftar.findByOrganisasiIdAndTahun(organisasiId, tahun).isPresent()) {
			throw new InvalidFieldException("tahun", "daftarData.galat.sudahAda", tahun);
		}
		DaftarData d = daftar.save(new DaftarData(organisasiId, tahun, blank(catatan), null, currentUser.actorName(),
				clock.instant()));
		audit.record("daftarData.dibuka", "DaftarData", d.getId(), "Daftar Data " + tahun + " organisasi #" + organisasiId);
		return d;
	}

	/** A page ({@link #PER_HALAMAN}, from 0) of the lists of the organizations the user reads, newest year first. */
	Page<DaftarData> daftarTerlihat(int halaman) {
		PageRequest p = PageRequest.of(Math.max(halaman, 0), PER_HALAMAN,
				Sort.by(Sort.Order.desc("tahun"), Sort.Order.asc("organisasiId"), Sort.Order.asc("id")));
		if (akses.admin()) {
			return daftar.findAll(p);
		}
		Set<Long> orgs = akses.idOrganisasiTerlihat();
		return orgs.isEmpty() ? Page.empty(p) : daftar.findByOrganisasiIdIn(orgs, p);
	}

	/** How many entries of each list are in each status. */
	Map<Long, Map<StatusEntri, Long>> jumlahPerStatus(Collection<Long> daftarIds) {
		Map<Long, Map<StatusEntri, Long>> out = new HashMap<>();
		daftarIds.forEach(id -> out.put(id, new EnumMap<>(StatusEntri.class)));
		if (!daftarIds.isEmpty()) {
			entri.jumlahPerStatus(daftarIds).forEach(j -> out.get(j.daftarDataId()).put(j.status(), j.jumlah()));
		}
		return out;
	}

	DaftarData daftar(long id) {
		DaftarData d = daftar.findById(id).orElseThrow(() -> new NotFoundException("daftarData.galat.tidakAda"));
		akses.pastikanLihat(d.getOrganisasiId());
		return d;
	}

	List<Entri> entriDaftar(long daftarId) {
		daftar(daftarId);
		return entri.findByDaftarDataIdOrderByJudulAsc(daftarId);
	}

	/** The entries still in play (not rejected or cancelled), by title: what duplicates are looked for in. */
	List<Entri> entriAktif(long daftarId) {
		daftar(daftarId);
		return entri.findByDaftarDataIdAndStatusInOrderByJudulAsc(daftarId, StatusEntri.AKTIF);
	}

	/**
	 * A page ({@link #PER_HALAMAN}, from 0) of a list's entries by title, of a status, a producer unit
	 * and with a word in the title when given.
	 */
	Page<Entri> cariEntri(long daftarId, StatusEntri status, Long unit, String q, int halaman) {
		daftar(daftarId);
		String needle = q == null || q.isBlank() ? null
				: "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return entri.cari(daftarId, status, unit, needle, PageRequest.of(Math.max(halaman, 0), PER_HALAMAN));
	}

	/** How many entries a list has (of a status, when given). */
	long jumlahEntri(long daftarId, StatusEntri status) {
		return status == null ? entri.countByDaftarDataId(daftarId) : entri.countByDaftarDataIdAndStatus(daftarId, status);
	}

	/**
	 * Submits every draft entry of the list to the Forum at once; refused whole (nothing changes)
	 * when one of them has no release date (AD_HOC entries may have none).
	 */
	@Transactional
	public int ajukanDaftar(long daftarId) {
		DaftarData d = daftar(daftarId);
		if (!akses.walidata(d.getOrganisasiId())) {
			throw new AccessDeniedException("Not the Walidata of this organization");
		}
		List<Entri> drafts = entri.findByDaftarDataIdAndStatusInOrderByJudulAsc(daftarId, Set.of(StatusEntri.DRAFT));
		if (drafts.isEmpty()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "daftarData.galat.tanpaDraft");
		}
		for (Entri e : drafts) {
			pastikanJadwal(e);
		}
		for (Entri e : drafts) {
			transisi.jalankan(e, AksiEntri.AJUKAN, PeranEntri.untuk(e, akses), null, null);
		}
		d.diajukan(clock.instant());
		audit.record("daftarData.diajukan", "DaftarData", d.getId(), drafts.size() + " entri diajukan ke Forum Satu Data");
		return drafts.size();
	}

	// ---- entries -------------------------------------------------------------------------------

	public Entri entri(long id) {
		Entri e = entri.findById(id).orElseThrow(() -> new NotFoundException("entri.galat.tidakAda"));
		akses.pastikanLihat(e.getOrganisasiId());
		return e;
	}

	/** A producer proposes an entry for their unit (the Walidata for any producer of the organization). */
	@Transactional
	public Entri usulkan(long daftarId, EntriForm f) {
		DaftarData d = daftar(daftarId);
		if (!bolehMengisi(d.getOrganisasiId(), f.getProdusenUnitId())) {
			throw new AccessDeniedException("May not propose for this unit");
		}
		validasi.periksa(f, d.getOrganisasiId());
		Instant now = clock.instant();
		Entri e = new Entri(d, f.getProdusenUnitId(), currentUser.actorName(), now);
		e.ubah(f, now);
		e = entri.save(e);
		e.gantiJadwal(dibuat(f.getFrekuensi(), d.getTahun()), now);
		audit.record("daftarData.entri.diusulkan", "EntriDaftarData", e.getId(), e.getJudul() + " (" + e.getFrekuensi()
				+ ", " + e.getJadwal().size() + " rilis) ke Daftar Data " + d.getTahun());
		return e;
	}

	/** Edits a draft entry; a new frequency regenerates its schedule. */
	@Transactional
	Entri ubah(long id, EntriForm f) {
		Entri e = entri(id);
		if (e.getStatus() != StatusEntri.DRAFT) {
			throw new UserFacingException(HttpStatus.CONFLICT, "entri.galat.bukanDraft");
		}
		Set<PeranEntri> peran = PeranEntri.untuk(e, akses);
		if (!peran.contains(PeranEntri.WALIDATA) && !(peran.contains(PeranEntri.PRODUSEN)
				&& akses.produsen(e.getOrganisasiId(), f.getProdusenUnitId() == null ? -1 : f.getProdusenUnitId()))) {
			throw new AccessDeniedException("May not edit this entry");
		}
		if (f.getVersion() != null && f.getVersion() != e.getVersion()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
		validasi.periksa(f, e.getOrganisasiId());
		Frekuensi sebelum = e.getFrekuensi();
		Instant now = clock.instant();
		e.ubah(f, now);
		if (sebelum != f.getFrekuensi()) {
			e.gantiJadwal(dibuat(f.getFrekuensi(), e.getTahun()), now);
		}
		audit.record("daftarData.entri.diubah", "EntriDaftarData", e.getId(), e.getJudul()
				+ (sebelum != f.getFrekuensi() ? ", frekuensi " + sebelum + " → " + f.getFrekuensi() : ""));
		return e;
	}

	/**
	 * Replaces the schedule with the rows given, all checked first: a period in the catalog's
	 * notation, once each, and a date within the list's year or the next. A draft's producer or the
	 * Walidata may change it; once approved only the Walidata (a rescheduled release), audited.
	 */
	@Transactional
	Entri ubahJadwal(long id, List<BarisJadwal> rows) {
		Entri e = entri(id);
		pastikanBolehJadwal(e);
		List<JadwalRilis> baru = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<JadwalRilis> lama = e.getJadwal();
		for (int i = 0; i < rows.size(); i++) {
			BarisJadwal r = rows.get(i);
			if ((r.periode() == null || r.periode().isBlank()) && r.tanggal() == null) {
				continue;
			}
			PeriodeRilis p = PeriodeRilis.tryParse(r.periode())
				.orElseThrow(() -> new InvalidFieldException("jadwal", "jadwal.galat.periode", rowNo(rows, r), r.periode()));
			if (r.tanggal() == null) {
				throw new InvalidFieldException("jadwal", "jadwal.galat.tanggalKosong", rowNo(rows, r));
			}
			if (r.tanggal().getYear() < e.getTahun() - 1 || r.tanggal().getYear() > e.getTahun() + 1) {
				throw new InvalidFieldException("jadwal", "jadwal.galat.tanggalTahun", rowNo(rows, r), e.getTahun());
			}
			if (!seen.add(p.label())) {
				throw new InvalidFieldException("jadwal", "jadwal.galat.ganda", rowNo(rows, r), p.label());
			}
			boolean manual = lama.stream().noneMatch(j -> j.getPeriode().equals(p.label())
					&& j.getTanggalRencana().equals(r.tanggal()) && !j.isDiubahManual());
			baru.add(new JadwalRilis(p.label(), r.tanggal(), manual));
		}
		if (baru.isEmpty() && e.getFrekuensi() != Frekuensi.AD_HOC) {
			throw new InvalidFieldException("jadwal", "jadwal.galat.kosong");
		}
		e.gantiJadwal(baru, clock.instant());
		audit.record("daftarData.jadwal.diubah", "EntriDaftarData", e.getId(), e.getJudul() + ": " + ringkas(lama) + " → "
				+ ringkas(e.getJadwal()));
		return e;
	}

	/** Regenerates the schedule from the frequency, dropping changes made by hand. */
	@Transactional
	Entri buatUlangJadwal(long id) {
		Entri e = entri(id);
		pastikanBolehJadwal(e);
		List<JadwalRilis> lama = e.getJadwal();
		e.gantiJadwal(dibuat(e.getFrekuensi(), e.getTahun()), clock.instant());
		audit.record("daftarData.jadwal.dibuatUlang", "EntriDaftarData", e.getId(), e.getJudul() + ": " + ringkas(lama)
				+ " → " + ringkas(e.getJadwal()));
		return e;
	}

	/** A step outside the Forum: the Walidata submits or returns, the producer or Walidata cancels. */
	@Transactional
	Entri jalankan(long id, AksiEntri aksi, String catatan) {
		Entri e = entri(id);
		Set<PeranEntri> peran = EnumSet.noneOf(PeranEntri.class);
		peran.addAll(PeranEntri.untuk(e, akses));
		// the Forum decides in a session, not from the entry's page
		peran.remove(PeranEntri.FORUM);
		if (aksi == AksiEntri.AJUKAN) {
			pastikanJadwal(e);
		}
		transisi.jalankan(e, aksi, peran, catatan, null);
		return e;
	}

	/** The actions the user may take from the entry's page. */
	Set<AksiEntri> aksiTersedia(Entri e) {
		Set<PeranEntri> peran = EnumSet.noneOf(PeranEntri.class);
		peran.addAll(PeranEntri.untuk(e, akses));
		peran.remove(PeranEntri.FORUM);
		return AlurEntri.aksiTersedia(e.getStatus(), peran);
	}

	boolean bolehUbah(Entri e) {
		Set<PeranEntri> p = PeranEntri.untuk(e, akses);
		return e.getStatus() == StatusEntri.DRAFT && (p.contains(PeranEntri.WALIDATA) || p.contains(PeranEntri.PRODUSEN));
	}

	boolean bolehUbahJadwal(Entri e) {
		Set<PeranEntri> p = PeranEntri.untuk(e, akses);
		return (e.getStatus() == StatusEntri.DRAFT && (p.contains(PeranEntri.WALIDATA) || p.contains(PeranEntri.PRODUSEN)))
				|| (e.getStatus() == StatusEntri.DISETUJUI && p.contains(PeranEntri.WALIDATA));
	}

	/** Whether the user may propose entries for this unit of the organization. */
	boolean bolehMengisi(long organisasiId, Long unitId) {
		return akses.walidata(organisasiId) || (unitId != null && akses.produsen(organisasiId, unitId));
	}

	List<JadwalRilis> dibuat(Frekuensi f, int tahun) {
		return pembuat.buat(f, tahun).stream().map(t -> new JadwalRilis(t.periode(), t.tanggal(), false)).toList();
	}

	private void pastikanBolehJadwal(Entri e) {
		if (!bolehUbahJadwal(e)) {
			if (e.getStatus() != StatusEntri.DRAFT && e.getStatus() != StatusEntri.DISETUJUI) {
				throw new UserFacingException(HttpStatus.CONFLICT, "jadwal.galat.status");
			}
			throw new AccessDeniedException("May not change this schedule");
		}
	}

	private static void pastikanJadwal(Entri e) {
		if (e.getJadwal().isEmpty() && e.getFrekuensi() != Frekuensi.AD_HOC) {
			throw new UserFacingException(HttpStatus.CONFLICT, "daftarData.galat.tanpaJadwal", e.getJudul());
		}
	}

	private static int rowNo(List<BarisJadwal> rows, BarisJadwal r) {
		for (int i = 0; i < rows.size(); i++) {
			if (Objects.equals(rows.get(i), r)) {
				return i + 1;
			}
		}
		return 0;
	}

	private static String ringkas(List<JadwalRilis> jadwal) {
		if (jadwal.isEmpty()) {
			return "—";
		}
		if (jadwal.size() > 6) {
			return jadwal.size() + " rilis " + jadwal.get(0).getTanggalRencana() + " … "
					+ jadwal.get(jadwal.size() - 1).getTanggalRencana();
		}
		return String.join(", ", jadwal.stream().map(j -> j.getPeriode() + "@" + j.getTanggalRencana()).toList());
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
