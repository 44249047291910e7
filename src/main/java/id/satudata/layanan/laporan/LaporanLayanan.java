package id.satudata.layanan.laporan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.layanan.internal.BatasWaktu;
import id.satudata.layanan.internal.LayananAkses;
import id.satudata.layanan.internal.LayananProperties;
import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.layanan.ketersediaan.KesehatanLayanan;
import id.satudata.layanan.laporan.TiketBulanan.Periode;
import id.satudata.layanan.pengaduan.KategoriPengaduan;
import id.satudata.layanan.pengaduan.Pengaduan;
import id.satudata.layanan.permintaan.JenisLayanan;
import id.satudata.layanan.permintaan.Permintaan;
import id.satudata.layanan.tiket.RiwayatLayanan;
import id.satudata.layanan.tiket.Tiket;
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

	private final TiketBulanan tiket;
	private final KesehatanLayanan kesehatan;
	private final LayananAkses akses;
	private final OrganisasiDirectory organisasi;
	private final LayananProperties properties;
	private final WorkingCalendar calendar;
	private final Clock clock;

	LaporanLayanan(TiketBulanan tiket, KesehatanLayanan kesehatan, LayananAkses akses, OrganisasiDirectory organisasi,
			LayananProperties properties, WorkingCalendar calendar, Clock clock) {
		this.tiket = tiket;
		this.kesehatan = kesehatan;
		this.akses = akses;
		this.organisasi = organisasi;
		this.properties = properties;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The desk whose reports the user asks for (none named: their own, else the first they may read). */
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
		List<Permintaan> semuaP = tiket.permintaan(org.id(), periode);
		List<Pengaduan> semuaA = tiket.pengaduan(org.id(), periode);
		Map<Object, Long> terlambatP = tiket.permintaanTerlambat(org.id(), akhir);
		Map<Object, Long> terlambatA = tiket.pengaduanTerlambat(org.id(), akhir);

		List<LaporanBulanan.Baris> barisP = new ArrayList<>();
		for (JenisLayanan j : JenisLayanan.values()) {
			barisP.add(baris(j.labelKey(), j.sla(properties), semuaP, p -> p.getJenis() == j, terlambatP.getOrDefault(j, 0L),
					periode));
		}
		LaporanBulanan.Baris totalP = baris("layanan.laporan.jumlah", null, semuaP, p -> true, jumlah(terlambatP), periode);
		List<LaporanBulanan.Baris> barisA = new ArrayList<>();
		for (KategoriPengaduan k : KategoriPengaduan.values()) {
			barisA.add(baris(k.labelKey(), k.batas(properties), semuaA, a -> a.getKategori() == k,
					terlambatA.getOrDefault(k, 0L), periode));
		}
		barisA.add(baris("layanan.belumDiklasifikasi", null, semuaA, a -> a.getKategori() == null,
				terlambatA.getOrDefault(null, 0L), periode));
		LaporanBulanan.Baris totalA = baris("layanan.laporan.jumlah", null, semuaA, a -> true, jumlah(terlambatA), periode);

		List<Integer> nilai = Stream.concat(semuaP.stream(), semuaA.stream())
			.filter(t -> periode.memuat(t.getDinilaiPada())).map(Tiket::getNilai).toList();
		OptionalDouble rata = StatistikLayanan.rataRata(nilai);
		return new LaporanBulanan(bulan, org.id(), org.nama(), akses.namaDinas(org.id()), barisP, totalP, barisA, totalA,
				disposisi(tiket.langkahPermintaan(org.id(), periode)), kesehatan.ketersediaan(periode.dari(), periode.sampai()),
				properties.ketersediaan().target(), rata.isPresent() ? rata.getAsDouble() : null, nilai.size());
	}

	/** The disposition steps of each level against their target. */
	private List<LaporanBulanan.BarisLangkah> disposisi(List<RiwayatLayanan> langkah) {
		List<LaporanBulanan.BarisLangkah> out = new ArrayList<>();
		for (TingkatLayanan t : List.of(TingkatLayanan.KEPALA_DINAS, TingkatLayanan.KEPALA_BIDANG,
				TingkatLayanan.SUB_KOORDINATOR)) {
			List<RiwayatLayanan> r = langkah.stream()
				.filter(x -> t.name().equals(x.getTingkat()) && x.getSasaranMenit() != null && x.getWaktuKerjaDetik() != null)
				.toList();
			List<Long> detik = r.stream().map(RiwayatLayanan::getWaktuKerjaDetik).toList();
			out.add(new LaporanBulanan.BarisLangkah(t, properties.disposisi().batas(t), r.size(),
					r.stream().filter(x -> Boolean.TRUE.equals(x.tepatWaktu())).count(),
					durasi(StatistikLayanan.median(detik)), durasi(StatistikLayanan.persentil(detik, 0.9))));
		}
		return out;
	}

	/**
	 * One row of a type or tier: received in the month, resolved in it (and within the target), ended
	 * without handling in it (closed, refused), {@code terlambat} open past due, the time to resolution.
	 */
	private <T extends Tiket<?, ?>> LaporanBulanan.Baris baris(String label, BatasWaktu batas, List<T> semua,
			Predicate<T> pilih, long terlambat, Periode periode) {
		List<T> t = semua.stream().filter(pilih).toList();
		List<T> selesai = t.stream().filter(x -> x.getStatus().selesai() && periode.memuat(x.getDiselesaikanPada()))
			.toList();
		List<Long> detik = selesai.stream()
			.map(x -> calendar.workingTimeBetween(x.getDiterimaPada(), x.getDiselesaikanPada()).getSeconds()).toList();
		long ditutup = t.stream().filter(x -> !x.getStatus().terbuka() && !x.getStatus().selesai()
				&& periode.memuat(x.getDiselesaikanPada())).count();
		return new LaporanBulanan.Baris(label, batas, t.stream().filter(x -> periode.memuat(x.getDiterimaPada())).count(),
				selesai.size(), selesai.stream().filter(Tiket::tepatWaktu).count(), ditutup, terlambat,
				durasi(StatistikLayanan.median(detik)), durasi(StatistikLayanan.persentil(detik, 0.9)));
	}

	private static long jumlah(Map<Object, Long> perKelompok) {
		return perKelompok.values().stream().filter(Objects::nonNull).mapToLong(Long::longValue).sum();
	}

	static Duration durasi(OptionalDouble detik) {
		return detik.isPresent() ? Duration.ofSeconds(Math.round(detik.getAsDouble())) : null;
	}

}
