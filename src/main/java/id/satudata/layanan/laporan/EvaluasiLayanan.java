package id.satudata.layanan.laporan;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.layanan.pengaduan.Pengaduan;
import id.satudata.layanan.permintaan.Permintaan;
import id.satudata.layanan.tiket.RiwayatLayanan;
import id.satudata.layanan.tiket.Tiket;
import id.satudata.organisasi.PenggunaDirectory;
import id.satudata.organisasi.PenggunaRef;
import id.satudata.shared.kalender.WorkingCalendar;

/**
 * The monthly evaluation of the service staff: for every holder of the four service roles (and
 * anyone else who took a step that month), their dispositions against the step targets, the
 * requests and complaints they resolved against the SLA and tier limits, the working time of their
 * work, the responses they gave and the ratings of what they resolved.
 */
@Service
@Transactional(readOnly = true)
class EvaluasiLayanan {

	private final LaporanLayanan laporan;
	private final TiketBulanan tiket;
	private final PenggunaDirectory pengguna;
	private final WorkingCalendar calendar;
	private final Clock clock;

	EvaluasiLayanan(LaporanLayanan laporan, TiketBulanan tiket, PenggunaDirectory pengguna, WorkingCalendar calendar,
			Clock clock) {
		this.laporan = laporan;
		this.tiket = tiket;
		this.pengguna = pengguna;
		this.calendar = calendar;
		this.clock = clock;
	}

	EvaluasiBulanan evaluasi(long organisasiId, YearMonth bulan) {
		LaporanBulanan ringkasan = laporan.laporan(organisasiId, bulan);
		TiketBulanan.Periode periode = TiketBulanan.Periode.dari(bulan, calendar.zone());
		List<Permintaan> p = tiket.permintaan(organisasiId, periode);
		List<Pengaduan> a = tiket.pengaduan(organisasiId, periode);
		List<RiwayatLayanan> langkahP = tiket.langkahPermintaan(organisasiId, periode);
		List<RiwayatLayanan> langkahA = tiket.langkahPengaduan(organisasiId, periode);

		// the staff: every holder of a service role, at their highest level; then anyone else who acted
		Map<Long, String> nama = new LinkedHashMap<>();
		Map<Long, TingkatLayanan> tingkat = new LinkedHashMap<>();
		for (TingkatLayanan t : TingkatLayanan.values()) {
			for (PenggunaRef u : pengguna.pemegangPeran(t.peran(), organisasiId)) {
				nama.putIfAbsent(u.id(), u.namaLengkap());
				tingkat.putIfAbsent(u.id(), t);
			}
		}
		langkahP.stream().filter(r -> r.getPelakuId() != null)
			.forEach(r -> nama.putIfAbsent(r.getPelakuId(), r.getPelakuNama()));
		Stream.concat(p.stream(), a.stream()).filter(x -> x.getPenyelesaiId() != null)
			.forEach(x -> nama.putIfAbsent(x.getPenyelesaiId(), x.getPenyelesaiNama()));

		List<EvaluasiBulanan.Pelaksana> baris = new ArrayList<>();
		for (Map.Entry<Long, String> e : nama.entrySet()) {
			long id = e.getKey();
			List<RiwayatLayanan> disposisi = langkahP.stream()
				.filter(r -> Objects.equals(r.getPelakuId(), id) && r.getSasaranMenit() != null).toList();
			List<Permintaan> selesaiP = p.stream().filter(x -> x.getStatus().selesai()
					&& Objects.equals(x.getPenyelesaiId(), id) && periode.memuat(x.getDiselesaikanPada())).toList();
			List<Pengaduan> selesaiA = a.stream().filter(x -> !x.getStatus().terbuka()
					&& Objects.equals(x.getPenyelesaiId(), id) && periode.memuat(x.getDiselesaikanPada())).toList();
			List<Long> kerja = selesaiP.stream().map(x -> calendar.workingTimeBetween(
					x.getMulaiDikerjakan() == null ? x.getDiterimaPada() : x.getMulaiDikerjakan(), x.getDiselesaikanPada())
				.getSeconds()).toList();
			List<Integer> nilai = Stream.concat(selesaiP.stream(), selesaiA.stream()).map(Tiket::getNilai)
				.filter(Objects::nonNull).toList();
			OptionalDouble rata = StatistikLayanan.rataRata(nilai);
			baris.add(new EvaluasiBulanan.Pelaksana(id, e.getValue(), tingkat.get(id), disposisi.size(),
					disposisi.stream().filter(r -> Boolean.TRUE.equals(r.tepatWaktu())).count(), selesaiP.size(),
					selesaiP.stream().filter(Permintaan::tepatWaktu).count(),
					LaporanLayanan.durasi(StatistikLayanan.median(kerja)), selesaiA.size(),
					selesaiA.stream().filter(Pengaduan::tepatWaktu).count(),
					langkahA.stream().filter(r -> Objects.equals(r.getPelakuId(), id) && "TANGGAPI".equals(r.getAksi()))
						.count(),
					rata.isPresent() ? rata.getAsDouble() : null, nilai.size()));
		}
		baris.sort(Comparator.comparing((EvaluasiBulanan.Pelaksana x) -> x.tingkat() == null ? 9 : x.tingkat().ordinal())
			.thenComparing(EvaluasiBulanan.Pelaksana::nama, Comparator.nullsLast(Comparator.naturalOrder())));
		String kadis = pengguna.pemegangPeran(TingkatLayanan.KEPALA_DINAS.peran(), organisasiId).stream()
			.map(PenggunaRef::namaLengkap).findFirst().orElse(null);
		return new EvaluasiBulanan(ringkasan, baris,
				p.stream().sorted(Comparator.comparing(Permintaan::getDiterimaPada)).toList(),
				a.stream().sorted(Comparator.comparing(Pengaduan::getDiterimaPada)).toList(), kadis, clock.instant());
	}

}
