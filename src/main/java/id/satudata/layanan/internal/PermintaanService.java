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
import id.satudata.organisasi.PenggunaDirectory;
import id.satudata.organisasi.PenggunaRef;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * Service requests: filed on the portal (anyone) or recorded by the service desk, dispositioned
 * down the chain against each step's target, handled against the SLA of their type, resolved and
 * rated. Every step goes through {@link AlurPermintaan}, is written to the history with the working
 * time it was held, audited, and notifies whoever holds it next.
 */
@Service
@Transactional(readOnly = true)
class PermintaanService {

	/** A new ticket and its tracking code (shown once, never stored as such). */
	record TiketBaru(Permintaan permintaan, String kode) {
	}

	private final PermintaanRepository repository;
	private final TiketLayanan tiket;
	private final LayananAkses akses;
	private final PenggunaDirectory pengguna;
	private final WorkingCalendar calendar;
	private final LayananProperties properties;
	private final Audit audit;
	private final Clock clock;

	PermintaanService(PermintaanRepository repository, TiketLayanan tiket, LayananAkses akses,
			PenggunaDirectory pengguna, WorkingCalendar calendar, LayananProperties properties, Audit audit,
			Clock clock) {
		this.repository = repository;
		this.tiket = tiket;
		this.akses = akses;
		this.pengguna = pengguna;
		this.calendar = calendar;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- filing -------------------------------------------------------------------------------

	/** A request from the portal: by anyone; a logged-in user's request is linked to their account. */
	@Transactional
	TiketBaru ajukan(PermintaanForm form, List<BerkasMasuk> berkas) {
		OrganisasiRef org = akses.penyelenggara(form.getOrganisasiId());
		SatuDataUser user = akses.pengguna().orElse(null);
		return buat(org, form, KanalPermintaan.PORTAL, clock.instant(), user == null ? null : user.getId(), null, berkas);
	}

	/** A request that reached the service desk another way, recorded by its staff with the channel. */
	@Transactional
	TiketBaru catat(PermintaanForm form, List<BerkasMasuk> berkas) {
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
		if (form.getKanal() == KanalPermintaan.PORTAL) {
			throw new InvalidFieldException("kanal", "layanan.galat.kanalPortal");
		}
		Instant diterima = WaktuDiterima.baca("diterimaPada", form.getDiterimaPada(), calendar.zone(), clock);
		return buat(org, form, form.getKanal(), diterima, null, akses.pengguna().orElseThrow().getUsername(), berkas);
	}

	private TiketBaru buat(OrganisasiRef org, PermintaanForm form, KanalPermintaan kanal, Instant diterima,
			Long penggunaId, String dicatatOleh, List<BerkasMasuk> berkas) {
		if (form.getJenis() == null) {
			throw new InvalidFieldException("jenis", "validasi.wajib");
		}
		String perihal = Isian.wajib("perihal", form.getPerihal(), 200);
		String uraian = Isian.wajib("uraian", form.getUraian(), 4000);
		Pemohon pemohon = tiket.pemohon(form.getNama(), form.getInstansi(), form.getSurel(), form.getTelepon(), penggunaId);
		tiket.periksaLampiran(berkas);
		Instant now = clock.instant();
		String nomor = tiket.nomor(NomorTiket.PERMINTAAN);
		String kode = KodeLacak.baru();
		Permintaan p = repository.save(new Permintaan(nomor, KodeLacak.hash(nomor, kode), org.id(), form.getJenis(), kanal,
				perihal, uraian, pemohon, diterima, dicatatOleh, now,
				properties.disposisi().batas(TingkatLayanan.KEPALA_DINAS).tenggat(calendar, now)));
		tiket.simpanLampiran(RiwayatLayanan.PERMINTAAN, p.getId(), berkas);
		tiket.jejak(new JejakLayanan.Langkah(RiwayatLayanan.PERMINTAAN, p.getId(), "DIAJUKAN", null, p.getStatus().name(), null,
				TingkatLayanan.KEPALA_DINAS, null, true, null, null));
		audit.record("layanan.diajukan", "PermintaanLayanan", p.getId(), nomor + " (" + kanal + ", " + form.getJenis() + "): "
				+ perihal);
		tiket.kabar().kePemegang(org.id(), TingkatLayanan.KEPALA_DINAS, null, "layanan.notif.masuk", tautan(nomor), nomor,
				perihal);
		tiket.kabar().kePemohon(penggunaId, pemohon.surel(), pemohon.nama(), "layanan.notif.diterima",
				"/kelola/permintaan-saya/" + nomor, "/layanan/lacak?nomor=" + nomor + "#kode=" + kode, nomor, perihal);
		return new TiketBaru(p, kode);
	}

	// ---- the chain ----------------------------------------------------------------------------

	/**
	 * Takes one step as the current user.
	 *
	 * @param kepadaId for a disposition: the named person of the next level (null: any holder of its role)
	 * @param version the version the user saw (a changed request is refused with 409)
	 */
	@Transactional
	Permintaan jalankan(String nomor, AksiPermintaan aksi, String catatan, Long kepadaId, Long version) {
		Permintaan p = lihat(nomor);
		if (version != null && version != p.getVersion()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
		Set<PeranPermintaan> peran = akses.peran(p);
		String teks = Isian.opsional("catatan", catatan, 4000);
		AlurPermintaan.Langkah ke = AlurPermintaan.jalankan(p.getStatus(), aksi, peran, teks);
		SatuDataUser user = akses.pengguna().orElseThrow();
		StatusPermintaan dari = p.getStatus();
		TingkatLayanan tingkat = p.getTingkat();
		Instant mulai = p.getDitahanSejak();
		Integer sasaran = dari.tingkatDisposisi()
			.map(t -> (int) properties.disposisi().batas(t).waktuKerja(calendar).toMinutes()).orElse(null);
		PenggunaRef kepada = aksi == AksiPermintaan.DISPOSISI ? kepada(p, ke.tingkat(), kepadaId) : null;
		Instant now = clock.instant();
		switch (aksi) {
			case DISPOSISI -> {
				if (ke.status() == StatusPermintaan.DIPROSES) {
					p.mulaiDikerjakan(ke.tingkat(), id(kepada), nama(kepada), now, sla(p).tenggat(calendar, now));
				}
				else {
					p.keLangkah(ke.status(), ke.tingkat(), id(kepada), nama(kepada), now,
							properties.disposisi().batas(ke.tingkat()).tenggat(calendar, now));
				}
			}
			case TANGANI -> p.mulaiDikerjakan(ke.tingkat(), user.getId(), user.getNamaLengkap(), now,
					sla(p).tenggat(calendar, now));
			case SELESAIKAN -> p.selesai(teks, user.getId(), user.getNamaLengkap(), now);
			case TUTUP -> p.tutup(teks, user.getId(), user.getNamaLengkap(), now);
		}
		// the note of a disposition is an internal instruction; the result and a closing reason are for the requester
		boolean publik = aksi == AksiPermintaan.SELESAIKAN || aksi == AksiPermintaan.TUTUP;
		tiket.jejak(new JejakLayanan.Langkah(RiwayatLayanan.PERMINTAAN, p.getId(), aksi.name(), dari.name(),
				p.getStatus().name(), tingkat, p.getStatus().terbuka() ? p.getTingkat() : null, teks, publik, mulai, sasaran));
		audit.record("layanan." + switch (aksi) {
			case DISPOSISI -> "didisposisi";
			case TANGANI -> "ditangani";
			case SELESAIKAN -> "diselesaikan";
			case TUTUP -> "ditutup";
		}, "PermintaanLayanan", p.getId(), nomor + ": " + dari + " → " + p.getStatus() + " (" + p.getTingkat() + ")"
				+ (kepada == null ? "" : " kepada " + kepada.username()));
		kabari(p, aksi, user);
		return p;
	}

	private void kabari(Permintaan p, AksiPermintaan aksi, SatuDataUser oleh) {
		String nomor = p.getNomor();
		if (aksi == AksiPermintaan.DISPOSISI) {
			tiket.kabar().kePemegang(p.getOrganisasiId(), p.getTingkat(), p.getPemegangId(), "layanan.notif.disposisi",
					tautan(nomor), nomor, p.getPerihal(), oleh.getNamaLengkap());
		}
		else if (aksi == AksiPermintaan.SELESAIKAN) {
			// a single-use rating link that works without an account or the tracking code
			String token = KodeLacak.token();
			p.mintaNilai(KodeLacak.hash("nilai:" + nomor, token));
			tiket.kabar().kePemohon(p.getPenggunaId(), p.getSurel(), p.getNamaPemohon(), "layanan.notif.selesai",
					"/kelola/permintaan-saya/" + nomor, "/layanan/nilai/" + nomor + "?t=" + token, nomor, p.getPerihal());
		}
		else if (aksi == AksiPermintaan.TUTUP) {
			tiket.kabar().kePemohon(p.getPenggunaId(), p.getSurel(), p.getNamaPemohon(), "layanan.notif.ditutup",
					"/kelola/permintaan-saya/" + nomor, "/layanan/lacak?nomor=" + nomor, nomor, p.getPerihal());
		}
	}

	/** The named person of the next level, who must hold its role in the request's organization. */
	private PenggunaRef kepada(Permintaan p, TingkatLayanan tingkat, Long kepadaId) {
		if (kepadaId == null) {
			return null;
		}
		return pengguna.pemegangPeran(tingkat.peran(), p.getOrganisasiId()).stream().filter(u -> u.id() == kepadaId)
			.findFirst().orElseThrow(() -> new InvalidFieldException("kepadaId", "layanan.galat.kepada"));
	}

	/** Who may receive the disposition from this step: active holders of the next level's role. */
	List<PenggunaRef> calonPenerima(Permintaan p) {
		return p.getStatus().tingkatDisposisi().flatMap(TingkatLayanan::bawahan)
			.map(t -> pengguna.pemegangPeran(t.peran(), p.getOrganisasiId())).orElse(List.of());
	}

	BatasWaktu sla(Permintaan p) {
		return properties.sla().batas(p.getJenis());
	}

	// ---- the requester ------------------------------------------------------------------------

	/** The requester rates a resolved request once (1–5), proving it with the tracking code. */
	@Transactional
	Permintaan nilai(String nomor, String kode, Integer nilai, String komentar) {
		return beriNilai(milikPemegangKode(nomor, kode), nilai, komentar);
	}

	/** The requester rates it through the single-use link sent when it was resolved. */
	@Transactional
	Permintaan nilaiDenganTautan(String nomor, String token, Integer nilai, String komentar) {
		return beriNilai(untukDinilai(nomor, token), nilai, komentar);
	}

	/** The ticket a rating link is for; the same "not found" for a wrong, used or unknown link. */
	Permintaan untukDinilai(String nomor, String token) {
		return repository.findByNomor(nomor).filter(x -> x.getTokenNilaiHash() != null
				&& KodeLacak.cocok("nilai:" + nomor, token, x.getTokenNilaiHash()))
			.orElseThrow(() -> new NotFoundException("layanan.galat.tautanNilai"));
	}

	/** A logged-in requester rates their own resolved ticket. */
	@Transactional
	Permintaan nilaiMilikSaya(String nomor, Integer nilai, String komentar) {
		return beriNilai(milikSaya(nomor), nilai, komentar);
	}

	private Permintaan beriNilai(Permintaan p, Integer nilai, String komentar) {
		tiket.periksaNilai(nilai, p.getStatus() == StatusPermintaan.SELESAI, p.getNilai() != null);
		p.nilai(nilai, Isian.opsional("komentar", komentar, 1000), clock.instant());
		tiket.jejak(new JejakLayanan.Langkah(RiwayatLayanan.PERMINTAAN, p.getId(), "DINILAI", p.getStatus().name(),
				p.getStatus().name(), null, null, null, true, null, null));
		audit.record("layanan.dinilai", "PermintaanLayanan", p.getId(), p.getNomor() + ": " + nilai + "/5");
		return p;
	}

	/** The request behind a number and its tracking code; the same "not found" for a wrong code or number. */
	Permintaan milikPemegangKode(String nomor, String kode) {
		return repository.findByNomor(nomor).filter(p -> KodeLacak.cocok(nomor, kode, p.getKodeLacakHash()))
			.orElseThrow(() -> new NotFoundException("layanan.galat.tiketTidakCocok"));
	}

	/** A logged-in requester's own request. */
	Permintaan milikSaya(String nomor) {
		long id = akses.pengguna().orElseThrow().getId();
		return repository.findByNomor(nomor).filter(p -> p.getPenggunaId() != null && p.getPenggunaId() == id)
			.orElseThrow(() -> new NotFoundException("layanan.galat.tiketTidakAda"));
	}

	/** The service desk gives the requester a new tracking code (e.g. lost); the old one stops working. */
	@Transactional
	String kodeBaru(String nomor) {
		Permintaan p = lihat(nomor);
		if (akses.tingkatDi(p.getOrganisasiId()).isEmpty()) {
			throw new AccessDeniedException("Not on this organization's service desk");
		}
		String kode = KodeLacak.baru();
		p.gantiKodeLacak(KodeLacak.hash(nomor, kode), clock.instant());
		audit.record("layanan.kodeLacakBaru", "PermintaanLayanan", p.getId(), nomor);
		return kode;
	}

	// ---- reading ------------------------------------------------------------------------------

	/** A request the user may see as service desk staff (or administrator). */
	Permintaan lihat(String nomor) {
		Permintaan p = repository.findByNomor(nomor).orElseThrow(() -> new NotFoundException("layanan.galat.tiketTidakAda"));
		akses.wajibLihat(p.getOrganisasiId());
		return p;
	}

	/** What waits for the user: open requests at a level whose role they hold (for them, or anyone of it). */
	List<Permintaan> kotakMasuk() {
		Set<Long> orgs = akses.organisasiStaf();
		if (orgs.isEmpty()) {
			return List.of();
		}
		return repository.findByOrganisasiIdInAndStatusInOrderByDiterimaPadaAsc(orgs, terbuka()).stream()
			.filter(p -> !AlurPermintaan.aksiTersedia(p.getStatus(), akses.peran(p)).isEmpty()).toList();
	}

	/** Every open request of the desks the user may see, oldest first. */
	List<Permintaan> terbukaSemua() {
		Set<Long> orgs = akses.organisasiTerlihat();
		return orgs.isEmpty() ? List.of() : repository.findByOrganisasiIdInAndStatusInOrderByDiterimaPadaAsc(orgs, terbuka());
	}

	/** The latest requests (open and closed), newest first. */
	List<Permintaan> terbaru() {
		Set<Long> orgs = akses.organisasiTerlihat();
		return orgs.isEmpty() ? List.of() : repository.terbaru(orgs);
	}

	List<Permintaan> milikPengguna() {
		return akses.pengguna().map(u -> repository.findByPenggunaIdOrderByDiterimaPadaDesc(u.getId())).orElse(List.of());
	}

	Set<AksiPermintaan> aksiTersedia(Permintaan p) {
		return AlurPermintaan.aksiTersedia(p.getStatus(), akses.peran(p));
	}

	private static Set<StatusPermintaan> terbuka() {
		return Set.of(StatusPermintaan.DI_KEPALA_DINAS, StatusPermintaan.DI_KEPALA_BIDANG,
				StatusPermintaan.DI_SUB_KOORDINATOR, StatusPermintaan.DIPROSES);
	}

	static String tautan(String nomor) {
		return "/kelola/layanan/" + nomor;
	}

	private static Long id(PenggunaRef u) {
		return u == null ? null : u.id();
	}

	private static String nama(PenggunaRef u) {
		return u == null ? null : u.namaLengkap();
	}

}
