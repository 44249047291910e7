package id.satudata.layanan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.notifikasi.Notifikasi;
import id.satudata.notifikasi.Pemberitahuan;
import id.satudata.notifikasi.Penerima;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.Peran;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;
import id.satudata.standar.JenisMetadata;
import id.satudata.standar.Kelengkapan;
import id.satudata.standar.MetadataStatistik;
import id.satudata.standar.MetadataView;
import id.satudata.standar.PemilikRef;

/**
 * Requests for a recommendation of a sectoral statistical activity: the agency fills the letter's
 * fields (1)–(8), the activity's design as an MS-Keg (module {@code standar}, blocks I–VII, owned
 * by this request through {@link PemilikRekomendasi}) and uploads the questionnaire; submits a
 * complete file, which starts the Pembina Data's 30 working days; the Pembina Data examines it with
 * the checklist and returns it with notes or declares it layak, which issues the recommendation
 * letter (stored as issued) and sets the number on the MS-Keg.
 */
@Service
@Transactional(readOnly = true)
class RekomendasiService {

	static final String PEMILIK = "REKOMENDASI";
	static final List<String> BLOK = List.of("I", "II", "III", "IV", "V", "VI", "VII");

	private final RekomendasiRepository repository;
	private final RekomendasiAkses akses;
	private final MetadataStatistik metadata;
	private final BerkasLayanan berkas;
	private final TiketLayanan tiket;
	private final SuratRekomendasi surat;
	private final Notifikasi notifikasi;
	private final OrganisasiDirectory organisasi;
	private final CurrentUser currentUser;
	private final WorkingCalendar calendar;
	private final LayananProperties properties;
	private final Audit audit;
	private final Clock clock;

