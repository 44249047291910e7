package id.satudata.layanan.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Predicate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.web.NotFoundException;

/**
 * Computes the monthly report per type of service and per complaint tier (received, handled
 * within target, median and 90th percentile of the working time to resolution), the disposition
 * steps against their targets and the availability of the month in working hours. For the desk's
 * leaders (Kepala Dinas, Kepala Bidang, Sub Koordinator) and administrators.
 */
@Service
@Transactional(readOnly = true)
class LaporanLayanan {

	private final PermintaanRepository permintaan;
	private final PengaduanRepository pengaduan;
	private final RiwayatLayananRepository riwayat;
	private final KesehatanLayanan kesehatan;
	private final LayananAkses akses;
	private final OrganisasiDirectory organisasi;
	private final LayananProperties properties;
	private final WorkingCalendar calendar;
	private final Clock clock;

	LaporanLayanan(PermintaanRepository permintaan, PengaduanRepository pengaduan, RiwayatLayananRepository riwayat,
			KesehatanLayanan kesehatan, LayananAkses akses, OrganisasiDirectory organisasi, LayananProperties properties,
			WorkingCalendar calendar, Clock clock) {
		this.permintaan = permintaan;
		this.pengaduan = pengaduan;
		this.riwayat = riwayat;
		this.kesehatan = kesehatan;
		this.akses = akses;
		this.organisasi = organisasi;
		this.properties = properties;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The period of a month (start inclusive, end exclusive) in the office's time zone. */
	record Periode(Instant dari, Instant sampai) {

		static Periode dari(YearMonth bulan, ZoneId zone) {
			return new Periode(bulan.atDay(1).atStartOfDay(zone).toInstant(),
					bulan.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
		}

		boolean memuat(Instant t) {
			return t != null && !t.isBefore(dari) && t.isBefore(sampai);
		}

	}

	OrganisasiRef organisasi(Long organisasiId) {
		List<OrganisasiRef> boleh = akses.organisasiLaporan();
		if (organisasiId == null) {
			return boleh.stream().filter(o -> !akses.tingkatDi(o.id()).isEmpty()).findFirst()
				.or(() -> akses.penyelenggara().stream().filter(o -> boleh.contains(o)).findFirst())
				.or(() -> boleh.stream().findFirst())
				.orElseThrow(() -> new AccessDeniedException("No service desk report for this user"));
		}
		OrganisasiRef o = organisasi.organisasi(organisasiId).orElseThrow(NotFoundException::new);
		if (!akses.bolehLaporan(o.id())) {
			throw new AccessDeniedException("Not a leader of this service desk");
		}
		return o;
	}

	LaporanBulanan laporan(long organisasiId, YearMonth bulan) {
		OrganisasiRef org = organisasi(organisasiId);
		Periode periode = Periode.dari(bulan, calendar.zone());
		Instant now = clock.instant();
		Instant akhir = periode.sampai().isBefore(now) ? periode.sampai() : now;
		List<Permintaan> semuaP = permintaan.periode(org.id(), periode.dari(), periode.sampai());
		List<Pengaduan> semuaA = pengaduan.periode(org.id(), periode.dari(), periode.sampai());
		List<Permintaan> terbukaP = permintaan.findByOrganisasiIdInAndStatusInOrderByDiterimaPadaAsc(List.of(org.id()),
				List.of(StatusPermintaan.DI_KEPALA_DINAS, StatusPermintaan.DI_KEPALA_BIDANG,
						StatusPermintaan.DI_SUB_KOORDINATOR, StatusPermintaan.DIPROSES));
		List<Pengaduan> terbukaA = pengaduan.findByOrganisasiIdInAndStatusInOrderByTenggatAsc(List.of(org.id()),
				List.of(StatusPengaduan.DITERIMA, StatusPengaduan.DIPROSES));

		List<LaporanBulanan.Baris> barisP = new ArrayList<>();
		for (JenisLayanan j : JenisLayanan.values()) {
			barisP.add(barisPermintaan(j.labelKey(), properties.sla().batas(j), semuaP, terbukaP, p -> p.getJenis() == j,
					periode, akhir));
		}
		LaporanBulanan.Baris totalP = barisPermintaan("layanan.laporan.jumlah", null, semuaP, terbukaP, p -> true, periode,
				akhir);
		List<LaporanBulanan.Baris> barisA = new ArrayList<>();
		for (KategoriPengaduan k : KategoriPengaduan.values()) {
			barisA.add(barisPengaduan(k.labelKey(), properties.pengaduan().batas(k), semuaA, terbukaA,
					a -> a.getKategori() == k, periode, akhir));
		}
		barisA.add(barisPengaduan("layanan.belumDiklasifikasi", null, semuaA, terbukaA, a -> a.getKategori() == null,
				periode, akhir));
		LaporanBulanan.Baris totalA = barisPengaduan("layanan.laporan.jumlah", null, semuaA, terbukaA, a -> true, periode,
				akhir);

		List<RiwayatLayanan> langkah = riwayat.permintaanPeriode(RiwayatLayanan.PERMINTAAN, org.id(), periode.dari(),
				periode.sampai());
		List<LaporanBulanan.BarisLangkah> disposisi = new ArrayList<>();
		for (TingkatLayanan t : List.of(TingkatLayanan.KEPALA_DINAS, TingkatLayanan.KEPALA_BIDANG,
				TingkatLayanan.SUB_KOORDINATOR)) {
			List<RiwayatLayanan> r = langkah.stream()
				.filter(x -> t.name().equals(x.getTingkat()) && x.getSasaranMenit() != null && x.getWaktuKerjaDetik() != null)
				.toList();
			List<Long> detik = r.stream().map(RiwayatLayanan::getWaktuKerjaDetik).toList();
			disposisi.add(new LaporanBulanan.BarisLangkah(t, properties.disposisi().batas(t), r.size(),
					r.stream().filter(x -> Boolean.TRUE.equals(x.tepatWaktu())).count(), durasi(Statistik.median(detik)),
					durasi(Statistik.persentil(detik, 0.9))));
		}

		List<Integer> nilai = new ArrayList<>();
		semuaP.stream().filter(p -> periode.memuat(p.getDinilaiPada())).map(Permintaan::getNilai).forEach(nilai::add);
		semuaA.stream().filter(a -> periode.memuat(a.getDinilaiPada())).map(Pengaduan::getNilai).forEach(nilai::add);
		OptionalDouble rata = Statistik.rataRata(nilai);
		return new LaporanBulanan(bulan, org.id(), org.nama(), akses.namaDinas(org.id()), barisP, totalP, barisA, totalA,
				disposisi, kesehatan.ketersediaan(periode.dari(), periode.sampai()), properties.ketersediaan().target(),
				rata.isPresent() ? rata.getAsDouble() : null, nilai.size());
	}

	private LaporanBulanan.Baris barisPermintaan(String label, BatasWaktu batas, List<Permintaan> semua,
			List<Permintaan> terbuka, Predicate<Permintaan> pilih, Periode periode, Instant akhir) {
		List<Permintaan> p = semua.stream().filter(pilih).toList();
		List<Permintaan> selesai = p.stream()
			.filter(x -> x.getStatus() == StatusPermintaan.SELESAI && periode.memuat(x.getDiselesaikanPada())).toList();
		List<Long> detik = selesai.stream()
			.map(x -> calendar.workingTimeBetween(x.getDiterimaPada(), x.getDiselesaikanPada()).getSeconds()).toList();
		long terlambat = terbuka.stream().filter(pilih).filter(x -> !x.getDiterimaPada().isAfter(akhir))
			.filter(x -> lewat(x, akhir)).count();
		return new LaporanBulanan.Baris(label, batas, p.stream().filter(x -> periode.memuat(x.getDiterimaPada())).count(),
				selesai.size(), selesai.stream().filter(Permintaan::tepatWaktu).count(),
				p.stream().filter(x -> x.getStatus() == StatusPermintaan.DITUTUP && periode.memuat(x.getDiselesaikanPada()))
					.count(),
				terlambat, durasi(Statistik.median(detik)), durasi(Statistik.persentil(detik, 0.9)));
	}

	private boolean lewat(Permintaan p, Instant akhir) {
		Instant due = p.getStatus() == StatusPermintaan.DIPROSES ? p.getTenggat() : p.getTenggatLangkah();
		return due != null && due.isBefore(akhir);
	}

	private LaporanBulanan.Baris barisPengaduan(String label, BatasWaktu batas, List<Pengaduan> semua,
			List<Pengaduan> terbuka, Predicate<Pengaduan> pilih, Periode periode, Instant akhir) {
		List<Pengaduan> a = semua.stream().filter(pilih).toList();
		List<Pengaduan> selesai = a.stream()
			.filter(x -> x.getStatus() == StatusPengaduan.SELESAI && periode.memuat(x.getDiselesaikanPada())).toList();
		List<Long> detik = selesai.stream()
			.map(x -> calendar.workingTimeBetween(x.getDiterimaPada(), x.getDiselesaikanPada()).getSeconds()).toList();
		return new LaporanBulanan.Baris(label, batas, a.stream().filter(x -> periode.memuat(x.getDiterimaPada())).count(),
				selesai.size(), selesai.stream().filter(Pengaduan::tepatWaktu).count(),
				a.stream().filter(x -> x.getStatus() == StatusPengaduan.DITOLAK && periode.memuat(x.getDiselesaikanPada()))
					.count(),
				terbuka.stream().filter(pilih).filter(x -> !x.getDiterimaPada().isAfter(akhir))
					.filter(x -> x.getTenggat().isBefore(akhir)).count(),
				durasi(Statistik.median(detik)), durasi(Statistik.persentil(detik, 0.9)));
	}

	static Duration durasi(OptionalDouble detik) {
		return detik.isPresent() ? Duration.ofSeconds(Math.round(detik.getAsDouble())) : null;
	}

}
