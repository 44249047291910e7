package id.satudata.layanan.tiket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.layanan.internal.Isian;
import id.satudata.layanan.internal.LayananAkses;
import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.notifikasi.Pemberitahuan;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;

/**
 * The ticket core on the service desk's side, the same for every kind of ticket ({@link JenisTiket}):
 * filing (number, tracking code, requester, attachments, the first history step, notifications),
 * reading as staff, the history and audit of each step, telling the holder and the requester, a new
 * tracking code, the back-office lists and their clocks, the breach warnings. What a kind decides
 * itself — its fields, its state machine, its due times — stays in its feature.
 */
@Service
@Transactional(readOnly = true)
public class TiketLayanan {

	/** Tickets on one page of a back-office list. */
	static final int UKURAN_HALAMAN = 100;

	/** How many tickets wait for the user, and of them how many are past due. */
	public record Menunggu(long jumlah, long terlambat) {
	}

	/** A new ticket and its tracking code (shown once, never stored as such). */
	public record TiketBaru<T extends Tiket<?, ?>>(T tiket, String kode) {
	}

	/**
	 * A ticket to file, once its kind has checked its own fields.
	 *
	 * @param organisasiId the service desk it goes to
	 * @param form what was filled in
	 * @param diterimaPada when it reached the desk
	 * @param penggunaId the requester's account (filed while logged in), or null
	 * @param dicatatOleh the staff member who records it, or null (filed by the requester)
	 * @param berkas its attachments
	 */
	public record Ajuan(long organisasiId, FormTiket form, Instant diterimaPada, Long penggunaId, String dicatatOleh,
			List<BerkasMasuk> berkas) {
	}

	private final NomorTiket nomor;
	private final BerkasLayanan berkas;
	private final JejakLayanan jejak;
	private final KabarLayanan kabar;
	private final LayananAkses akses;
	private final CurrentUser currentUser;
	private final WorkingCalendar calendar;
	private final Audit audit;
	private final Clock clock;