	RekomendasiService(RekomendasiRepository repository, RekomendasiAkses akses, MetadataStatistik metadata,
			BerkasLayanan berkas, TiketLayanan tiket, SuratRekomendasi surat, Notifikasi notifikasi,
			OrganisasiDirectory organisasi, CurrentUser currentUser, WorkingCalendar calendar,
			LayananProperties properties, Audit audit, Clock clock) {
		this.repository = repository;
		this.akses = akses;
		this.metadata = metadata;
		this.berkas = berkas;
		this.tiket = tiket;
		this.surat = surat;
		this.notifikasi = notifikasi;
		this.organisasi = organisasi;
		this.currentUser = currentUser;
		this.calendar = calendar;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- the agency's file -------------------------------------------------------------------

	/** A new request (draft) of a producer unit, with its letter and an empty MS-Keg of the activity. */
	@Transactional
	Rekomendasi buat(RekomendasiForm form) {
		if (form.getPemohonUnitId() == null) {
			throw new InvalidFieldException("pemohonUnitId", "validasi.wajib");
		}
		UnitRef unit = akses.unitPemohon().stream().filter(u -> u.id() == form.getPemohonUnitId()).findFirst()
			.orElseThrow(() -> new AccessDeniedException("Not a Produsen Data or Walidata Pendukung of this unit"));
		Surat s = surat(form);
		SatuDataUser user = currentUser.require();
		Instant now = clock.instant();
		Rekomendasi r = repository.save(new Rekomendasi(tiket.nomor(NomorTiket.REKOMENDASI), unit.organisasiId(),
				unit.id(), user.getId(), user.getNamaLengkap(), s.judul(), now));
		r.ubahSurat(s.lokasi(), s.tanggal(), s.nomor(), s.unit(), s.judul(), s.jabatan(), s.nama(), s.tembusan(), now);
		int tahun = s.tanggal() == null ? LocalDate.now(clock.withZone(calendar.zone())).getYear() : s.tanggal().getYear();
		MetadataView ms = metadata.buat(JenisMetadata.MS_KEGIATAN, PemilikRef.of(PEMILIK, r.getId()), tahun, s.judul());
		r.hubungkanMsKeg(ms.id(), now);
		jejak(r, "DIBUAT", null, null, null);
		audit.record("rekomendasi.dibuat", "Rekomendasi", r.getId(), r.getNomor() + ": " + s.judul() + " (" + unit.nama() + ")");
		return r;
	}

	@Transactional
	Rekomendasi ubahSurat(String nomor, RekomendasiForm form) {
		Rekomendasi r = lihat(nomor);
		wajibUbah(r);
		Surat s = surat(form);
		r.ubahSurat(s.lokasi(), s.tanggal(), s.nomor(), s.unit(), s.judul(), s.jabatan(), s.nama(), s.tembusan(),
				clock.instant());
		audit.record("rekomendasi.suratDiubah", "Rekomendasi", r.getId(), r.getNomor() + ": " + s.judul());
		return r;
	}

	/** Uploads the questionnaire (replacing an earlier one). */
	@Transactional
	Rekomendasi unggahKuesioner(String nomor, BerkasMasuk file) {
		Rekomendasi r = lihat(nomor);
		wajibUbah(r);
		if (file == null || file.ukuran() <= 0) {
			throw new InvalidFieldException("kuesioner", "rekomendasi.galat.tanpaKuesioner");
		}
		berkas.periksa(List.of(file), "kuesioner", BerkasLayanan.KUESIONER);
		kuesioner(r).forEach(berkas::hapus);
		berkas.simpan(RiwayatLayanan.REKOMENDASI, r.getId(), LampiranLayanan.KUESIONER, List.of(file),
				currentUser.actorName());
		audit.record("rekomendasi.kuesionerDiunggah", "Rekomendasi", r.getId(), r.getNomor() + ": "
				+ BerkasLayanan.namaAman(file.namaAsli()));
		return r;
	}

	/** Where the MS-Keg is edited, with a link back to the request (created first, if it was lost). */
	@Transactional
	String tautanMsKeg(String nomor) {
		Rekomendasi r = lihat(nomor);
		if (r.getMsKegId() == null || metadata.baca(r.getMsKegId()).isEmpty()) {
			wajibUbah(r);
			int tahun = r.getTanggalSurat() == null ? LocalDate.now(clock.withZone(calendar.zone())).getYear()
					: r.getTanggalSurat().getYear();
			r.hubungkanMsKeg(metadata.buat(JenisMetadata.MS_KEGIATAN, PemilikRef.of(PEMILIK, r.getId()), tahun,
					r.getJudulKegiatan()).id(), clock.instant());
		}
		return metadata.tautanEditor(r.getMsKegId(), tautan(nomor));
	}

	/** What is still missing before the file may be submitted. */
	record KelengkapanBerkas(boolean surat, boolean kuesioner, Kelengkapan msKeg) {

		public boolean lengkap() {
			return surat && kuesioner && msKeg != null && msKeg.lengkap();
		}

	}

	KelengkapanBerkas kelengkapan(Rekomendasi r) {
		// the header and blocks I–VII: the blocks this owner uses (PemilikRekomendasi.blok)
		Kelengkapan k = r.getMsKegId() == null ? null : metadata.kelengkapan(r.getMsKegId());
		return new KelengkapanBerkas(r.suratLengkap(), !kuesioner(r).isEmpty(), k);
	}

	// ---- the steps ------------------------------------------------------------------------------

	@Transactional
	Rekomendasi jalankan(String nomor, AksiRekomendasi aksi, String catatan, Long version) {
		if (aksi == AksiRekomendasi.NYATAKAN_LAYAK) {
			throw new UserFacingException("rekomendasi.galat.pakaiFormKeputusan");
		}
		Rekomendasi r = lihat(nomor);
		versi(r, version);
		String teks = Isian.opsional("catatan", catatan, 4000);
		StatusRekomendasi dari = r.getStatus();
		Set<PeranRekomendasi> peran = akses.peran(r);
		boolean lengkap = aksi != AksiRekomendasi.AJUKAN || kelengkapan(r).lengkap();
		AlurRekomendasi.jalankan(dari, aksi, peran, new AlurRekomendasi.Konteks(lengkap, r.semuaButirTerpenuhi()), teks);
		SatuDataUser user = currentUser.require();
		Instant now = clock.instant();
		switch (aksi) {
			case AJUKAN -> r.ajukan(now, properties.rekomendasi().batas().tenggat(calendar, now));
			case PERIKSA -> r.periksa(user.getId(), user.getNamaLengkap(), now);
			case KEMBALIKAN -> r.kembalikan(teks, user.getId(), user.getNamaLengkap(), now);
			case BATALKAN -> r.batalkan(now);
			case NYATAKAN_LAYAK -> throw new IllegalStateException();
		}
		jejak(r, aksi.name(), dari, teks, null);
		audit.record("rekomendasi." + switch (aksi) {
			case AJUKAN -> "diajukan";
			case PERIKSA -> "diperiksa";
			case KEMBALIKAN -> "dikembalikan";
			default -> "dibatalkan";
		}, "Rekomendasi", r.getId(), r.getNomor() + ": " + dari + " → " + r.getStatus());
		if (aksi == AksiRekomendasi.AJUKAN) {
			List<Penerima> kepada = new ArrayList<>(pembina(r));
			kepada.add(Penerima.peran(Peran.KEPALA_DINAS, r.getOrganisasiId()));
			notifikasi.kirim(kepada, Pemberitahuan.of(KabarLayanan.JENIS, "rekomendasi.notif.diajukan", tautan(nomor),
					r.getNomor(), r.getJudulKegiatan()));
		}
		else if (aksi == AksiRekomendasi.KEMBALIKAN) {
			notifikasi.kirim(pemohon(r), Pemberitahuan.of(KabarLayanan.JENIS, "rekomendasi.notif.dikembalikan",
					tautan(nomor), r.getNomor(), r.getJudulKegiatan()));
		}
		return r;
	}

	/** The Pembina Data's checklist, item by item (met or not, with a note). */
	@Transactional
	Rekomendasi simpanPemeriksaan(String nomor, Map<ButirPemeriksaan, Boolean> terpenuhi,
			Map<ButirPemeriksaan, String> catatan) {
		Rekomendasi r = lihat(nomor);
		if (!akses.peran(r).contains(PeranRekomendasi.PEMBINA)) {
			throw new AccessDeniedException("Not the Pembina Data of this request");
		}
		if (r.getStatus() != StatusRekomendasi.DIPERIKSA) {
			throw new UserFacingException(HttpStatus.CONFLICT, "rekomendasi.galat.belumDiperiksa");
		}
		List<HasilButir> hasil = new ArrayList<>();
		for (ButirPemeriksaan b : ButirPemeriksaan.values()) {
			hasil.add(new HasilButir(b, Boolean.TRUE.equals(terpenuhi.get(b)),
					Isian.opsional("catatan_" + b.name(), catatan.get(b), 1000)));
		}
		r.isiButir(hasil, clock.instant());
		audit.record("rekomendasi.pemeriksaanDisimpan", "Rekomendasi", r.getId(), r.getNomor() + ": "
				+ hasil.stream().filter(HasilButir::isTerpenuhi).count() + "/" + hasil.size() + " butir terpenuhi");
		return r;
	}

	/** Declares the request layak: issues the recommendation letter with its number and sets it on the MS-Keg. */
	@Transactional
	Rekomendasi nyatakanLayak(String nomor, KeputusanForm form, Long version) {
		Rekomendasi r = lihat(nomor);
		versi(r, version);
		String nomorRek = Isian.wajib("nomorRekomendasi", form.getNomorRekomendasi(), 100);
		String lokasi = Isian.wajib("lokasiPenetapan", form.getLokasiPenetapan(), 100);
		LocalDate tanggal = tanggal("tanggalRekomendasi", form.getTanggalRekomendasi());
		if (tanggal == null) {
			throw new InvalidFieldException("tanggalRekomendasi", "validasi.wajib");
		}
		String saran = Isian.wajib("saran", form.getSaran(), 4000);
		String jabatan = Isian.wajib("jabatanPenetap", form.getJabatanPenetap(), 200);
		String nama = Isian.wajib("namaPenetap", form.getNamaPenetap(), 150);
		StatusRekomendasi dari = r.getStatus();
		AlurRekomendasi.jalankan(dari, AksiRekomendasi.NYATAKAN_LAYAK, akses.peran(r),
				new AlurRekomendasi.Konteks(true, r.semuaButirTerpenuhi()), null);
		if (repository.existsByNomorRekomendasi(nomorRek)) {
			throw new InvalidFieldException("nomorRekomendasi", "rekomendasi.galat.nomorSudahAda", nomorRek);
		}
		SatuDataUser user = currentUser.require();
		Instant now = clock.instant();
		r.tetapkan(nomorRek, lokasi, tanggal, saran, jabatan, nama, user.getId(), user.getNamaLengkap(), now);
		r.simpanSurat(berkas.simpanDokumen(surat.rekomendasi(r)));
		if (r.getMsKegId() != null) {
			metadata.tetapkanRekomendasi(r.getMsKegId(), nomorRek);
		}
		jejak(r, AksiRekomendasi.NYATAKAN_LAYAK.name(), dari, saran, null);
		audit.record("rekomendasi.ditetapkan", "Rekomendasi", r.getId(), r.getNomor() + ": layak, nomor " + nomorRek);
		List<Penerima> kepada = new ArrayList<>(pemohon(r));
		kepada.add(Penerima.peran(Peran.KEPALA_DINAS, r.getOrganisasiId()));
		notifikasi.kirim(kepada, Pemberitahuan.of(KabarLayanan.JENIS, "rekomendasi.notif.layak", tautan(nomor),
				r.getNomor(), r.getJudulKegiatan(), nomorRek));
		return r;
	}

	/** The proposed number of the next recommendation letter (the Pembina Data may change it). */
	String usulNomor(Rekomendasi r) {
		int tahun = LocalDate.now(clock.withZone(calendar.zone())).getYear();
		long urut = repository.jumlahTerbit(r.getOrganisasiId(), LocalDate.of(tahun, 1, 1), LocalDate.of(tahun + 1, 1, 1)) + 1;
		String wilayah = organisasi.organisasi(r.getOrganisasiId()).map(o -> o.kodeWilayah().replace(".", "")).orElse("");
		return properties.rekomendasi().formatNomor().replace("{urut}", String.format("%04d", urut))
			.replace("{tahun}", String.valueOf(tahun)).replace("{wilayah}", wilayah);
	}

	/** Warnings for requests past the Pembina Data's limit (inside the caller's transaction). */
	int periksaTenggat(Instant sekarang) {
		int n = 0;
		for (Rekomendasi r : repository.findByStatusIn(EnumSet.of(StatusRekomendasi.DIAJUKAN, StatusRekomendasi.DIPERIKSA))) {
			if (r.getTenggat() != null && r.getTenggat().isBefore(sekarang)) {
				List<Penerima> kepada = new ArrayList<>(pembina(r));
				kepada.add(Penerima.peran(Peran.KEPALA_DINAS, r.getOrganisasiId()));
				if (notifikasi.kirimSekali("rekomendasi:" + r.getId() + ":" + r.getTenggat().getEpochSecond() + ":terlambat",
						kepada, Pemberitahuan.of(KabarLayanan.JENIS, "rekomendasi.notif.terlambat", tautan(r.getNomor()),
								r.getNomor(), r.getJudulKegiatan()))) {
					n++;
				}
			}
		}
		return n;
	}

	// ---- reading ----------------------------------------------------------------------------

	Rekomendasi lihat(String nomor) {
		Rekomendasi r = repository.findByNomor(nomor).orElseThrow(() -> new NotFoundException("rekomendasi.galat.tidakAda"));
		if (!akses.bolehLihat(r)) {
			throw new AccessDeniedException("May not see this recommendation request");
		}
		return r;
	}

	Rekomendasi lihat(long id) {
		return lihat(repository.findById(id).orElseThrow(() -> new NotFoundException("rekomendasi.galat.tidakAda")).getNomor());
	}

	List<Rekomendasi> daftar() {
		Set<Long> unit = akses.unitTerlihat();
		Set<Long> org = akses.organisasiTerlihat();
		if (unit.isEmpty() && org.isEmpty()) {
			return List.of();
		}
		return repository.untuk(unit.isEmpty() ? Set.of(-1L) : unit, org.isEmpty() ? Set.of(-1L) : org).stream()
			.filter(akses::bolehLihat).toList();
	}

	Set<AksiRekomendasi> aksiTersedia(Rekomendasi r) {
		return AlurRekomendasi.aksiTersedia(r.getStatus(), akses.peran(r));
	}

	List<LampiranLayanan> kuesioner(Rekomendasi r) {
		return berkas.daftar(RiwayatLayanan.REKOMENDASI, r.getId()).stream()
			.filter(l -> LampiranLayanan.KUESIONER.equals(l.getJenis())).toList();
	}

	byte[] pdfPermohonan(String nomor) {
		return surat.permohonan(lihat(nomor));
	}

	byte[] pdfRekomendasi(String nomor) {
		Rekomendasi r = lihat(nomor);
		if (r.getSuratRekomendasiKey() == null) {
			throw new NotFoundException("rekomendasi.galat.belumTerbit");
		}
		return berkas.bacaDokumen(r.getSuratRekomendasiKey());
	}

	byte[] pdfMsKeg(String nomor) {
		Rekomendasi r = lihat(nomor);
		if (r.getMsKegId() == null) {
			throw new NotFoundException("rekomendasi.galat.tidakAda");
		}
		return metadata.pdf(r.getMsKegId());
	}

	// ---- rules --------------------------------------------------------------------------------

	private void wajibUbah(Rekomendasi r) {
		if (!akses.peran(r).contains(PeranRekomendasi.PEMOHON)) {
			throw new AccessDeniedException("Not the requesting unit");
		}
		if (!r.getStatus().dapatDiubah()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "rekomendasi.galat.tidakDapatDiubah");
		}
	}

