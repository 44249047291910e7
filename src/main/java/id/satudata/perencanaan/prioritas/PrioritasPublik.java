package id.satudata.perencanaan.prioritas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.jadwal.Rilisan;

/**
 * A Data Prioritas entry on the public page: its releases, the stage of its latest due release (else
 * its first), and its next unpublished one.
 */
record PrioritasPublik(Entri entri, List<Rilisan> rilis, Rilisan acuan, Rilisan berikutnya, long terbit) {

	/** One per entry of these releases, by title. */
	static List<PrioritasPublik> dari(List<Rilisan> rilis, LocalDate hariIni) {
		Map<Long, List<Rilisan>> byEntry = rilis.stream().collect(Collectors.groupingBy(r -> r.entri().getId()));
		List<PrioritasPublik> out = new ArrayList<>();
		for (List<Rilisan> list : byEntry.values()) {
			List<Rilisan> sorted = list.stream().sorted(Comparator.comparing(r -> r.jadwal().getTanggalRencana())).toList();
			Optional<Rilisan> latestDue = sorted.stream().filter(r -> !r.kewajiban().batas().isAfter(hariIni) || r.terbit())
				.reduce((a, b) -> b);
			Rilisan acuan = latestDue.orElse(sorted.get(0));
			Rilisan next = sorted.stream().filter(r -> !r.terbit()).findFirst().orElse(null);
			out.add(new PrioritasPublik(sorted.get(0).entri(), sorted, acuan, next,
					sorted.stream().filter(Rilisan::terbit).count()));
		}
		out.sort(Comparator.comparing(p -> p.entri().getJudul()));
		return out;
	}

}
