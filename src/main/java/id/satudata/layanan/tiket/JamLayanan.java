package id.satudata.layanan.tiket;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import id.satudata.layanan.internal.LayananProperties;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.web.Messages;

/**
 * The clocks of open tickets, computed on the server in working time (the browser cannot know
 * holidays): how long the current holder has had it against its target, or how much working time
 * is left before the work or complaint is due. Templates show {@link Timer#teks()}; the small
 * script {@code layanan.js} asks again every half minute.
 */
@Component("jamLayanan")
public class JamLayanan {

	/**
	 * @param kunci the id on the page ({@code P12}: request 12, {@code A7}: complaint 7, {@code R3}: recommendation 3)
	 * @param teks what is shown, in the user's language
	 * @param terlambat past its target or due time
	 * @param berjalan the clock runs now (working time)
	 */
	public record Timer(String kunci, String teks, boolean terlambat, boolean berjalan) {
	}

	private final WorkingCalendar calendar;
	private final LayananProperties properties;
	private final Messages messages;

	JamLayanan(WorkingCalendar calendar, LayananProperties properties, Messages messages) {
		this.calendar = calendar;
		this.properties = properties;
		this.messages = messages;
	}

	/** The clock of a ticket: how long the current step has been held against its target, or what is left of its due time. */
	public Timer timer(JenisTiket<?> jenis, Tiket<?, ?> t, Instant now) {
		String kunci = jenis.sebutan().kunciTimer() + String.valueOf(t.getId());
		if (!t.getStatus().terbuka()) {
			Duration total = calendar.workingTimeBetween(t.getDiterimaPada(), t.getDiselesaikanPada());
			return new Timer(kunci, messages.get("layanan.timer.selesaiDalam", durasi(total)),
					t.getStatus().selesai() && !t.tepatWaktu(), false);
		}
		if (t.getTenggatLangkah() == null) {
			return sisa(kunci, now, t.getTenggat());
		}
		Duration ditahan = calendar.workingTimeBetween(t.getDitahanSejak(), now);
		Duration sasaran = properties.disposisi().batas(t.getTingkat()).waktuKerja(calendar);
		boolean lewat = now.isAfter(t.getTenggatLangkah());
		String teks = lewat ? messages.get("layanan.timer.langkahLewat", durasi(ditahan.minus(sasaran)), durasi(sasaran))
				: messages.get("layanan.timer.langkah", durasi(ditahan), durasi(sasaran));
		return new Timer(kunci, teks, lewat, calendar.isWorkingTime(now));
	}

	/** A clock that shows nothing (nothing runs). */
	public Timer tanpa(String kunci) {
		return new Timer(kunci, "", false, false);
	}

	/** What is left of the working time until {@code tenggat}, or how far past it. */
	public Timer sisa(String kunci, Instant now, Instant tenggat) {
		boolean jalan = calendar.isWorkingTime(now);
		Duration sisa = calendar.workingTimeBetween(now, tenggat);
		if (sisa.isNegative() || sisa.isZero() && now.isAfter(tenggat)) {
			return new Timer(kunci, messages.get("layanan.timer.lewat", durasi(sisa.negated())), true, jalan);
		}
		return new Timer(kunci, messages.get("layanan.timer.sisa", durasi(sisa)), false, jalan);
	}

	/** A working duration as "2 hari kerja 3 jam", "1 jam 5 menit", "12 menit" (the two largest units). */
	public String durasi(Duration d) {
		long menit = Math.max(0, d.toMinutes());
		long perHari = calendar.minutesPerDay();
		long hari = menit / perHari;
		long jam = (menit % perHari) / 60;
		long sisaMenit = menit % 60;
		if (hari > 0) {
			return jam > 0 ? messages.get("layanan.durasi.hariJam", hari, jam) : messages.get("layanan.durasi.hari", hari);
		}
		if (jam > 0) {
			return sisaMenit > 0 ? messages.get("layanan.durasi.jamMenit", jam, sisaMenit)
					: messages.get("layanan.durasi.jam", jam);
		}
		return messages.get("layanan.durasi.menit", sisaMenit);
	}

	/** Working time between two instants, formatted (for history rows). */
	public String antara(Instant dari, Instant sampai) {
		return dari == null || sampai == null ? "" : durasi(calendar.workingTimeBetween(dari, sampai));
	}

	/** Working time between two instants. */
	public Duration waktuKerja(Instant dari, Instant sampai) {
		return calendar.workingTimeBetween(dari, sampai);
	}

	public String detik(Long detik) {
		return detik == null ? "" : durasi(Duration.ofSeconds(detik));
	}

}
