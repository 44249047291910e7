package id.satudata.perencanaan.forum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.daftardata.EntriRepository;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.internal.JenisBerkas;
import id.satudata.perencanaan.internal.Terbilang;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.pdf.Kop;
import id.satudata.shared.pdf.PdfRenderer;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.Messages;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * The berita acara of a Forum session as an official document (Tata Naskah Dinas: letterhead of
 * the Koordinator Forum, title, number, the day written out, participants, discussion, the table of
 * decisions, follow-ups, signatures of the chair and the minute-taker), always in Bahasa Indonesia;
 * and the signed scan uploaded back (PDF, JPG or PNG).
 */
@Service
@Transactional(readOnly = true)
class BeritaAcaraService {

	static final Locale BAHASA = Locale.forLanguageTag("id");
	static final Set<String> FORMAT_SCAN = Set.of("PDF", "JPG", "JPEG", "PNG");
	static final long MAKS_SCAN = 20L * 1024 * 1024;

	/** A row of the decisions table. */
	record BarisKeputusan(String judul, String produsen, String keputusan, String prioritas, String akses, String catatan) {
	}

	/** A row of the follow-ups table. */
	record BarisTindakLanjut(String uraian, String unit, String tenggat) {
	}

	private final ForumService forum;
	private final EntriRepository entri;
	private final OrganisasiDirectory organisasi;
	private final PdfRenderer pdf;
	private final FileStore fileStore;
	private final Messages messages;
	private final AksesPerencanaan akses;
	private final Audit audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	BeritaAcaraService(ForumService forum, EntriRepository entri, OrganisasiDirectory organisasi, PdfRenderer pdf,
			FileStore fileStore, Messages messages, AksesPerencanaan akses, Audit audit, CurrentUser currentUser,
			Clock clock) {
		this.forum = forum;
		this.entri = entri;
		this.organisasi = organisasi;
		this.pdf = pdf;
		this.fileStore = fileStore;
		this.messages = messages;
		this.akses = akses;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The berita acara as PDF (a draft session's carries the word DRAFT above its title). */
	byte[] pdf(long id) {
		ForumSesi s = forum.sesi(id);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
		pdf.render("perencanaan/dokumen/berita-acara", model(s), BAHASA, out);
		return out.toByteArray();
	}

	Map<String, Object> model(ForumSesi s) {
		OrganisasiRef org = organisasi.organisasi(s.getOrganisasiId()).orElseThrow();
		String bappeda = organisasi.unitBerjenis(org.id(), JenisUnit.KOORDINATOR_FORUM).stream().filter(UnitRef::aktif)
			.map(UnitRef::nama).findFirst().orElse(null);
		Map<String, Object> m = new HashMap<>();
		m.put("kop", new Kop(org.nama(), bappeda, messages.get(BAHASA, "beritaAcara.sekretariat." + org.tingkat().name())));
		m.put("sesi", s);
		m.put("organisasi", org.nama());
		m.put("tingkat", messages.get(BAHASA, "beritaAcara.tingkat." + org.tingkat().name()));
		m.put("hariTanggal", Terbilang.hariTanggal(s.getTanggal()));
		m.put("tanggal", Terbilang.tanggal(s.getTanggal()));
		m.put("draft", s.draft());
		java.time.format.DateTimeFormatter jam = java.time.format.DateTimeFormatter.ofPattern("HH.mm");
		m.put("jamMulai", s.getJamMulai() == null ? null : jam.format(s.getJamMulai()));
		m.put("jamSelesai", s.getJamSelesai() == null ? "........" : jam.format(s.getJamSelesai()));
		Map<Long, Entri> byId = new HashMap<>();
		entri.findAllByIdIn(s.getKeputusan().stream().map(KeputusanEntri::getEntriId).toList())
			.forEach(e -> byId.put(e.getId(), e));
		List<BarisKeputusan> keputusan = new ArrayList<>();
		for (KeputusanEntri k : s.getKeputusan()) {
			Entri e = byId.get(k.getEntriId());
			keputusan.add(new BarisKeputusan(e == null ? "#" + k.getEntriId() : e.getJudul(),
					e == null ? "" : organisasi.unit(e.getProdusenUnitId()).map(UnitRef::nama).orElse(""),
					messages.get(BAHASA, k.getKeputusan().labelKey()), messages.get(BAHASA, k.getPrioritas().labelKey()),
					k.getAkses() == null ? "—" : messages.get(BAHASA, k.getAkses().labelKey()),
					k.getCatatan() == null ? "" : k.getCatatan()));
		}
		m.put("keputusan", keputusan);
		List<BarisTindakLanjut> tindak = new ArrayList<>();
		for (TindakLanjutForum t : s.getTindakLanjut()) {
			tindak.add(new BarisTindakLanjut(t.getUraian(), organisasi.unit(t.getUnitId()).map(UnitRef::nama).orElse(""),
					Terbilang.tanggal(t.getTenggat())));
		}
		m.put("tindakLanjut", tindak);
		m.put("agenda", baris(s.getAgenda()));
		m.put("pembahasan", baris(s.getPembahasan()));
		return m;
	}

	/** Uploads the signed scan of a set session (replacing an earlier one). */
	@Transactional
	ForumSesi unggahScan(long id, MultipartFile berkas) {
		ForumSesi s = forum.sesi(id);
		if (!akses.koordinator(s.getOrganisasiId())) {
			throw new AccessDeniedException("Not the Koordinator Forum of this organization");
		}
		if (s.draft()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "beritaAcara.galat.belumDitetapkan");
		}
		if (berkas == null || berkas.isEmpty()) {
			throw new InvalidFieldException("berkas", "berkas.galat.tanpaBerkas");
		}
		String nama = JenisBerkas.safeName(berkas.getOriginalFilename());
		String ext = JenisBerkas.extension(nama);
		if (!FORMAT_SCAN.contains(ext)) {
			throw new InvalidFieldException("berkas", "berkas.galat.format", ext, "PDF, JPG, PNG");
		}
		if (berkas.getSize() > MAKS_SCAN) {
			throw new InvalidFieldException("berkas", "berkas.galat.ukuran", MAKS_SCAN / (1024 * 1024));
		}
		JenisBerkas.check(berkas, ext);
		String key;
		try (InputStream in = berkas.getInputStream()) {
			key = fileStore.store("berita-acara", in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		s.simpanScan(key, nama, berkas.getSize(), currentUser.actorName(), clock.instant());
		audit.record("forum.scanDiunggah", "ForumSatuData", s.getId(), s.getNomor() + ": " + nama);
		return s;
	}

	InputStream openScan(ForumSesi s) throws IOException {
		if (s.getScanStorageKey() == null) {
			throw new NotFoundException();
		}
		return fileStore.open(s.getScanStorageKey());
	}

	private static List<String> baris(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

}
