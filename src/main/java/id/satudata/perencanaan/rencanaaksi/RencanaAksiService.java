package id.satudata.perencanaan.rencanaaksi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.internal.JenisBerkas;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * The Rencana Aksi: the Koordinator Forum sets items (by hand or from a session's follow-ups), the
 * owner unit reports progress and evidence and finishes them; steps follow {@link AlurRencanaAksi}.
 */
@Service
@Transactional(readOnly = true)
public class RencanaAksiService {

	/** Evidence files: documents and images an office has (checked by name and by content type). */
	static final Set<String> FORMAT_BUKTI = Set.of("PDF", "JPG", "JPEG", "PNG", "DOCX", "XLSX", "ODT", "ODS");
	static final long MAKS_BUKTI = 20L * 1024 * 1024;

	/** Items per page. */
	static final int PER_HALAMAN = 100;

	private final RencanaAksiRepository repository;
	private final BuktiRepository bukti;
	private final AksesPerencanaan akses;
	private final OrganisasiDirectory organisasi;
	private final FileStore fileStore;
	private final Audit audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	RencanaAksiService(RencanaAksiRepository repository, BuktiRepository bukti, AksesPerencanaan akses,
			OrganisasiDirectory organisasi, FileStore fileStore, Audit audit, CurrentUser currentUser, Clock clock) {
		this.repository = repository;
		this.bukti = bukti;
		this.akses = akses;
		this.organisasi = organisasi;
		this.fileStore = fileStore;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	RencanaAksi item(long id) {
		RencanaAksi r = repository.findById(id).orElseThrow(() -> new NotFoundException("rencanaAksi.galat.tidakAda"));
		akses.pastikanLihat(r.getOrganisasiId());
		return r;
	}

	@Transactional
	RencanaAksi buat(long organisasiId, RencanaAksiForm f) {
		if (!akses.koordinator(organisasiId)) {
			throw new AccessDeniedException("Not the Koordinator Forum of this organization");
		}
		periksaUnit(organisasiId, f.getUnitId());
		Instant now = clock.instant();
		RencanaAksi r = new RencanaAksi(organisasiId, null, currentUser.actorName(), now);
		r.ubah(f, now);
		r = repository.save(r);
		audit.record("rencanaAksi.dibuat", "RencanaAksi", r.getId(), r.getJudul() + " — unit #" + r.getUnitId() + ", tenggat "
				+ r.getTenggat());
		return r;
	}

	/**
	 * A follow-up of a Forum session being set becomes an item (the session's setter is its
	 * Koordinator): {@code uraian} to do by {@code unitId} before {@code tenggat}.
	 */
	@Transactional
	public RencanaAksi dariForum(long organisasiId, long forumId, int tahun, String uraian, long unitId,
			LocalDate tenggat) {
		Instant now = clock.instant();
		RencanaAksiForm f = new RencanaAksiForm();
		f.setJudul(uraian.length() > 300 ? uraian.substring(0, 299) + "…" : uraian);
		f.setUraian(uraian.length() > 300 ? uraian : null);
		f.setUnitId(unitId);
		f.setTenggat(tenggat);
		f.setTahun(tahun);
		RencanaAksi r = new RencanaAksi(organisasiId, forumId, currentUser.actorName(), now);
		r.ubah(f, now);
		r = repository.save(r);
		audit.record("rencanaAksi.dibuat", "RencanaAksi", r.getId(), r.getJudul() + " (Forum #" + forumId + "), tenggat "
				+ r.getTenggat());
		return r;
	}

	@Transactional
	RencanaAksi ubah(long id, RencanaAksiForm f) {
		RencanaAksi r = item(id);
		if (!akses.koordinator(r.getOrganisasiId())) {
			throw new AccessDeniedException("Not the Koordinator Forum of this organization");
		}
		if (!r.getStatus().terbuka()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "rencanaAksi.galat.tertutup");
		}
		if (f.getVersion() != null && f.getVersion() != r.getVersion()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
		periksaUnit(r.getOrganisasiId(), f.getUnitId());
		String sebelum = r.getTenggat() + " / unit #" + r.getUnitId();
		r.ubah(f, clock.instant());
		audit.record("rencanaAksi.diubah", "RencanaAksi", r.getId(), r.getJudul() + ": " + sebelum + " → " + r.getTenggat()
				+ " / unit #" + r.getUnitId());
		return r;
	}

	@Transactional
	public RencanaAksi jalankan(long id, AksiRencanaAksi aksi, String catatan) {
		RencanaAksi r = item(id);
		StatusRencanaAksi dari = r.getStatus();
		StatusRencanaAksi ke = AlurRencanaAksi.jalankan(dari, aksi, PeranRencanaAksi.untuk(r, akses),
				bukti.countByRencanaAksiId(r.getId()) > 0, catatan);
		r.ubahStatus(ke, catatan, clock.instant());
		audit.record("rencanaAksi." + aksi.name().toLowerCase(Locale.ROOT), "RencanaAksi", r.getId(), r.getJudul() + ": "
				+ dari + " → " + ke + (catatan == null || catatan.isBlank() ? "" : " — " + catatan.strip()));
		return r;
	}

	/** The owner unit (or the Koordinator) reports progress, 0–100%, with a note. */
	@Transactional
	RencanaAksi lapor(long id, Integer progres, String catatan) {
		RencanaAksi r = item(id);
		pastikanLapor(r);
		if (progres == null || progres < 0 || progres > 100) {
			throw new InvalidFieldException("progres", "rencanaAksi.galat.progres");
		}
		if (catatan != null && catatan.length() > 2000) {
			throw new InvalidFieldException("catatan", "perencanaan.galat.terlaluPanjang", 2000);
		}
		int sebelum = r.getProgres();
		r.lapor(progres, catatan, clock.instant());
		audit.record("rencanaAksi.progres", "RencanaAksi", r.getId(), r.getJudul() + ": " + sebelum + "% → " + progres + "%"
				+ (catatan == null || catatan.isBlank() ? "" : " — " + catatan.strip()));
		return r;
	}

	@Transactional
	BuktiRencanaAksi unggahBukti(long id, MultipartFile berkas, String keterangan) {
		RencanaAksi r = item(id);
		pastikanLapor(r);
		if (berkas == null || berkas.isEmpty()) {
			throw new InvalidFieldException("berkas", "berkas.galat.tanpaBerkas");
		}
		String nama = JenisBerkas.safeName(berkas.getOriginalFilename());
		String ext = JenisBerkas.extension(nama);
		if (!FORMAT_BUKTI.contains(ext)) {
			throw new InvalidFieldException("berkas", "berkas.galat.format", ext, String.join(", ", FORMAT_BUKTI.stream()
				.sorted().toList()));
		}
		if (berkas.getSize() > MAKS_BUKTI) {
			throw new InvalidFieldException("berkas", "berkas.galat.ukuran", MAKS_BUKTI / (1024 * 1024));
		}
		JenisBerkas.check(berkas, ext);
		if (keterangan != null && keterangan.length() > 500) {
			throw new InvalidFieldException("keterangan", "perencanaan.galat.terlaluPanjang", 500);
		}
		String key;
		try (InputStream in = berkas.getInputStream()) {
			key = fileStore.store("rencana-aksi", in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		BuktiRencanaAksi b = bukti.save(new BuktiRencanaAksi(r.getId(), key, nama, tipe(ext), berkas.getSize(), keterangan,
				currentUser.actorName(), clock.instant()));
		audit.record("rencanaAksi.buktiDiunggah", "RencanaAksi", r.getId(), r.getJudul() + ": " + nama);
		return b;
	}

	@Transactional
	void hapusBukti(long id, String uuid) {
		RencanaAksi r = item(id);
		pastikanLapor(r);
		BuktiRencanaAksi b = bukti.findByUuid(uuid).filter(x -> x.getRencanaAksiId() == r.getId())
			.orElseThrow(NotFoundException::new);
		bukti.delete(b);
		audit.record("rencanaAksi.buktiDihapus", "RencanaAksi", r.getId(), r.getJudul() + ": " + b.getNamaBerkas());
	}

	BuktiRencanaAksi bukti(long id, String uuid) {
		RencanaAksi r = item(id);
		return bukti.findByUuid(uuid).filter(x -> x.getRencanaAksiId() == r.getId()).orElseThrow(NotFoundException::new);
	}

	InputStream open(BuktiRencanaAksi b) throws IOException {
		return fileStore.open(b.getStorageKey());
	}

	List<BuktiRencanaAksi> buktiDari(long id) {
		return bukti.findByRencanaAksiIdOrderByDiunggahPadaAsc(id);
	}

	/** A page ({@link #PER_HALAMAN}, from 0) of the organizations' items of a year, by due date. */
	Page<RencanaAksi> daftar(Set<Long> organisasiIds, int tahun, int halaman) {
		PageRequest p = PageRequest.of(Math.max(halaman, 0), PER_HALAMAN, Sort.by("tenggat", "id"));
		return organisasiIds.isEmpty() ? Page.empty(p) : repository.findByOrganisasiIdInAndTahun(organisasiIds, tahun, p);
	}

	/** How many open items of the organizations' year are past their due date. */
	public long jumlahLewatTenggat(Set<Long> organisasiIds, LocalDate hariIni) {
		return organisasiIds.isEmpty() ? 0 : repository.countByOrganisasiIdInAndTahunAndStatusInAndTenggatBefore(organisasiIds,
				hariIni.getYear(), EnumSet.of(StatusRencanaAksi.BELUM_MULAI, StatusRencanaAksi.BERJALAN), hariIni);
	}

	Set<AksiRencanaAksi> aksiTersedia(RencanaAksi r) {
		return AlurRencanaAksi.aksiTersedia(r.getStatus(), PeranRencanaAksi.untuk(r, akses));
	}

	boolean bolehLapor(RencanaAksi r) {
		return AlurRencanaAksi.bolehLapor(r.getStatus(), PeranRencanaAksi.untuk(r, akses));
	}

	private void pastikanLapor(RencanaAksi r) {
		Set<PeranRencanaAksi> peran = EnumSet.noneOf(PeranRencanaAksi.class);
		peran.addAll(PeranRencanaAksi.untuk(r, akses));
		if (peran.isEmpty()) {
			throw new AccessDeniedException("Not the owner unit nor the Koordinator Forum");
		}
		if (!r.getStatus().terbuka()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "rencanaAksi.galat.tertutup");
		}
	}

	private void periksaUnit(long organisasiId, Long unitId) {
		UnitRef unit = unitId == null ? null : organisasi.unit(unitId).orElse(null);
		if (unit == null || unit.organisasiId() != organisasiId || !unit.aktif()) {
			throw new InvalidFieldException("unitId", "rencanaAksi.galat.unit");
		}
	}

	private static String tipe(String ext) {
		return switch (ext) {
			case "PDF" -> "application/pdf";
			case "JPG", "JPEG" -> "image/jpeg";
			case "PNG" -> "image/png";
			case "DOCX" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			case "XLSX" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
			case "ODT" -> "application/vnd.oasis.opendocument.text";
			case "ODS" -> "application/vnd.oasis.opendocument.spreadsheet";
			default -> "application/octet-stream";
		};
	}

}
