package id.satudata.perencanaan.monitoring;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.satudata.perencanaan.TahapRilis;
import id.satudata.perencanaan.jadwal.Rilisan;

/**
 * The monitoring figures of a set of scheduled releases (an OPD's, an organization's).
 *
 * @param entri approved entries
 * @param rilis scheduled releases in the year
 * @param jatuhTempo releases whose deadline has come (or that are already published): what the rates count
 * @param tepatWaktu published without a working day's delay
 * @param terlambat published late, or unpublished past their deadline
 * @param prioritasJatuhTempo due releases of Data Prioritas
 * @param prioritasTerbit of those, published
 * @param skor average SDI compliance (0–100) of the releases assessed, or {@code null}
 * @param waktuTahap average working time per review step, in hours, by step name
 */
record Ringkasan(int entri, int entriPrioritas, int rilis, int jatuhTempo, int terkumpul, int terperiksa, int terbit,
		int tepatWaktu, int terlambat, int prioritasJatuhTempo, int prioritasTerbit, Double skor,
		Map<String, Double> waktuTahap) {

	static Ringkasan dari(Collection<Rilisan> rilis, LocalDate hariIni) {
		Set<Long> entri = new HashSet<>();
		Set<Long> prioritas = new HashSet<>();
		int due = 0;
		int collected = 0;
		int checked = 0;
		int published = 0;
		int onTime = 0;
		int late = 0;
		int pDue = 0;
		int pPublished = 0;
		long skorSum = 0;
		int skorN = 0;
		Map<String, Duration> total = new HashMap<>();
		Map<String, Integer> count = new HashMap<>();
		for (Rilisan r : rilis) {
			entri.add(r.entri().getId());
			if (r.entri().isPrioritas()) {
				prioritas.add(r.entri().getId());
			}
			TahapRilis t = r.kewajiban().tahap();
			collected += t.compareTo(TahapRilis.TERKUMPUL) >= 0 ? 1 : 0;
			checked += t.compareTo(TahapRilis.TERPERIKSA) >= 0 ? 1 : 0;
			published += t == TahapRilis.TERBIT ? 1 : 0;
			late += r.terlambat() ? 1 : 0;
			if (r.jatuhTempo(hariIni)) {
				due++;
				onTime += r.tepatWaktu() ? 1 : 0;
				if (r.entri().isPrioritas()) {
					pDue++;
					pPublished += r.terbit() ? 1 : 0;
				}
			}
			if (r.progres() != null) {
				if (r.progres().skorKepatuhan() != null) {
					skorSum += r.progres().skorKepatuhan();
					skorN++;
				}
				r.progres().waktuPerTahap().forEach((step, d) -> {
					total.merge(step, d, Duration::plus);
					count.merge(step, 1, Integer::sum);
				});
			}
		}
		Map<String, Double> avg = new TreeMap<>();
		total.forEach((step, d) -> avg.put(step, Math.round(d.toMinutes() / 60.0 / count.get(step) * 10) / 10.0));
		return new Ringkasan(entri.size(), prioritas.size(), rilis.size(), due, collected, checked, published, onTime, late,
				pDue, pPublished, skorN == 0 ? null : Math.round(skorSum * 10.0 / skorN) / 10.0, avg);
	}

	/** Share of due releases published on time (percent), or {@code null} when none is due yet. */
	public Double persenTepatWaktu() {
		return jatuhTempo == 0 ? null : Math.round(tepatWaktu * 1000.0 / jatuhTempo) / 10.0;
	}

	/** Share of due Data Prioritas releases published (percent), or {@code null}. */
	public Double persenPrioritas() {
		return prioritasJatuhTempo == 0 ? null : Math.round(prioritasTerbit * 1000.0 / prioritasJatuhTempo) / 10.0;
	}

}
