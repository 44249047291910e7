package id.satudata.layanan.rekomendasi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.layanan.internal.Isian;
import id.satudata.layanan.internal.LayananProperties;
import id.satudata.layanan.tiket.BerkasLayanan;
import id.satudata.layanan.tiket.JejakLayanan;
import id.satudata.layanan.tiket.RiwayatLayanan;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;
import id.satudata.standar.MetadataStatistik;

/**
 * The steps of a recommendation request and reading it: the agency submits a complete file
 * ({@link BerkasRekomendasi}), which starts the Pembina Data's 30 working days; the Pembina Data
 * examines it with the checklist and returns it with notes or declares it layak, which issues the
 * recommendation letter (stored as issued) and sets the number on the MS-Keg. Every step is decided
 * by {@link AlurRekomendasi} and applied by the request as decided, written to its history, audited
 * and notified ({@link KabarRekomendasi}).
 */
@Service
@Transactional(readOnly = true)
class RekomendasiService {

	/** Requests on one page of the list. */
	static final int UKURAN_HALAMAN = 100;

	private final RekomendasiRepository repository;
	private final RekomendasiAkses akses;
	private final BerkasRekomendasi berkasRekomendasi;
	private final KabarRekomendasi kabar;
	private final SuratRekomendasi surat;
	private final MetadataStatistik metadata;
	private final BerkasLayanan berkas;
	private final JejakLayanan jejak;
	private final OrganisasiDirectory organisasi;
	private final CurrentUser currentUser;
	private final WorkingCalendar calendar;
	private final LayananProperties properties;
	private final Audit audit;
	private final Clock clock;

