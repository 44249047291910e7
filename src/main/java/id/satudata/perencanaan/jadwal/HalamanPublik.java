package id.satudata.perencanaan.jadwal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import id.satudata.perencanaan.daftardata.Entri;

/** What the public pages compute: the month grid, the filters, an entry's current stage and next release. */
@Component
class HalamanPublik {

	/** A day of the month grid with its releases. */
	record Hari(LocalDate tanggal, boolean bulanIni, boolean hariIni, List<Rilisan> rilis) {
	}

	/** The calendar's filters (OPD by the catalog's slug, topic code, priority only, display status). */
	record Saring(String opd, String topik, boolean prioritas, String status) {

		boolean cocok(Rilisan r, Map<Long, String> slugOpd) {
			return (opd == null || opd.equals(slugOpd.get(r.entri().getProdusenUnitId())))
					&& (topik == null || topik.equals(r.entri().getTopik())) && (!prioritas || r.entri().isPrioritas())
					&& (status == null || status.equals(r.statusTampil()) || "TERLAMBAT".equals(status) && r.terlambat());
		}

		boolean aktif() {
			return opd != null || topik != null || prioritas || status != null;
		}

	}

	/** A Data Prioritas entry on the public page: its releases, stage so far and next release. */
	record Prioritas(Entri entri, List<Rilisan> rilis, Rilisan acuan, Rilisan berikutnya, long terbit) {
	}

	List<List<Hari>> bulan(YearMonth bulan, List<Rilisan> rilis, LocalDate hariIni) {
		Map<LocalDate, List<Rilisan>> byDay = rilis.stream()
			.collect(Collectors.groupingBy(r -> r.jadwal().getTanggalRencana()));
		LocalDate start = bulan.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate end = bulan.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<List<Hari>> weeks = new ArrayList<>();
		List<Hari> week = new ArrayList<>();
		for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
			week.add(new Hari(d, YearMonth.from(d).equals(bulan), d.equals(hariIni), byDay.getOrDefault(d, List.of())));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		return weeks;
	}

	/** Per priority entry: the stage of its latest due release (else its first), and its next unpublished one. */
	List<Prioritas> prioritas(List<Rilisan> rilis, LocalDate hariIni) {
		Map<Long, List<Rilisan>> byEntry = rilis.stream().collect(Collectors.groupingBy(r -> r.entri().getId()));
		List<Prioritas> out = new ArrayList<>();
		for (List<Rilisan> list : byEntry.values()) {
			List<Rilisan> sorted = list.stream().sorted(Comparator.comparing(r -> r.jadwal().getTanggalRencana())).toList();
			Optional<Rilisan> latestDue = sorted.stream().filter(r -> !r.kewajiban().batas().isAfter(hariIni) || r.terbit())
				.reduce((a, b) -> b);
			Rilisan acuan = latestDue.orElse(sorted.get(0));
			Rilisan next = sorted.stream().filter(r -> !r.terbit()).findFirst().orElse(null);
			out.add(new Prioritas(sorted.get(0).entri(), sorted, acuan, next, sorted.stream().filter(Rilisan::terbit).count()));
		}
		out.sort(Comparator.comparing(p -> p.entri().getJudul()));
		return out;
	}

}
