package id.satudata.layanan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.organisasi.OrganisasiRef;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * Complaints: filed on the portal or recorded from another channel, held by the Petugas Layanan,
 * classified into a tier whose limit runs from filing on the working calendar, answered,
 * escalated up the chain, resolved or refused, and rated. Every step goes through
 * {@link AlurPengaduan}, is written to the history, audited and notified.
 */
@Service
@Transactional(readOnly = true)
class PengaduanService {

	record TiketBaru(Pengaduan pengaduan, String kode) {
	}

	private final PengaduanRepository repository;
	private final TiketLayanan tiket;
	private final LayananAkses akses;
	private final WorkingCalendar calendar;
	private final LayananProperties properties;
	private final Audit audit;
	private final Clock clock;

	PengaduanService(PengaduanRepository repository, TiketLayanan tiket, LayananAkses akses, WorkingCalendar calendar,
			LayananProperties properties, Audit audit, Clock clock) {
		this.repository = repository;
		this.tiket = tiket;
		this.akses = akses;
		this.calendar = calendar;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	TiketBaru ajukan(PengaduanForm form, List<BerkasMasuk> berkas) {
		OrganisasiRef org = akses.penyelenggara(form.getOrganisasiId());
		SatuDataUser user = akses.pengguna().orElse(null);
		return buat(org, form, KanalPengaduan.WEB, null, clock.instant(), user == null ? null : user.getId(), null, berkas);
	}

	@Transactional
	TiketBaru catat(PengaduanForm form, List<BerkasMasuk> berkas) {
		if (form.getOrganisasiId() == null) {
			throw new InvalidFieldException("organisasiId", "validasi.wajib");
		}
		if (akses.tingkatDi(form.getOrganisasiId()).isEmpty()) {
			throw new AccessDeniedException("Not on this organization's service desk");
		}
		OrganisasiRef org = akses.penyelenggara(form.getOrganisasiId());
		if (form.getKanal() == null) {
			throw new InvalidFieldException("kanal", "validasi.wajib");
		}
		if (form.getKanal() == KanalPengaduan.WEB) {
			throw new InvalidFieldException("kanal", "layanan.galat.kanalPortal");
		}
		String referensi = Isian.opsional("referensiKanal", form.getReferensiKanal(), 100);
		if (form.getKanal() == KanalPengaduan.SP4N_LAPOR && referensi == null) {
			throw new InvalidFieldException("referensiKanal", "layanan.galat.referensiLapor");
		}
		Instant diterima = WaktuDiterima.baca("diterimaPada", form.getDiterimaPada(), calendar.zone(), clock);
		return buat(org, form, form.getKanal(), referensi, diterima, null, akses.pengguna().orElseThrow().getUsername(),
				berkas);
	}

	private TiketBaru buat(OrganisasiRef org, PengaduanForm form, KanalPengaduan kanal, String referensi,
			Instant diterima, Long penggunaId, String dicatatOleh, List<BerkasMasuk> berkas) {
		String perihal = Isian.wajib("perihal", form.getPerihal(), 200);
		String uraian = Isian.wajib("uraian", form.getUraian(), 4000);
		Pemohon pelapor = tiket.pemohon(form.getNama(), null, form.getSurel(), form.getTelepon(), penggunaId);
		tiket.periksaLampiran(berkas);
		Instant now = clock.instant();
		String nomor = tiket.nomor(NomorTiket.PENGADUAN);
		String kode = KodeLacak.baru();
		// until classified, the strictest tier's limit applies
		Pengaduan a = repository.save(new Pengaduan(nomor, KodeLacak.hash(nomor, kode), org.id(), kanal, referensi,
				perihal, uraian, pelapor, diterima, dicatatOleh, now, batas(KategoriPengaduan.RINGAN, diterima)));
		tiket.simpanLampiran(RiwayatLayanan.PENGADUAN, a.getId(), berkas);
		tiket.jejak(new JejakLayanan.Langkah(RiwayatLayanan.PENGADUAN, a.getId(), "DIAJUKAN", null, a.getStatus().name(),
				null, a.getTingkat(), null, true, null, null));
		audit.record("pengaduan.diajukan", "Pengaduan", a.getId(), nomor + " (" + kanal
				+ (referensi == null ? "" : " " + referensi) + "): " + perihal);
		tiket.kabar().kePemegang(org.id(), a.getTingkat(), null, "layanan.notif.aduanMasuk", tautan(nomor), nomor, perihal);
		tiket.kabar().kePemohon(penggunaId, pelapor.surel(), pelapor.nama(), "layanan.notif.aduanDiterima",
				"/kelola/permintaan-saya/" + nomor, "/layanan/lacak?nomor=" + nomor + "#kode=" + kode, nomor, perihal);
		return new TiketBaru(a, kode);
	}

	/** The due time of a tier, counted from when the complaint was filed. */
	Instant batas(KategoriPengaduan kategori, Instant diterima) {
		return properties.pengaduan().batas(kategori).tenggat(calendar, diterima);
	}

	@Transactional
	Pengaduan jalankan(String nomor, AksiPengaduan aksi, KategoriPengaduan kategori, String catatan, Long version) {
		Pengaduan a = lihat(nomor);
		if (version != null && version != a.getVersion()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
		String teks = Isian.opsional("catatan", catatan, 4000);
		AlurPengaduan.Langkah ke = AlurPengaduan.jalankan(a.getStatus(), aksi, a.getTingkat(),
				akses.tingkatDi(a.getOrganisasiId()), kategori, teks);
		SatuDataUser user = akses.pengguna().orElseThrow();
		StatusPengaduan dari = a.getStatus();
		TingkatLayanan tingkat = a.getTingkat();
		Instant mulai = a.getDitahanSejak();
		Instant now = clock.instant();
		KategoriPengaduan sebelum = a.getKategori();
		switch (aksi) {
			case KLASIFIKASI -> a.klasifikasi(kategori, batas(kategori, a.getDiterimaPada()), now);
			case TANGGAPI -> a.pindah(ke.status(), ke.tingkat(), now);
			case ESKALASI -> a.pindah(ke.status(), ke.tingkat(), now);
			case SELESAIKAN, TOLAK -> a.selesai(ke.status(), teks, user.getId(), user.getNamaLengkap(), now);
		}
		// responses, the answer and a refusal are for the complainant; escalation reasons stay internal
		boolean publik = aksi != AksiPengaduan.ESKALASI;
		String aksiJejak = aksi == AksiPengaduan.KLASIFIKASI ? "KLASIFIKASI_" + kategori.name() : aksi.name();
		tiket.jejak(new JejakLayanan.Langkah(RiwayatLayanan.PENGADUAN, a.getId(), aksiJejak, dari.name(),
				a.getStatus().name(), tingkat, a.getTingkat(), teks, publik,
				aksi == AksiPengaduan.ESKALASI ? mulai : null, null));
		audit.record("pengaduan." + switch (aksi) {
			case KLASIFIKASI -> "diklasifikasi";
			case TANGGAPI -> "ditanggapi";
			case ESKALASI -> "dieskalasi";
			case SELESAIKAN -> "diselesaikan";
			case TOLAK -> "ditolak";
		}, "Pengaduan", a.getId(), nomor + ": " + dari + " → " + a.getStatus() + " (" + a.getTingkat() + ")"
				+ (aksi == AksiPengaduan.KLASIFIKASI ? ", " + sebelum + " → " + kategori : ""));
		if (aksi == AksiPengaduan.ESKALASI) {
			tiket.kabar().kePemegang(a.getOrganisasiId(), a.getTingkat(), null, "layanan.notif.aduanEskalasi", tautan(nomor),
					nomor, a.getPerihal(), user.getNamaLengkap());
		}
		else if (aksi != AksiPengaduan.KLASIFIKASI) {
			String key = switch (aksi) {
				case TANGGAPI -> "layanan.notif.aduanDitanggapi";
				case TOLAK -> "layanan.notif.aduanDitolak";
				default -> "layanan.notif.aduanSelesai";
			};
			String tautanPublik = "/layanan/lacak?nomor=" + nomor;
			if (aksi == AksiPengaduan.SELESAIKAN) {
				// a single-use rating link that works without an account or the tracking code
				String token = KodeLacak.token();
				a.mintaNilai(KodeLacak.hash("nilai:" + nomor, token));
				tautanPublik = "/layanan/nilai/" + nomor + "?t=" + token;
			}
			tiket.kabar().kePemohon(a.getPenggunaId(), a.getSurel(), a.getNamaPelapor(), key,
					"/kelola/permintaan-saya/" + nomor, tautanPublik, nomor, a.getPerihal());
		}
		return a;
	}

	@Transactional
	Pengaduan nilai(String nomor, String kode, Integer nilai, String komentar) {
		return beriNilai(milikPemegangKode(nomor, kode), nilai, komentar);
	}

	/** The requester rates it through the single-use link sent when it was resolved. */
	@Transactional
	Pengaduan nilaiDenganTautan(String nomor, String token, Integer nilai, String komentar) {
		return beriNilai(untukDinilai(nomor, token), nilai, komentar);
	}

	/** The ticket a rating link is for; the same "not found" for a wrong, used or unknown link. */
	Pengaduan untukDinilai(String nomor, String token) {
		return repository.findByNomor(nomor).filter(x -> x.getTokenNilaiHash() != null
				&& KodeLacak.cocok("nilai:" + nomor, token, x.getTokenNilaiHash()))
			.orElseThrow(() -> new NotFoundException("layanan.galat.tautanNilai"));
	}

	/** A logged-in requester rates their own resolved ticket. */
	@Transactional
	Pengaduan nilaiMilikSaya(String nomor, Integer nilai, String komentar) {
		return beriNilai(milikSaya(nomor), nilai, komentar);
	}

	private Pengaduan beriNilai(Pengaduan a, Integer nilai, String komentar) {
		tiket.periksaNilai(nilai, a.getStatus() == StatusPengaduan.SELESAI, a.getNilai() != null);
		a.nilai(nilai, Isian.opsional("komentar", komentar, 1000), clock.instant());
		tiket.jejak(new JejakLayanan.Langkah(RiwayatLayanan.PENGADUAN, a.getId(), "DINILAI", a.getStatus().name(),
				a.getStatus().name(), null, null, null, true, null, null));
		audit.record("pengaduan.dinilai", "Pengaduan", a.getId(), a.getNomor() + ": " + nilai + "/5");
		return a;
	}

	Pengaduan milikPemegangKode(String nomor, String kode) {
		return repository.findByNomor(nomor).filter(a -> KodeLacak.cocok(nomor, kode, a.getKodeLacakHash()))
			.orElseThrow(() -> new NotFoundException("layanan.galat.tiketTidakCocok"));
	}

	Pengaduan milikSaya(String nomor) {
		long id = akses.pengguna().orElseThrow().getId();
		return repository.findByNomor(nomor).filter(a -> a.getPenggunaId() != null && a.getPenggunaId() == id)
			.orElseThrow(() -> new NotFoundException("layanan.galat.tiketTidakAda"));
	}

	@Transactional
	String kodeBaru(String nomor) {
		Pengaduan a = lihat(nomor);
		if (akses.tingkatDi(a.getOrganisasiId()).isEmpty()) {
			throw new AccessDeniedException("Not on this organization's service desk");
		}
		String kode = KodeLacak.baru();
		a.gantiKodeLacak(KodeLacak.hash(nomor, kode), clock.instant());
		audit.record("pengaduan.kodeLacakBaru", "Pengaduan", a.getId(), nomor);
		return kode;
	}

	Pengaduan lihat(String nomor) {
		Pengaduan a = repository.findByNomor(nomor).orElseThrow(() -> new NotFoundException("layanan.galat.tiketTidakAda"));
		akses.wajibLihat(a.getOrganisasiId());
		return a;
	}

	/** Open complaints held at a level whose role the user holds, the most urgent first. */
	List<Pengaduan> kotakMasuk() {
		Set<Long> orgs = akses.organisasiStaf();
		if (orgs.isEmpty()) {
			return List.of();
		}
		return repository.findByOrganisasiIdInAndStatusInOrderByTenggatAsc(orgs, terbuka()).stream()
			.filter(a -> akses.tingkatDi(a.getOrganisasiId()).contains(a.getTingkat())).toList();
	}

	List<Pengaduan> terbukaSemua() {
		Set<Long> orgs = akses.organisasiTerlihat();
		return orgs.isEmpty() ? List.of() : repository.findByOrganisasiIdInAndStatusInOrderByTenggatAsc(orgs, terbuka());
	}

	List<Pengaduan> terbaru() {
		Set<Long> orgs = akses.organisasiTerlihat();
		return orgs.isEmpty() ? List.of() : repository.terbaru(orgs);
	}

	List<Pengaduan> milikPengguna() {
		return akses.pengguna().map(u -> repository.findByPenggunaIdOrderByDiterimaPadaDesc(u.getId())).orElse(List.of());
	}

	Set<AksiPengaduan> aksiTersedia(Pengaduan a) {
		return AlurPengaduan.aksiTersedia(a.getStatus(), a.getTingkat(), akses.tingkatDi(a.getOrganisasiId()));
	}

	private static Set<StatusPengaduan> terbuka() {
		return Set.of(StatusPengaduan.DITERIMA, StatusPengaduan.DIPROSES);
	}

	static String tautan(String nomor) {
		return "/kelola/pengaduan/" + nomor;
	}

}
