package id.satudata.pengumpulan.kewajiban;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.Katalog;
import id.satudata.pemeriksaan.Pemeriksaan;
import id.satudata.pemeriksaan.PengajuanView;
import id.satudata.pemeriksaan.StatusPengajuan;
import id.satudata.pengumpulan.internal.AksesProdusen;
import id.satudata.perencanaan.JadwalRilisLookup;
import id.satudata.perencanaan.KewajibanRilis;
import id.satudata.shared.kalender.WorkingCalendar;

/**
 * What a producer's OPD owes: the scheduled releases of its approved Daftar Data entries (this year
 * and last year's late ones) with their due dates and the submission under way for each, and every
 * dataset the OPD produces.
 */
@Service
class KewajibanService {

	/** One release the Daftar Data says the OPD owes, and the submission for it if there is one. */
	record Jadwal(KewajibanRilis kewajiban, DatasetRingkas dataset, PengajuanView pengajuan) {

		public boolean selesai() {
			return kewajiban.terbit() || (pengajuan != null && pengajuan.status() == StatusPengajuan.TERBIT);
		}

	}

	/** One dataset the OPD produces, with its submissions. */
	record Kewajiban(DatasetRingkas dataset, List<PengajuanView> pengajuan, Set<String> periodeTerbit,
			String periodeBerikutnya, LocalDate jatuhTempo) {

		public boolean adaTerbuka() {
			return pengajuan.stream().anyMatch(p -> p.status() != StatusPengajuan.TERBIT);
		}

	}

	private final Katalog katalog;
	private final Pemeriksaan pemeriksaan;
	private final JadwalRilisLookup jadwal;
	private final AksesProdusen akses;
	private final WorkingCalendar calendar;
	private final Clock clock;

	KewajibanService(Katalog katalog, Pemeriksaan pemeriksaan, JadwalRilisLookup jadwal, AksesProdusen akses,
			WorkingCalendar calendar, Clock clock) {
		this.katalog = katalog;
		this.pemeriksaan = pemeriksaan;
		this.jadwal = jadwal;
		this.akses = akses;
		this.calendar = calendar;
		this.clock = clock;
	}

	LocalDate hariIni() {
		return LocalDate.now(clock.withZone(calendar.zone()));
	}

	/**
	 * The Daftar Data's releases owed by the user's units: this year's, and last year's not yet
	 * published (late), soonest first.
	 */
	List<Jadwal> jadwal() {
		int year = hariIni().getYear();
		Set<Long> units = akses.unitSaya();
		Map<String, PengajuanView> open = pemeriksaan.milikUnit(units).stream()
			.collect(Collectors.toMap(p -> p.datasetId() + ":" + p.periode(), p -> p, (a, b) -> a));
		Map<Long, DatasetRingkas> datasets = katalog.datasetProdusen(units).stream()
			.collect(Collectors.toMap(DatasetRingkas::id, d -> d));
		List<Jadwal> out = new ArrayList<>();
		for (long unit : units) {
			List<KewajibanRilis> owed = new ArrayList<>(jadwal.kewajibanUnit(unit, year - 1).stream()
				.filter(k -> !k.terbit()).toList());
			owed.addAll(jadwal.kewajibanUnit(unit, year));
			for (KewajibanRilis k : owed) {
				DatasetRingkas d = k.datasetId() == null ? null : datasets.get(k.datasetId());
				PengajuanView p = k.datasetId() == null ? null : open.get(k.datasetId() + ":" + k.periode());
				out.add(new Jadwal(k, d, p));
			}
		}
		out.sort(Comparator.comparing((Jadwal j) -> j.kewajiban().tanggalRencana()));
		return out;
	}

	List<Kewajiban> kewajiban() {
		Set<Long> units = akses.unitSaya();
		List<DatasetRingkas> datasets = katalog.datasetProdusen(units);
		Map<Long, List<PengajuanView>> byDataset = pemeriksaan.milikUnit(units).stream()
			.collect(Collectors.groupingBy(PengajuanView::datasetId));
		LocalDate today = hariIni();
		Map<Long, KewajibanRilis> next = datasets.isEmpty() ? Map.of()
				: jadwal.berikutnya(datasets.stream().map(DatasetRingkas::id).toList(), today.minusYears(1));
		List<Kewajiban> out = new ArrayList<>();
		for (DatasetRingkas d : datasets) {
			Optional<KewajibanRilis> k = Optional.ofNullable(next.get(d.id()));
			out.add(new Kewajiban(d, byDataset.getOrDefault(d.id(), List.of()), d.periode(),
					k.map(KewajibanRilis::periode).orElse(periodeTerakhirSelesai(d.frekuensi(), today)),
					k.map(KewajibanRilis::tanggalRencana).orElse(null)));
		}
		return out;
	}

	/** The newest period of this frequency that has ended by {@code today} (what is usually due next). */
	static String periodeTerakhirSelesai(Frekuensi f, LocalDate today) {
		if (f == null) {
			return null;
		}
		return switch (f) {
			case TAHUNAN, DUA_TAHUNAN -> String.valueOf(today.getYear() - 1);
			case SEMESTERAN -> today.getMonthValue() <= 6 ? (today.getYear() - 1) + "-S2" : today.getYear() + "-S1";
			case TRIWULANAN -> {
				int q = (today.getMonthValue() - 1) / 3;
				yield q == 0 ? (today.getYear() - 1) + "-T4" : today.getYear() + "-T" + q;
			}
			case BULANAN -> YearMonth.from(today).minusMonths(1).toString();
			default -> null;
		};
	}

}
