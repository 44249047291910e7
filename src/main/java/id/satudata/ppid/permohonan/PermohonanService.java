package id.satudata.ppid.permohonan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.Katalog;
import id.satudata.katalog.StubDataset;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.ppid.hakakses.HakAkses;
import id.satudata.ppid.hakakses.HakAksesService;
import id.satudata.ppid.internal.PpidProperties;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.UserFacingException;

/**
 * Filing a request and its steps. Every step is decided by {@link AlurPermohonan} for the parts the
 * user plays ({@link PpidAkses}), applied by the request, audited and notified
 * ({@link KabarPermohonan}). The decision clock is 10 working days from filing on the holiday
 * calendar, once extended by 7; an objection is open for 30 working days after a refusal and the
 * superior answers within 30 working days.
 */
@Service
@Transactional(readOnly = true)
public class PermohonanService {

	static final int UKURAN_HALAMAN = 50;

	private final PermohonanRepository repository;
	private final PpidAkses akses;
	private final NomorPermohonan nomor;
	private final KabarPermohonan kabar;
	private final SuratPermohonan surat;
	private final HakAksesService hakAkses;
	private final Katalog katalog;
	private final OrganisasiDirectory organisasi;
	private final CurrentUser currentUser;
	private final WorkingCalendar calendar;
	private final PpidProperties properties;
	private final Audit audit;
	private final Clock clock;

