package id.satudata.perencanaan.jadwal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.Akses;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.OrganisasiKatalog;
import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.daftardata.StatusEntri;

/**
 * The public release calendar: the releases of the approved, open (TERBUKA) entries, filtered in
 * the database by date, producer (OPD), topic and priority. What no column holds — whether a
 * release is published or late (collection progress) and whether its linked dataset is open (the
 * catalog) — is checked on the releases found.
 */
@Component
@Transactional(readOnly = true)
class KalenderPublik {

	/** Releases per page of the year's list. */
	static final int PER_HALAMAN = 200;

	/** The calendar's filters (OPD by the catalog's slug, topic code, priority only, display status). */
	record Saring(String opd, String topik, boolean prioritas, String status) {

		static final Set<String> STATUS = Set.of("DIRENCANAKAN", "TERBIT", "TERLAMBAT");

		static Saring dari(String opd, String topik, Boolean prioritas, String status) {
			return new Saring(blank(opd), blank(topik), Boolean.TRUE.equals(prioritas),
					status != null && STATUS.contains(status) ? status : null);
		}

		static Saring opd(String opd) {
			return new Saring(opd, null, false, null);
		}

		/** Whether a release found shows with the status asked for. */
		boolean cocok(Rilisan r) {
			return status == null || status.equals(r.statusTampil()) || "TERLAMBAT".equals(status) && r.terlambat();
		}

		boolean aktif() {
			return opd != null || topik != null || prioritas || status != null;
		}

		private static String blank(String s) {
			return s == null || s.isBlank() ? null : s.strip();
		}

	}

	/** A day of the month grid with its releases. */
	record Hari(LocalDate tanggal, boolean bulanIni, boolean hariIni, List<Rilisan> rilis) {
	}

	private final JadwalRilisRepository repository;
	private final JadwalRilisService jadwal;
	private final Katalog katalog;

	KalenderPublik(JadwalRilisRepository repository, JadwalRilisService jadwal, Katalog katalog) {
		this.repository = repository;
		this.jadwal = jadwal;
		this.katalog = katalog;
	}

	/** The releases planned in [dari, sampai] that pass the filter, by date. */
	List<Rilisan> rilis(Saring s, LocalDate dari, LocalDate sampai) {
		Optional<Long> unit = unit(s);
		if (s.opd() != null && unit.isEmpty()) {
			return List.of();
		}
		List<Entri> list = repository.denganRilis(StatusEntri.DISETUJUI, Akses.TERBUKA, dari, sampai, unit.orElse(null),
				s.topik(), s.prioritas() ? Boolean.TRUE : null);
		return jadwal.susun(list, j -> JadwalRilisService.dalam(j, dari, sampai)).stream().filter(jadwal::publik)
			.filter(s::cocok).toList();
	}

	/**
	 * One page ({@link #PER_HALAMAN}, from 0) of the releases planned in [dari, sampai] that pass the
	 * filter. The database pages them; filtered by status (known only once progress is read), the
	 * period's releases are read and paged here.
	 */
	Page<Rilisan> halaman(Saring s, LocalDate dari, LocalDate sampai, int nomor) {
		PageRequest halaman = PageRequest.of(Math.max(nomor, 0), PER_HALAMAN);
		if (s.status() != null) {
			List<Rilisan> all = rilis(s, dari, sampai);
			int from = (int) Math.min(halaman.getOffset(), all.size());
			return new PageImpl<>(all.subList(from, Math.min(from + PER_HALAMAN, all.size())), halaman, all.size());
		}
		Optional<Long> unit = unit(s);
		if (s.opd() != null && unit.isEmpty()) {
			return Page.empty(halaman);
		}
		Page<BarisRilis> baris = repository.baris(StatusEntri.DISETUJUI, Akses.TERBUKA, dari, sampai, unit.orElse(null),
				s.topik(), s.prioritas() ? Boolean.TRUE : null, halaman);
		List<Rilisan> found = jadwal.susun(baris.getContent()).stream().filter(jadwal::publik).toList();
		return new PageImpl<>(found, halaman, baris.getTotalElements());
	}

	/** The weeks (Monday first) of a month's grid, each day with its releases. */
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

	/** The producer unit of the filter's OPD (none when it names no OPD of the catalog). */
	private Optional<Long> unit(Saring s) {
		return s.opd() == null ? Optional.empty() : katalog.organisasi(s.opd()).map(OrganisasiKatalog::unitId);
	}

}