	TiketLayanan(NomorTiket nomor, BerkasLayanan berkas, JejakLayanan jejak, KabarLayanan kabar, LayananAkses akses,
			CurrentUser currentUser, WorkingCalendar calendar, Audit audit, Clock clock) {
		this.nomor = nomor;
		this.berkas = berkas;
		this.jejak = jejak;
		this.kabar = kabar;
		this.akses = akses;
		this.currentUser = currentUser;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- filing -------------------------------------------------------------------------------

	/** A ticket filed on the portal by anyone: to the desk chosen (or the only one); a logged-in user's is linked to their account. */
	public Ajuan diPortal(FormTiket form, List<BerkasMasuk> files) {
		long org = akses.penyelenggara(form.getOrganisasiId()).id();
		return new Ajuan(org, form, clock.instant(), akses.pengguna().map(SatuDataUser::getId).orElse(null), null, files);
	}

	/** The desk a staff member records a ticket for: one whose desk they staff. */
	public long mejaStaf(FormTiket form) {
		if (form.getOrganisasiId() == null) {
			throw new InvalidFieldException("organisasiId", "validasi.wajib");
		}
		akses.wajibStaf(form.getOrganisasiId());
		return akses.penyelenggara(form.getOrganisasiId()).id();
	}

	/** The channel a ticket recorded by staff came by: required, and not the portal's own (that is the requester's). */
	public <K extends Enum<K>> K kanalStaf(K kanal, K kanalPortal) {
		if (kanal == null) {
			throw new InvalidFieldException("kanal", "validasi.wajib");
		}
		if (kanal == kanalPortal) {
			throw new InvalidFieldException("kanal", "layanan.galat.kanalPortal");
		}
		return kanal;
	}

	/** A ticket staff record for their desk, with the time it arrived. */
	public Ajuan olehStaf(long organisasiId, FormTiket form, List<BerkasMasuk> files) {
		Instant diterima = WaktuDiterima.baca("diterimaPada", form.getDiterimaPada(), calendar.zone(), clock);
		return new Ajuan(organisasiId, form, diterima, null, akses.pengguna().orElseThrow().getUsername(), files);
	}

	/**
	 * Files a ticket: checks the subject, the description, the requester and the attachments, numbers
	 * it, gives it a tracking code, stores it ({@code buat} makes the kind's entity) with its
	 * attachments, writes the first history step, audits it, and tells its first holder and the
	 * requester (with the tracking code in the public link, after {@code #}).
	 */
	@Transactional
	public <T extends Tiket<?, ?>> TiketBaru<T> ajukan(JenisTiket<T> jenis, Ajuan ajuan, Function<TiketMasuk, T> buat) {
		JenisTiket.Sebutan s = jenis.sebutan();
		String perihal = Isian.wajib("perihal", ajuan.form().getPerihal(), 200);
		String uraian = Isian.wajib("uraian", ajuan.form().getUraian(), 4000);
		Pemohon pemohon = Pemohon.dari(ajuan.form(), ajuan.penggunaId());
		berkas.periksa(ajuan.berkas(), "lampiran", BerkasLayanan.semuaJenis());
		String n = nomor.berikutnya(s.awalan());
		String kode = KodeLacak.baru();
		T t = jenis.repository().save(buat.apply(new TiketMasuk(n, KodeLacak.hash(n, kode), ajuan.organisasiId(), perihal,
				uraian, pemohon, ajuan.diterimaPada(), ajuan.dicatatOleh(), clock.instant())));
		berkas.simpan(s.objekTipe(), t.getId(), LampiranLayanan.LAMPIRAN, ajuan.berkas(), currentUser.actorName());
		jejak.catat(new JejakLayanan.Langkah(s.objekTipe(), t.getId(), "DIAJUKAN", null, t.getStatus().name(), null,
				jenis.bertingkat() ? t.getTingkat() : null, null, true, null, null));
		audit.record(s.auditAwalan() + ".diajukan", s.auditTipe(), t.getId(), n + " (" + jenis.keterangan(t) + "): "
				+ perihal);
		kabar.ke(jenis.penerimaMasuk(t), s.notifMasuk(), s.tautan(n), n, perihal);
		kabar.kePemohon(pemohon.penggunaId(), pemohon.surel(), pemohon.nama(), s.notifDiterima(),
				"/kelola/permintaan-saya/" + n, "/layanan/lacak?nomor=" + n + "#kode=" + kode, n, perihal);
		return new TiketBaru<>(t, kode);
	}

	// ---- the desk's steps -----------------------------------------------------------------------

	/** A ticket the user may see as service desk staff (or administrator). */
	public <T extends Tiket<?, ?>> T lihat(JenisTiket<T> jenis, String n) {
		T t = jenis.repository().findByNomor(n).orElseThrow(() -> new NotFoundException("layanan.galat.tiketTidakAda"));
		if (!jenis.bolehLihat(t, akses)) {
			throw new AccessDeniedException("Not on this ticket's desk");
		}
		return t;
	}

	/** The ticket for a step: readable by the user, unchanged since they saw it ({@code version}; null: not checked). */
	public <T extends Tiket<?, ?>> T untukLangkah(JenisTiket<T> jenis, String n, Long version) {
		T t = lihat(jenis, n);
		t.pastikanVersi(version);
		return t;
	}

	/** The note of a step (at most 4,000 characters), or null. */
	public String catatan(String teks) {
		return Isian.opsional("catatan", teks, 4000);
	}

	/**
	 * Writes a step the kind took to the history (with the working time the level held the ticket,
	 * against its target) and to the audit trail: {@code prefix.peristiwa}, "nomor: from → to (level)"
	 * and what the kind adds ({@code keterangan}).
	 */
	@Transactional
	public <T extends Tiket<?, ?>> void catatLangkah(JenisTiket<T> jenis, T t, JejakLayanan.Langkah langkah, String peristiwa,
			String keterangan) {
		JenisTiket.Sebutan s = jenis.sebutan();
		jejak.catat(langkah);
		audit.record(s.auditAwalan() + "." + peristiwa, s.auditTipe(), t.getId(), t.getNomor() + ": " + langkah.dari()
				+ " → " + t.getStatus().name() + " (" + t.getTingkat() + ")" + keterangan);
	}

	/** Tells whoever holds the ticket now (the named person, or every holder of the level's role) that it came to them. */
	public <T extends Tiket<?, ?>> void kabariPemegang(JenisTiket<T> jenis, T t, String key) {
		kabar.kePemegang(t.getOrganisasiId(), t.getTingkat(), t.getPemegangId(), key, jenis.sebutan().tautan(t.getNomor()),
				t.getNomor(), t.getPerihal(), akses.pengguna().orElseThrow().getNamaLengkap());
	}

	/**
	 * Tells the requester (in their account, or by e-mail) of a step; for a resolved ticket with a
	 * single-use rating link that works without an account or the tracking code.
	 */
	public void kabariPemohon(Tiket<?, ?> t, String key) {
		String n = t.getNomor();
		String tautanPublik = t.getStatus().selesai() ? "/layanan/nilai/" + n + "?t=" + t.bukaPenilaian()
				: "/layanan/lacak?nomor=" + n;
		kabar.kePemohon(t.getPenggunaId(), t.getSurel(), t.getNama(), key, "/kelola/permintaan-saya/" + n, tautanPublik, n,
				t.getPerihal());
	}

	/** The service desk gives the requester a new tracking code (e.g. lost); the old one stops working. */
	@Transactional
	public <T extends Tiket<?, ?>> String kodeBaru(JenisTiket<T> jenis, String n) {
		T t = lihat(jenis, n);
		akses.wajibStaf(t.getOrganisasiId());
		String kode = t.gantiKodeLacak(clock.instant());
		audit.record(jenis.sebutan().auditAwalan() + ".kodeLacakBaru", jenis.sebutan().auditTipe(), t.getId(), n);
		return kode;
	}

	// ---- lists ------------------------------------------------------------------------------------

	/** One page of a back-office list, filtered and ordered in the database. */
	public <T extends Tiket<?, ?>> Page<T> daftar(JenisTiket<T> jenis, Tampilan tampil, int halaman) {
		Sort urutan = (tampil == Tampilan.TERBARU ? Sort.by(Sort.Direction.DESC, "diterimaPada") : jenis.urutan())
			.and(Sort.by("id"));
		Specification<T> spec = switch (tampil) {
			case SAYA -> kotakMasuk(jenis);
			case SEMUA -> jenis.terbuka().and(SpesifikasiTiket.diOrganisasi(akses.organisasiTerlihat()));
			case TERBARU -> SpesifikasiTiket.diOrganisasi(akses.organisasiTerlihat());
		};
		return jenis.repository().findAll(spec, PageRequest.of(Math.max(0, halaman), UKURAN_HALAMAN, urutan));
	}

	/** How many tickets wait for the user, and of them how many are past due at {@code now}. */
	public <T extends Tiket<?, ?>> Menunggu menunggu(JenisTiket<T> jenis, Instant now) {
		Specification<T> spec = kotakMasuk(jenis);
		return new Menunggu(jenis.repository().count(spec), jenis.repository().count(spec.and(jenis.lewatTenggat(now))));
	}

	private <T extends Tiket<?, ?>> Specification<T> kotakMasuk(JenisTiket<T> jenis) {
		Map<Long, Set<TingkatLayanan>> tingkat = akses.tingkatStaf();
		return akses.pengguna().map(u -> jenis.kotakMasuk(tingkat, u.getId())).orElseGet(SpesifikasiTiket::tidakAda);
	}

	// ---- clocks and warnings -------------------------------------------------------------------

	/** Sends the breach warnings of open tickets past due at {@code sekarang}, once per step; how many went out now. */
	@Transactional
	public <T extends Tiket<?, ?>> int ingatkanTerlambat(JenisTiket<T> jenis, Instant sekarang) {
		int n = 0;
		for (T t : jenis.repository().findAll(jenis.lewatTenggat(sekarang))) {
			if (kabar.terlambat(jenis.kunciTerlambat(t), jenis.penerimaTerlambat(t),
					jenis.pesanTerlambat(t), jenis.sebutan().tautan(t.getNomor()), t.getNomor(), t.getPerihal(),
					Pemberitahuan.kunci(t.getTingkat().labelKey()))) {
				n++;
			}
		}
		return n;
	}

}