	PermohonanService(PermohonanRepository repository, PpidAkses akses, NomorPermohonan nomor, KabarPermohonan kabar,
			SuratPermohonan surat, HakAksesService hakAkses, Katalog katalog, OrganisasiDirectory organisasi, CurrentUser currentUser,
			WorkingCalendar calendar, PpidProperties properties, Audit audit, Clock clock) {
		this.repository = repository;
		this.akses = akses;
		this.nomor = nomor;
		this.kabar = kabar;
		this.surat = surat;
		this.hakAkses = hakAkses;
		this.katalog = katalog;
		this.organisasi = organisasi;
		this.currentUser = currentUser;
		this.calendar = calendar;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- filing -------------------------------------------------------------------------------

	/** Files a request as the logged-in user; every field is checked before anything is stored. */
	@Transactional
	Permohonan ajukan(PermohonanForm f) {
		SatuDataUser user = currentUser.require();
		StubDataset stub = null;
		long organisasiId;
		if (f.getDataset() != null && !f.getDataset().isBlank()) {
			stub = katalog.stub(f.getDataset().strip())
				.orElseThrow(() -> new InvalidFieldException("dataset", "ppid.galat.datasetTidakDapatDimohon"));
			organisasiId = stub.organisasiId();
		}
		else {
			if (f.getOrganisasiId() == null || organisasi.organisasi(f.getOrganisasiId()).isEmpty()) {
				throw new InvalidFieldException("organisasiId", "ppid.galat.badanPublik");
			}
			organisasiId = f.getOrganisasiId();
		}
		JenisIdentitas jenis = Isian.pilihan("jenisIdentitas", f.getJenisIdentitas());
		Permohonan.Identitas identitas = new Permohonan.Identitas(Isian.wajib("nama", f.getNama(), 150), jenis,
				Isian.identitas("nomorIdentitas", jenis, f.getNomorIdentitas()), Isian.wajib("alamat", f.getAlamat(), 500),
				Isian.telepon("telepon", f.getTelepon()), Isian.surel("surel", f.getSurel()),
				Isian.opsional("pekerjaan", f.getPekerjaan(), 100));
		Permohonan.Isi isi = new Permohonan.Isi(Isian.wajib("rincian", f.getRincian(), 4000),
				Isian.wajib("tujuan", f.getTujuan(), 2000), Isian.pilihan("caraMemperoleh", f.getCaraMemperoleh()),
				Isian.pilihan("caraSalinan", f.getCaraSalinan()));
		if (!f.isPersetujuan()) {
			throw new InvalidFieldException("persetujuan", "ppid.galat.persetujuan");
		}
		Instant now = clock.instant();
		Permohonan p = repository.save(new Permohonan(nomor.berikutnya(NomorPermohonan.PERMOHONAN), organisasiId,
				stub == null ? null : stub.id(), stub == null ? null : stub.judul(), user.getId(), identitas, isi, now,
				calendar.plusWorkingDays(now, properties.batasJawab())));
		audit.record("ppid.diajukan", "Permohonan", p.getId(), p.getNomor()
				+ (stub == null ? ": informasi" : ": dataset " + stub.slug()));
		kabar.diajukan(p);
		return p;
	}

	// ---- the PPID's, the Walidata's and the requester's steps ----------------------------------

	/** Registration, forwarding, a view, an extension, withdrawal: the steps that need only a note. */
	@Transactional
	Permohonan jalankan(String nomorPermohonan, AksiPermohonan aksi, String catatan, Long version) {
		if (Set.of(AksiPermohonan.KABULKAN, AksiPermohonan.TOLAK, AksiPermohonan.AJUKAN_KEBERATAN,
				AksiPermohonan.TERIMA_KEBERATAN, AksiPermohonan.TOLAK_KEBERATAN).contains(aksi)) {
			throw new UserFacingException("ppid.galat.pakaiForm");
		}
		Permohonan p = untukLangkah(nomorPermohonan, version);
		String teks = Isian.opsional("catatan", catatan, 2000);
		StatusPermohonan dari = p.getStatus();
		StatusPermohonan ke = AlurPermohonan.jalankan(dari, aksi, akses.peran(p),
				new AlurPermohonan.Konteks(p.sudahDiperpanjang(), true, true), teks);
		Instant now = clock.instant();
		String oleh = currentUser.require().getNamaLengkap();
		switch (aksi) {
			case REGISTRASI -> p.registrasi(ke, nomor.berikutnya(NomorPermohonan.REGISTER), oleh, now);
			case TERUSKAN -> p.teruskan(ke, now);
			case BERI_PENDAPAT -> p.beriPendapat(ke, teks, oleh, now);
			case PERPANJANG -> p.perpanjang(ke, teks, calendar.plusWorkingDays(p.getTenggat(), properties.perpanjangan()),
					now);
			case BATALKAN -> p.batalkan(ke, now);
			default -> throw new IllegalStateException(aksi.name());
		}
		catat(p, aksi, dari, teks);
		switch (aksi) {
			case REGISTRASI -> kabar.kepadaPemohon(p, "ppid.notif.diregistrasi");
			case TERUSKAN -> kabar.diteruskan(p, akses.stubUntuk(p));
			case BERI_PENDAPAT -> kabar.pendapat(p);
			case PERPANJANG -> kabar.kepadaPemohon(p, "ppid.notif.diperpanjang");
			default -> {
			}
		}
		return p;
	}

	/**
	 * Grants the request. For a dataset, gives the requester access to its published releases until
	 * the end (WIB) of {@code sampai} (default: the configured length), no longer than the longest.
	 */
	@Transactional
	Permohonan kabulkan(String nomorPermohonan, String catatan, LocalDate sampai, Long version) {
		Permohonan p = untukLangkah(nomorPermohonan, version);
		String teks = Isian.opsional("catatan", catatan, 4000);
		StatusPermohonan dari = p.getStatus();
		StatusPermohonan ke = AlurPermohonan.jalankan(dari, AksiPermohonan.KABULKAN, akses.peran(p),
				AlurPermohonan.Konteks.BIASA, teks);
		Instant berakhir = p.getDatasetId() == null ? null : batasAkses("sampai", sampai);
		Instant now = clock.instant();
		String oleh = currentUser.require().getNamaLengkap();
		p.kabulkan(ke, teks, berakhir, oleh, now);
		beriAkses(p, berakhir, oleh);
		catat(p, AksiPermohonan.KABULKAN, dari, teks);
		kabar.kepadaPemohon(p, "ppid.notif.dikabulkan");
		return p;
	}

	/** Refuses the request with its exemption ground (Pasal 17) and the consequence test. */
	@Transactional
	Permohonan tolak(String nomorPermohonan, AlasanPengecualian alasan, String ujiKonsekuensi, Long version) {
		Permohonan p = untukLangkah(nomorPermohonan, version);
		String uji = Isian.opsional("ujiKonsekuensi", ujiKonsekuensi, 4000);
		StatusPermohonan dari = p.getStatus();
		StatusPermohonan ke = AlurPermohonan.jalankan(dari, AksiPermohonan.TOLAK, akses.peran(p),
				new AlurPermohonan.Konteks(p.sudahDiperpanjang(), true, alasan != null), uji);
		Instant now = clock.instant();
		p.tolak(ke, alasan, uji, currentUser.require().getNamaLengkap(), now,
				calendar.plusWorkingDays(now, properties.batasKeberatan()));
		catat(p, AksiPermohonan.TOLAK, dari, alasan + ": " + uji);
		kabar.kepadaPemohon(p, "ppid.notif.ditolak");
		return p;
	}

	/** The requester's objection to a refusal, within the objection period. */
	@Transactional
	Permohonan ajukanKeberatan(String nomorPermohonan, AlasanKeberatan alasan, String uraian, Long version) {
		Permohonan p = untukLangkah(nomorPermohonan, version);
		if (alasan == null) {
			throw new InvalidFieldException("alasanKeberatan", "validasi.wajib");
		}
		String teks = Isian.opsional("uraian", uraian, 4000);
		Instant now = clock.instant();
		StatusPermohonan dari = p.getStatus();
		boolean dalamBatas = p.getTenggatKeberatan() == null || now.isBefore(p.getTenggatKeberatan());
		StatusPermohonan ke = AlurPermohonan.jalankan(dari, AksiPermohonan.AJUKAN_KEBERATAN, akses.peran(p),
				new AlurPermohonan.Konteks(p.sudahDiperpanjang(), dalamBatas, true), teks);
		p.ajukanKeberatan(ke, alasan, teks, now, calendar.plusWorkingDays(now, properties.batasJawabKeberatan()));
		catat(p, AksiPermohonan.AJUKAN_KEBERATAN, dari, alasan + ": " + teks);
		kabar.keberatan(p);
		return p;
	}

	/** The superior's answer: upheld (the request is granted, with access for a dataset) or refused. */
	@Transactional
	Permohonan putusKeberatan(String nomorPermohonan, boolean terima, String tanggapan, LocalDate sampai, Long version) {
		Permohonan p = untukLangkah(nomorPermohonan, version);
		String teks = Isian.opsional("tanggapan", tanggapan, 4000);
		AksiPermohonan aksi = terima ? AksiPermohonan.TERIMA_KEBERATAN : AksiPermohonan.TOLAK_KEBERATAN;
		StatusPermohonan dari = p.getStatus();
		StatusPermohonan ke = AlurPermohonan.jalankan(dari, aksi, akses.peran(p), AlurPermohonan.Konteks.BIASA, teks);
		Instant berakhir = terima && p.getDatasetId() != null ? batasAkses("sampai", sampai) : null;
		String oleh = currentUser.require().getNamaLengkap();
		p.putusKeberatan(ke, teks, berakhir, oleh, clock.instant());
		if (terima) {
			beriAkses(p, berakhir, oleh);
		}
		catat(p, aksi, dari, teks);
		kabar.keberatanDiputus(p, terima ? "ppid.notif.keberatanDiterima" : "ppid.notif.keberatanDitolak");
		return p;
	}

	/** Revokes a grant of the request at once (the PPID, with a reason). */
	@Transactional
	HakAkses cabutAkses(String nomorPermohonan, long hakId, String alasan) {
		Permohonan p = akses.lihat(nomorPermohonan);
		if (!akses.peran(p).contains(PeranPermohonan.PPID)) {
			throw new org.springframework.security.access.AccessDeniedException("Not the PPID of this request");
		}
		String teks = Isian.wajib("alasan", alasan, 2000);
		HakAkses hak = hakAkses.cabut(p.getId(), p.getNomor(), hakId, currentUser.require().getNamaLengkap(), teks);
		kabar.kepadaPemohon(p, "ppid.notif.aksesDicabut");
		return hak;
	}

	private void beriAkses(Permohonan p, Instant berakhir, String oleh) {
		if (p.getDatasetId() == null) {
			return;
		}
		if (katalog.stubTerbatas(p.getDatasetId()).isEmpty()) {
			// no longer a published TERBATAS dataset (opened, closed or withdrawn): nothing to grant
			throw new UserFacingException(HttpStatus.CONFLICT, "ppid.galat.datasetBukanTerbatas");
		}
		hakAkses.beri(p.getId(), p.getNomor(), p.getPemohonId(), p.getDatasetId(), berakhir, oleh);
	}

	/** The end of access: the end of {@code sampai} in WIB, after today, within the longest grant. */
	private Instant batasAkses(String field, LocalDate sampai) {
		LocalDate hariIni = LocalDate.now(clock.withZone(calendar.zone()));
		LocalDate tanggal = sampai == null ? hariIni.plus(properties.masaAkses()) : sampai;
		if (!tanggal.isAfter(hariIni)) {
			throw new InvalidFieldException(field, "ppid.galat.sampaiLampau");
		}
		if (tanggal.isAfter(hariIni.plus(properties.masaAksesMaks()))) {
			throw new InvalidFieldException(field, "ppid.galat.sampaiTerlaluLama", hariIni.plus(properties.masaAksesMaks()));
		}
		return ZonedDateTime.of(tanggal.plusDays(1).atStartOfDay(), calendar.zone()).toInstant();
	}

	// ---- reading ------------------------------------------------------------------------------

	Permohonan lihat(String nomorPermohonan) {
		return akses.lihat(nomorPermohonan);
	}

	Set<PeranPermohonan> peran(Permohonan p) {
		return akses.peran(p);
	}

	boolean bolehLihatDataPribadi(Permohonan p) {
		return akses.bolehLihatDataPribadi(akses.peran(p));
	}

	Set<AksiPermohonan> aksiTersedia(Permohonan p) {
		return AlurPermohonan.aksiTersedia(p.getStatus(), akses.peran(p));
	}

	List<Permohonan> milikSaya() {
		return repository.findByPemohonIdOrderByDiajukanPadaDesc(currentUser.require().getId());
	}

	/** One page of the register book the user reads. */
	Page<Permohonan> register(int halaman) {
		Set<Long> org = akses.organisasiTerlihat();
		Set<Long> dataset = akses.datasetTerlihat();
		PageRequest page = PageRequest.of(Math.max(0, halaman), UKURAN_HALAMAN);
		if (org.isEmpty() && dataset.isEmpty()) {
			return Page.empty(page);
		}
		return repository.register(org.isEmpty() ? Set.of(-1L) : org, dataset.isEmpty() ? Set.of(-1L) : dataset, page);
	}

	/** The written notice of the decision (PDF); it names the requester, so only those who see personal data get it. */
	byte[] surat(String nomorPermohonan) {
		Permohonan p = akses.lihat(nomorPermohonan);
		if (!bolehLihatDataPribadi(p)) {
			throw new org.springframework.security.access.AccessDeniedException("Not for those asked a view");
		}
		return surat.surat(p);
	}

	List<HakAkses> hakAkses(Permohonan p) {
		return hakAkses.milikPermohonan(p.getId());
	}

	StubDataset stub(Permohonan p) {
		return akses.stubUntuk(p);
	}

	// ---- rules --------------------------------------------------------------------------------

	private Permohonan untukLangkah(String nomorPermohonan, Long version) {
		Permohonan p = akses.lihat(nomorPermohonan);
		if (version != null && version != p.getVersion()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
		return p;
	}

	private void catat(Permohonan p, AksiPermohonan aksi, StatusPermohonan dari, String catatan) {
		audit.record("ppid." + aksi.name().toLowerCase(java.util.Locale.ROOT), "Permohonan", p.getId(),
				p.getNomor() + ": " + dari + " → " + p.getStatus() + (catatan == null ? "" : " (" + catatan + ")"));
	}

	static String tautanKelola(String nomor) {
		return "/kelola/ppid/" + nomor;
	}

	static String tautanSaya(String nomor) {
		return "/kelola/permohonan-saya/" + nomor;
	}

}
