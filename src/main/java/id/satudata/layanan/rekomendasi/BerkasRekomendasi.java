package id.satudata.layanan.rekomendasi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.layanan.internal.Isian;
import id.satudata.layanan.tiket.BerkasLayanan;
import id.satudata.layanan.tiket.BerkasMasuk;
import id.satudata.layanan.tiket.JejakLayanan;
import id.satudata.layanan.tiket.LampiranLayanan;
import id.satudata.layanan.tiket.NomorTiket;
import id.satudata.layanan.tiket.RiwayatLayanan;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.UserFacingException;
import id.satudata.standar.JenisMetadata;
import id.satudata.standar.Kelengkapan;
import id.satudata.standar.MetadataStatistik;
import id.satudata.standar.PemilikRef;

/**
 * The agency's file of a recommendation request: a new request (draft) with the letter's fields
 * (1)–(8), the activity's design as an MS-Keg (module {@code standar}, blocks I–VII, owned by the
 * request through {@link PemilikRekomendasi}) and the questionnaire; changed while it may be (a
 * draft, or returned for correction); complete before it may be submitted.
 */
@Service
@Transactional(readOnly = true)
class BerkasRekomendasi {

	static final String PEMILIK = "REKOMENDASI";
	static final List<String> BLOK = List.of("I", "II", "III", "IV", "V", "VI", "VII");

	/** What is still missing before the file may be submitted. */
	record KelengkapanBerkas(boolean surat, boolean kuesioner, Kelengkapan msKeg) {

		public boolean lengkap() {
			return surat && kuesioner && msKeg != null && msKeg.lengkap();
		}

	}

	private final RekomendasiRepository repository;
	private final RekomendasiAkses akses;
	private final MetadataStatistik metadata;
	private final BerkasLayanan berkas;
	private final NomorTiket nomor;
	private final JejakLayanan jejak;
	private final CurrentUser currentUser;
	private final WorkingCalendar calendar;
	private final Audit audit;
	private final Clock clock;

	BerkasRekomendasi(RekomendasiRepository repository, RekomendasiAkses akses, MetadataStatistik metadata,
			BerkasLayanan berkas, NomorTiket nomor, JejakLayanan jejak, CurrentUser currentUser, WorkingCalendar calendar,
			Audit audit, Clock clock) {
		this.repository = repository;
		this.akses = akses;
		this.metadata = metadata;
		this.berkas = berkas;
		this.nomor = nomor;
		this.jejak = jejak;
		this.currentUser = currentUser;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new request (draft) of a producer unit, with its letter and an empty MS-Keg of the activity. */
	@Transactional
	Rekomendasi buat(RekomendasiForm form) {
		if (form.getPemohonUnitId() == null) {
			throw new InvalidFieldException("pemohonUnitId", "validasi.wajib");
		}
		UnitRef unit = akses.unitPemohon().stream().filter(u -> u.id() == form.getPemohonUnitId()).findFirst()
			.orElseThrow(() -> new AccessDeniedException("Not a Produsen Data or Walidata Pendukung of this unit"));
		Rekomendasi.Surat s = surat(form);
		SatuDataUser user = currentUser.require();
		Instant now = clock.instant();
		Rekomendasi r = repository.save(new Rekomendasi(nomor.berikutnya(NomorTiket.REKOMENDASI), unit.organisasiId(),
				unit.id(), user.getId(), user.getNamaLengkap(), s.judul(), now));
		r.ubahSurat(s, now);
		r.hubungkanMsKeg(msKegBaru(r), now);
		jejak.catat(new JejakLayanan.Langkah(RiwayatLayanan.REKOMENDASI, r.getId(), "DIBUAT", null, r.getStatus().name(),
				null, null, null, true, null, null));
		audit.record("rekomendasi.dibuat", "Rekomendasi", r.getId(), r.getNomor() + ": " + s.judul() + " (" + unit.nama() + ")");
		return r;
	}

	@Transactional
	Rekomendasi ubahSurat(String n, RekomendasiForm form) {
		Rekomendasi r = untukDiubah(n);
		Rekomendasi.Surat s = surat(form);
		r.ubahSurat(s, clock.instant());
		audit.record("rekomendasi.suratDiubah", "Rekomendasi", r.getId(), r.getNomor() + ": " + s.judul());
		return r;
	}

	/** Uploads the questionnaire (replacing an earlier one). */
	@Transactional
	Rekomendasi unggahKuesioner(String n, BerkasMasuk file) {
		Rekomendasi r = untukDiubah(n);
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
	String tautanMsKeg(String n) {
		Rekomendasi r = akses.lihat(n);
		if (r.getMsKegId() == null || metadata.baca(r.getMsKegId()).isEmpty()) {
			wajibUbah(r);
			r.hubungkanMsKeg(msKegBaru(r), clock.instant());
		}
		return metadata.tautanEditor(r.getMsKegId(), RekomendasiService.tautan(n));
	}

	KelengkapanBerkas kelengkapan(Rekomendasi r) {
		// the header and blocks I–VII: the blocks this owner uses (PemilikRekomendasi.blok)
		Kelengkapan k = r.getMsKegId() == null ? null : metadata.kelengkapan(r.getMsKegId());
		return new KelengkapanBerkas(r.suratLengkap(), !kuesioner(r).isEmpty(), k);
	}

	List<LampiranLayanan> kuesioner(Rekomendasi r) {
		return berkas.daftar(RiwayatLayanan.REKOMENDASI, r.getId()).stream()
			.filter(l -> LampiranLayanan.KUESIONER.equals(l.getJenis())).toList();
	}

	/** The request, if the user is its requesting unit and it may still be changed. */
	private Rekomendasi untukDiubah(String n) {
		Rekomendasi r = akses.lihat(n);
		wajibUbah(r);
		return r;
	}

	private void wajibUbah(Rekomendasi r) {
		if (!akses.peran(r).contains(PeranRekomendasi.PEMOHON)) {
			throw new AccessDeniedException("Not the requesting unit");
		}
		if (!r.getStatus().dapatDiubah()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "rekomendasi.galat.tidakDapatDiubah");
		}
	}

	/** An empty MS-Keg of the activity, for the letter's year. */
	private long msKegBaru(Rekomendasi r) {
		int tahun = r.getTanggalSurat() == null ? LocalDate.now(clock.withZone(calendar.zone())).getYear()
				: r.getTanggalSurat().getYear();
		return metadata.buat(JenisMetadata.MS_KEGIATAN, PemilikRef.of(PEMILIK, r.getId()), tahun, r.getJudulKegiatan()).id();
	}

	/** The letter's fields: the title (5) is required to start; the others are required to submit. */
	private static Rekomendasi.Surat surat(RekomendasiForm f) {
		return new Rekomendasi.Surat(Isian.opsional("lokasi", f.getLokasi(), 100), tanggal("tanggalSurat", f.getTanggalSurat()),
				Isian.opsional("nomorSurat", f.getNomorSurat(), 100),
				Isian.opsional("unitPenyelenggara", f.getUnitPenyelenggara(), 200),
				Isian.wajib("judulKegiatan", f.getJudulKegiatan(), 300),
				Isian.opsional("jabatanPenandatangan", f.getJabatanPenandatangan(), 200),
				Isian.opsional("namaPenandatangan", f.getNamaPenandatangan(), 150),
				Isian.opsional("tembusan", f.getTembusan(), 1000));
	}

	static LocalDate tanggal(String field, String value) {
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

}