	RekomendasiService(RekomendasiRepository repository, RekomendasiAkses akses, BerkasRekomendasi berkasRekomendasi,
			KabarRekomendasi kabar, SuratRekomendasi surat, MetadataStatistik metadata, BerkasLayanan berkas,
			JejakLayanan jejak, OrganisasiDirectory organisasi, CurrentUser currentUser, WorkingCalendar calendar,
			LayananProperties properties, Audit audit, Clock clock) {
		this.repository = repository;
		this.akses = akses;
		this.berkasRekomendasi = berkasRekomendasi;
		this.kabar = kabar;
		this.surat = surat;
		this.metadata = metadata;
		this.berkas = berkas;
		this.jejak = jejak;
		this.organisasi = organisasi;
		this.currentUser = currentUser;
		this.calendar = calendar;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- the steps ------------------------------------------------------------------------------

	@Transactional
	Rekomendasi jalankan(String nomor, AksiRekomendasi aksi, String catatan, Long version) {
		if (aksi == AksiRekomendasi.NYATAKAN_LAYAK) {
			throw new UserFacingException("rekomendasi.galat.pakaiFormKeputusan");
		}
		Rekomendasi r = untukLangkah(nomor, version);
		String teks = Isian.opsional("catatan", catatan, 4000);
		StatusRekomendasi dari = r.getStatus();
		boolean lengkap = aksi != AksiRekomendasi.AJUKAN || berkasRekomendasi.kelengkapan(r).lengkap();
		StatusRekomendasi ke = AlurRekomendasi.jalankan(dari, aksi, akses.peran(r),
				new AlurRekomendasi.Konteks(lengkap, r.semuaButirTerpenuhi()), teks);
		SatuDataUser user = currentUser.require();
		Instant now = clock.instant();
		switch (aksi) {
			case AJUKAN -> r.ajukan(ke, now, properties.rekomendasi().batas().tenggat(calendar, now));
			case PERIKSA -> r.periksa(ke, user.getId(), user.getNamaLengkap(), now);
			case KEMBALIKAN -> r.kembalikan(ke, teks, user.getId(), user.getNamaLengkap(), now);
			case BATALKAN -> r.batalkan(ke, now);
			case NYATAKAN_LAYAK -> throw new IllegalStateException();
		}
		catat(r, aksi, dari, teks);
		if (aksi == AksiRekomendasi.AJUKAN) {
			kabar.diajukan(r);
		}
		else if (aksi == AksiRekomendasi.KEMBALIKAN) {
			kabar.dikembalikan(r);
		}
		return r;
	}

	/** The Pembina Data's checklist, item by item (met or not, with a note). */
	@Transactional
	Rekomendasi simpanPemeriksaan(String nomor, Map<ButirPemeriksaan, Boolean> terpenuhi,
			Map<ButirPemeriksaan, String> catatan) {
		Rekomendasi r = akses.lihat(nomor);
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
		Rekomendasi r = untukLangkah(nomor, version);
		Rekomendasi.Keputusan keputusan = keputusan(form);
		StatusRekomendasi dari = r.getStatus();
		StatusRekomendasi ke = AlurRekomendasi.jalankan(dari, AksiRekomendasi.NYATAKAN_LAYAK, akses.peran(r),
				new AlurRekomendasi.Konteks(true, r.semuaButirTerpenuhi()), null);
		if (repository.existsByNomorRekomendasi(keputusan.nomor())) {
			throw new InvalidFieldException("nomorRekomendasi", "rekomendasi.galat.nomorSudahAda", keputusan.nomor());
		}
		SatuDataUser user = currentUser.require();
		r.tetapkan(ke, keputusan, user.getId(), user.getNamaLengkap(), clock.instant());
		r.simpanSurat(berkas.simpanDokumen(surat.rekomendasi(r)));
		if (r.getMsKegId() != null) {
			metadata.tetapkanRekomendasi(r.getMsKegId(), keputusan.nomor());
		}
		catat(r, AksiRekomendasi.NYATAKAN_LAYAK, dari, keputusan.saran());
		kabar.layak(r);
		return r;
	}

	/** The decision's fields, each required. */
	private static Rekomendasi.Keputusan keputusan(KeputusanForm form) {
		String nomor = Isian.wajib("nomorRekomendasi", form.getNomorRekomendasi(), 100);
		String lokasi = Isian.wajib("lokasiPenetapan", form.getLokasiPenetapan(), 100);
		LocalDate tanggal = BerkasRekomendasi.tanggal("tanggalRekomendasi", form.getTanggalRekomendasi());
		if (tanggal == null) {
			throw new InvalidFieldException("tanggalRekomendasi", "validasi.wajib");
		}
		return new Rekomendasi.Keputusan(nomor, lokasi, tanggal, Isian.wajib("saran", form.getSaran(), 4000),
				Isian.wajib("jabatanPenetap", form.getJabatanPenetap(), 200),
				Isian.wajib("namaPenetap", form.getNamaPenetap(), 150));
	}

	/** The proposed number of the next recommendation letter (the Pembina Data may change it). */
	String usulNomor(Rekomendasi r) {
		int tahun = LocalDate.now(clock.withZone(calendar.zone())).getYear();
		long urut = repository.jumlahTerbit(r.getOrganisasiId(), LocalDate.of(tahun, 1, 1), LocalDate.of(tahun + 1, 1, 1)) + 1;
		String wilayah = organisasi.organisasi(r.getOrganisasiId()).map(o -> o.kodeWilayah().replace(".", "")).orElse("");
		return properties.rekomendasi().formatNomor().replace("{urut}", String.format("%04d", urut))
			.replace("{tahun}", String.valueOf(tahun)).replace("{wilayah}", wilayah);
	}

	// ---- reading ----------------------------------------------------------------------------

	Rekomendasi lihat(String nomor) {
		return akses.lihat(nomor);
	}

	/** One page of the requests the user sees — the requesting units' and the organizations' — the latest changed first. */
	Page<Rekomendasi> daftar(int halaman) {
		Set<Long> unit = akses.unitTerlihat();
		Set<Long> org = akses.organisasiTerlihat();
		PageRequest page = PageRequest.of(Math.max(0, halaman), UKURAN_HALAMAN);
		if (unit.isEmpty() && org.isEmpty()) {
			return Page.empty(page);
		}
		return repository.untuk(unit.isEmpty() ? Set.of(-1L) : unit, org.isEmpty() ? Set.of(-1L) : org, page);
	}

	/** What waits for the user: requests to examine as Pembina Data (and how many are late), requests to correct. */
	record Menunggu(long periksa, long periksaTerlambat, long perbaiki) {
	}

	Menunggu menunggu(Instant now) {
		Set<StatusRekomendasi> diPembina = EnumSet.of(StatusRekomendasi.DIAJUKAN, StatusRekomendasi.DIPERIKSA);
		Set<Long> pembina = akses.organisasiPembina();
		Set<Long> unit = akses.unitTerlihat();
		return new Menunggu(pembina.isEmpty() ? 0 : repository.countByStatusInAndOrganisasiIdIn(diPembina, pembina),
				pembina.isEmpty() ? 0 : repository.countByStatusInAndOrganisasiIdInAndTenggatBefore(diPembina, pembina, now),
				unit.isEmpty() ? 0 : repository.countByStatusAndPemohonUnitIdIn(StatusRekomendasi.DIKEMBALIKAN, unit));
	}

	Set<AksiRekomendasi> aksiTersedia(Rekomendasi r) {
		return AlurRekomendasi.aksiTersedia(r.getStatus(), akses.peran(r));
	}

	byte[] pdfPermohonan(String nomor) {
		return surat.permohonan(akses.lihat(nomor));
	}

	byte[] pdfRekomendasi(String nomor) {
		Rekomendasi r = akses.lihat(nomor);
		if (r.getSuratRekomendasiKey() == null) {
			throw new NotFoundException("rekomendasi.galat.belumTerbit");
		}
		return berkas.bacaDokumen(r.getSuratRekomendasiKey());
	}

	byte[] pdfMsKeg(String nomor) {
		Rekomendasi r = akses.lihat(nomor);
		if (r.getMsKegId() == null) {
			throw new NotFoundException("rekomendasi.galat.tidakAda");
		}
		return metadata.pdf(r.getMsKegId());
	}

	// ---- rules --------------------------------------------------------------------------------

	/** The request for a step: readable by the user, unchanged since they saw it. */
	private Rekomendasi untukLangkah(String nomor, Long version) {
		Rekomendasi r = akses.lihat(nomor);
		if (version != null && version != r.getVersion()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
		return r;
	}

	/** Writes the step to the history and the audit trail. */
	private void catat(Rekomendasi r, AksiRekomendasi aksi, StatusRekomendasi dari, String catatan) {
		jejak.catat(new JejakLayanan.Langkah(RiwayatLayanan.REKOMENDASI, r.getId(), aksi.name(), dari.name(),
				r.getStatus().name(), null, null, catatan, true, null, null));
		audit.record("rekomendasi." + aksi.peristiwa(), "Rekomendasi", r.getId(), aksi == AksiRekomendasi.NYATAKAN_LAYAK
				? r.getNomor() + ": layak, nomor " + r.getNomorRekomendasi() : r.getNomor() + ": " + dari + " → " + r.getStatus());
	}

	static String tautan(String nomor) {
		return "/kelola/rekomendasi/" + nomor;
	}

}
