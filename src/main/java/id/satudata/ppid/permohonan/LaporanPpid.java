package id.satudata.ppid.permohonan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.InvalidFieldException;

/**
 * The PPID's monthly and yearly report, computed from the register itself (the requests filed in
 * the period, of the organizations the user is PPID or the PPID's superior of): requests, granted,
 * refused by Pasal 17 ground, in process, withdrawn, objections, and the average time to a decision
 * in working days on the holiday calendar. Its register part lists the same requests, without the
 * requesters' personal data.
 */
@Component
class LaporanPpid {

	/**
	 * @param bulan the month, or {@code null} for the whole year
	 * @param rataHariKerja average working days from filing to the PPID's decision (decided requests), or {@code null}
	 */
	record Laporan(int tahun, Integer bulan, long jumlah, long dikabulkan, long ditolak,
			Map<AlasanPengecualian, Long> ditolakPerAlasan, long dalamProses, long dibatalkan, long keberatan,
			Double rataHariKerja, List<Permohonan> register) {
	}

	private final PermohonanRepository repository;
	private final CurrentUser currentUser;
	private final WorkingCalendar calendar;
	private final Clock clock;

	LaporanPpid(PermohonanRepository repository, CurrentUser currentUser, WorkingCalendar calendar, Clock clock) {
		this.repository = repository;
		this.currentUser = currentUser;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The organizations whose reports the user reads: as PPID or as the PPID's superior. */
	Set<Long> organisasi() {
		Set<Long> out = new HashSet<>(currentUser.organisasiWith(Peran.PPID));
		out.addAll(currentUser.organisasiWith(Peran.KEPALA_DINAS));
		return out;
	}

	@Transactional(readOnly = true)
	Laporan laporan(Integer tahun, Integer bulan) {
		Set<Long> org = organisasi();
		if (org.isEmpty()) {
			throw new AccessDeniedException("Not a PPID or PPID's superior");
		}
		int t = tahun == null ? LocalDate.now(clock.withZone(calendar.zone())).getYear() : tahun;
		if (t < 2000 || t > 2100) {
			throw new InvalidFieldException("tahun", "ppid.galat.tahun");
		}
		if (bulan != null && (bulan < 1 || bulan > 12)) {
			throw new InvalidFieldException("bulan", "ppid.galat.bulan");
		}
		LocalDate dari = bulan == null ? LocalDate.of(t, 1, 1) : YearMonth.of(t, bulan).atDay(1);
		LocalDate sampai = bulan == null ? dari.plusYears(1) : dari.plusMonths(1);
		List<Permohonan> list = repository.diajukanAntara(org, awal(dari), awal(sampai));
		Map<AlasanPengecualian, Long> perAlasan = new EnumMap<>(AlasanPengecualian.class);
		long dikabulkan = 0;
		long ditolak = 0;
		long proses = 0;
		long batal = 0;
		long keberatan = 0;
		long menit = 0;
		int diputus = 0;
		for (Permohonan p : list) {
			switch (p.getStatus()) {
				case DIKABULKAN -> dikabulkan++;
				case DITOLAK, KEBERATAN, KEBERATAN_DITOLAK -> {
					ditolak++;
					perAlasan.merge(p.getAlasanPengecualian(), 1L, Long::sum);
				}
				case DIBATALKAN -> batal++;
				default -> proses++;
			}
			if (p.getKeberatanPada() != null) {
				keberatan++;
			}
			if (p.getDiputusPada() != null) {
				menit += calendar.workingTimeBetween(p.getDiajukanPada(), p.getDiputusPada()).toMinutes();
				diputus++;
			}
		}
		Double rata = diputus == 0 ? null
				: Math.round(10.0 * menit / calendar.minutesPerDay() / diputus) / 10.0;
		return new Laporan(t, bulan, list.size(), dikabulkan, ditolak, perAlasan, proses, batal, keberatan, rata,
				list);
	}

	private Instant awal(LocalDate d) {
		return d.atStartOfDay(calendar.zone()).toInstant();
	}

}
