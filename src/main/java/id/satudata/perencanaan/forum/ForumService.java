package id.satudata.perencanaan.forum;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.Akses;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.daftardata.EntriRepository;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.rencanaaksi.RencanaAksi;
import id.satudata.perencanaan.rencanaaksi.RencanaAksiService;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * Forum Satu Data sessions, recorded by the Koordinator Forum of the organization: the header,
 * participants, decisions on entries and follow-ups while a draft; setting the session checks every
 * decision first, then applies them all ({@link PenerapanKeputusan}) and turns the follow-ups into
 * Rencana Aksi, in one transaction.
 */
@Service
@Transactional(readOnly = true)
class ForumService {

	/** Sessions per page. */
	static final int PER_HALAMAN = 50;

	private final ForumRepository forum;
	private final EntriRepository entri;
	private final AksesPerencanaan akses;
	private final PenerapanKeputusan penerapan;
	private final RencanaAksiService rencanaAksi;
	private final OrganisasiDirectory organisasi;
	private final Audit audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	ForumService(ForumRepository forum, EntriRepository entri, AksesPerencanaan akses, PenerapanKeputusan penerapan,
			RencanaAksiService rencanaAksi, OrganisasiDirectory organisasi, Audit audit, CurrentUser currentUser,
			Clock clock) {
		this.forum = forum;
		this.entri = entri;
		this.akses = akses;
		this.penerapan = penerapan;
		this.rencanaAksi = rencanaAksi;
		this.organisasi = organisasi;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	ForumSesi sesi(long id) {
		ForumSesi s = forum.findById(id).orElseThrow(() -> new NotFoundException("forum.galat.tidakAda"));
		akses.pastikanLihat(s.getOrganisasiId());
		return s;
	}

	boolean bolehKelola(ForumSesi s) {
		return s.draft() && akses.koordinator(s.getOrganisasiId());
	}

	@Transactional
	ForumSesi buat(long organisasiId, ForumForm f) {
		if (!akses.koordinator(organisasiId)) {
			throw new AccessDeniedException("Not the Koordinator Forum of this organization");
		}
		periksaJam(f);
		Instant now = clock.instant();
		ForumSesi s = new ForumSesi(organisasiId, currentUser.actorName(), now);
		s.ubah(f, now);
		s = forum.save(s);
		audit.record("forum.dibuat", "ForumSatuData", s.getId(), s.getJudul() + " (" + s.getTanggal() + ")");
		return s;
	}

	@Transactional
	ForumSesi ubah(long id, ForumForm f) {
		ForumSesi s = kelola(id);
		if (f.getVersion() != null && f.getVersion() != s.getVersion()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
		periksaJam(f);
		s.ubah(f, clock.instant());
		audit.record("forum.diubah", "ForumSatuData", s.getId(), s.getJudul());
		return s;
	}

	@Transactional
	ForumSesi tambahPeserta(long id, String nama, String jabatan, String instansi) {
		ForumSesi s = kelola(id);
		if (nama == null || nama.isBlank()) {
			throw new InvalidFieldException("nama", "validasi.wajib");
		}
		if (nama.length() > 200 || (jabatan != null && jabatan.length() > 200) || (instansi != null && instansi.length() > 300)) {
			throw new InvalidFieldException("nama", "forum.galat.terlaluPanjang");
		}
		if (s.getPeserta().size() >= 200) {
			throw new UserFacingException(HttpStatus.CONFLICT, "forum.galat.terlaluBanyak");
		}
		s.tambahPeserta(new PesertaForum(nama.strip(), blank(jabatan), blank(instansi)), clock.instant());
		audit.record("forum.pesertaDitambah", "ForumSatuData", s.getId(), nama.strip());
		return s;
	}

	@Transactional
	ForumSesi hapusPeserta(long id, int index) {
		ForumSesi s = kelola(id);
		if (index < 0 || index >= s.getPeserta().size()) {
			throw new NotFoundException();
		}
		String nama = s.getPeserta().get(index).getNama();
		s.hapusPeserta(index, clock.instant());
		audit.record("forum.pesertaDihapus", "ForumSatuData", s.getId(), nama);
		return s;
	}

	/** Records a decision on an entry of the organization's Daftar Data; refused at once when it could not apply. */
	@Transactional
	ForumSesi tambahKeputusan(long id, long entriId, KeputusanForum keputusan, PrioritasForum prioritas, Akses aksesBaru,
			String catatan) {
		ForumSesi s = kelola(id);
		Entri e = entri.findById(entriId).filter(x -> x.getOrganisasiId() == s.getOrganisasiId())
			.orElseThrow(() -> new InvalidFieldException("entriId", "forum.galat.entri"));
		if (keputusan == null) {
			throw new InvalidFieldException("keputusan", "validasi.wajib");
		}
		if (catatan != null && catatan.length() > 2000) {
			throw new InvalidFieldException("catatan", "forum.galat.terlaluPanjang");
		}
		if (s.getKeputusan().stream().anyMatch(k -> k.getEntriId() == entriId)) {
			throw new InvalidFieldException("entriId", "forum.galat.entriGanda", e.getJudul());
		}
		KeputusanEntri k = new KeputusanEntri(entriId, keputusan, prioritas == null ? PrioritasForum.TETAP : prioritas,
				aksesBaru, catatan);
		penerapan.periksa(e, k);
		s.tambahKeputusan(k, clock.instant());
		audit.record("forum.keputusanDitambah", "ForumSatuData", s.getId(), e.getJudul() + ": " + keputusan + ", prioritas "
				+ k.getPrioritas() + (aksesBaru == null ? "" : ", akses " + aksesBaru));
		return s;
	}

	@Transactional
	ForumSesi hapusKeputusan(long id, int index) {
		ForumSesi s = kelola(id);
		if (index < 0 || index >= s.getKeputusan().size()) {
			throw new NotFoundException();
		}
		long entriId = s.getKeputusan().get(index).getEntriId();
		s.hapusKeputusan(index, clock.instant());
		audit.record("forum.keputusanDihapus", "ForumSatuData", s.getId(), "entri #" + entriId);
		return s;
	}

	@Transactional
	ForumSesi tambahTindakLanjut(long id, String uraian, Long unitId, LocalDate tenggat) {
		ForumSesi s = kelola(id);
		if (uraian == null || uraian.isBlank()) {
			throw new InvalidFieldException("uraian", "validasi.wajib");
		}
		if (uraian.length() > 1000) {
			throw new InvalidFieldException("uraian", "forum.galat.terlaluPanjang");
		}
		UnitRef unit = unitId == null ? null : organisasi.unit(unitId).orElse(null);
		if (unit == null || unit.organisasiId() != s.getOrganisasiId()) {
			throw new InvalidFieldException("unitId", "rencanaAksi.galat.unit");
		}
		if (tenggat == null) {
			throw new InvalidFieldException("tenggat", "validasi.wajib");
		}
		s.tambahTindakLanjut(new TindakLanjutForum(uraian, unit.id(), tenggat), clock.instant());
		audit.record("forum.tindakLanjutDitambah", "ForumSatuData", s.getId(), uraian.strip() + " — " + unit.nama());
		return s;
	}

	@Transactional
	ForumSesi hapusTindakLanjut(long id, int index) {
		ForumSesi s = kelola(id);
		if (index < 0 || index >= s.getTindakLanjut().size()) {
			throw new NotFoundException();
		}
		String uraian = s.getTindakLanjut().get(index).getUraian();
		s.hapusTindakLanjut(index, clock.instant());
		audit.record("forum.tindakLanjutDihapus", "ForumSatuData", s.getId(), uraian);
		return s;
	}

	/**
	 * Sets the session: needs its number, its chair and a participant; every decision is checked
	 * against its entry before any applies; then the decisions apply and the follow-ups become
	 * Rencana Aksi items.
	 */
	@Transactional
	ForumSesi tetapkan(long id) {
		ForumSesi s = kelola(id);
		if (s.getNomor() == null) {
			throw new InvalidFieldException("nomor", "forum.galat.nomor");
		}
		if (s.getPimpinanNama() == null) {
			throw new InvalidFieldException("pimpinanNama", "forum.galat.pimpinan");
		}
		if (s.getPeserta().isEmpty()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "forum.galat.tanpaPeserta");
		}
		Set<Long> ids = new HashSet<>();
		s.getKeputusan().forEach(k -> ids.add(k.getEntriId()));
		Map<Long, Entri> byId = entri.findAllByIdIn(ids).stream().collect(Collectors.toMap(Entri::getId, Function.identity()));
		for (KeputusanEntri k : s.getKeputusan()) {
			Entri e = byId.get(k.getEntriId());
			if (e == null) {
				throw new UserFacingException(HttpStatus.CONFLICT, "forum.galat.entri");
			}
			penerapan.periksa(e, k);
		}
		for (KeputusanEntri k : s.getKeputusan()) {
			penerapan.terapkan(byId.get(k.getEntriId()), k, s.getId());
		}
		for (TindakLanjutForum t : s.getTindakLanjut()) {
			RencanaAksi r = rencanaAksi.dariForum(s.getOrganisasiId(), s.getId(), s.getTahun(), t.getUraian(), t.getUnitId(),
					t.getTenggat());
			t.menjadi(r.getId());
		}
		s.tetapkan(currentUser.actorName(), clock.instant());
		audit.record("forum.ditetapkan", "ForumSatuData", s.getId(), s.getNomor() + ": " + s.getKeputusan().size()
				+ " keputusan, " + s.getTindakLanjut().size() + " tindak lanjut");
		return s;
	}

	/** A page ({@link #PER_HALAMAN}, from 0) of the sessions of the organizations the user reads, newest first. */
	Page<ForumSesi> daftar(int halaman) {
		PageRequest p = PageRequest.of(Math.max(halaman, 0), PER_HALAMAN,
				Sort.by(Sort.Order.desc("tanggal"), Sort.Order.desc("id")));
		if (akses.admin()) {
			return forum.findAll(p);
		}
		Set<Long> orgs = akses.idOrganisasiTerlihat();
		return orgs.isEmpty() ? Page.empty(p) : forum.findByOrganisasiIdIn(orgs, p);
	}

	private ForumSesi kelola(long id) {
		ForumSesi s = sesi(id);
		if (!akses.koordinator(s.getOrganisasiId())) {
			throw new AccessDeniedException("Not the Koordinator Forum of this organization");
		}
		if (!s.draft()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "forum.galat.sudahDitetapkan");
		}
		return s;
	}

	private static void periksaJam(ForumForm f) {
		if (f.getJamMulai() != null && f.getJamSelesai() != null && !f.getJamSelesai().isAfter(f.getJamMulai())) {
			throw new InvalidFieldException("jamSelesai", "forum.galat.jam");
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