	private void versi(Rekomendasi r, Long version) {
		if (version != null && version != r.getVersion()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
	}

	private record Surat(String lokasi, LocalDate tanggal, String nomor, String unit, String judul, String jabatan,
			String nama, String tembusan) {
	}

	/** The letter's fields: the title (5) is required to start; the others are required to submit. */
	private static Surat surat(RekomendasiForm f) {
		return new Surat(Isian.opsional("lokasi", f.getLokasi(), 100), tanggal("tanggalSurat", f.getTanggalSurat()),
				Isian.opsional("nomorSurat", f.getNomorSurat(), 100),
				Isian.opsional("unitPenyelenggara", f.getUnitPenyelenggara(), 200),
				Isian.wajib("judulKegiatan", f.getJudulKegiatan(), 300),
				Isian.opsional("jabatanPenandatangan", f.getJabatanPenandatangan(), 200),
				Isian.opsional("namaPenandatangan", f.getNamaPenandatangan(), 150),
				Isian.opsional("tembusan", f.getTembusan(), 1000));
	}

	private static LocalDate tanggal(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException(field, "rekomendasi.galat.tanggal");
		}
	}

	private List<Penerima> pembina(Rekomendasi r) {
		return akses.unitPembina(r.getOrganisasiId())
			.map(u -> List.<Penerima>of(Penerima.peranUnit(Peran.PEMBINA_DATA, r.getOrganisasiId(), u.id())))
			.orElse(List.of());
	}

	private List<Penerima> pemohon(Rekomendasi r) {
		return List.of(Penerima.pengguna(r.getPembuatId()),
				Penerima.peranUnit(Peran.PRODUSEN_DATA, r.getOrganisasiId(), r.getPemohonUnitId()));
	}

	private void jejak(Rekomendasi r, String aksi, StatusRekomendasi dari, String catatan, Integer sasaran) {
		tiket.jejak(new JejakLayanan.Langkah(RiwayatLayanan.REKOMENDASI, r.getId(), aksi, dari == null ? null : dari.name(),
				r.getStatus().name(), null, null, catatan, true, null, sasaran));
	}

	static String tautan(String nomor) {
		return "/kelola/rekomendasi/" + nomor;
	}

}
