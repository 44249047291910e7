package id.satudata.pengumpulan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.Katalog;
import id.satudata.pemeriksaan.Pemeriksaan;
import id.satudata.pemeriksaan.PengajuanView;
import id.satudata.pemeriksaan.StatusPengajuan;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Penugasan;
import id.satudata.shared.security.Peran;

/**
 * What a producer's OPD owes: the datasets it produces, the period due next, and the submissions
 * under way for each.
 */
@Service
class KewajibanService {

	/** One dataset an OPD owes, with its open submissions. */
	record Kewajiban(DatasetRingkas dataset, List<PengajuanView> pengajuan, Set<String> periodeTerbit,
			String periodeBerikutnya, LocalDate jatuhTempo) {

		boolean adaTerbuka() {
			return pengajuan.stream().anyMatch(p -> p.status() != StatusPengajuan.TERBIT);
		}

	}

	private final Katalog katalog;
	private final Pemeriksaan pemeriksaan;
	private final CurrentUser currentUser;
	private final WorkingCalendar calendar;
	private final Clock clock;

	KewajibanService(Katalog katalog, Pemeriksaan pemeriksaan, CurrentUser currentUser, WorkingCalendar calendar,
			Clock clock) {
		this.katalog = katalog;
		this.pemeriksaan = pemeriksaan;
		this.currentUser = currentUser;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The units the current user produces data for. */
	Set<Long> unitSaya() {
		return currentUser.get().map(u -> u.getPenugasan().stream()
			.filter(p -> p.peran() == Peran.PRODUSEN_DATA && p.unitId() != null).map(Penugasan::unitId)
			.collect(Collectors.toSet())).orElse(Set.of());
	}

	List<Kewajiban> kewajiban() {
		Set<Long> units = unitSaya();
		List<DatasetRingkas> datasets = katalog.datasetProdusen(units);
		Map<Long, List<PengajuanView>> byDataset = pemeriksaan.milikUnit(units).stream()
			.collect(Collectors.groupingBy(PengajuanView::datasetId));
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		List<Kewajiban> out = new ArrayList<>();
		for (DatasetRingkas d : datasets) {
			out.add(new Kewajiban(d, byDataset.getOrDefault(d.id(), List.of()), d.periode(),
					periodeTerakhirSelesai(d.frekuensi(), today), null));
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
