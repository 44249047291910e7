package id.satudata.layanan.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.web.Messages;

/**
 * The clocks of open tickets, computed on the server in working time (the browser cannot know
 * holidays): how long the current holder has had it against its target, or how much working time
 * is left before the work or complaint is due. Templates show {@link Timer#teks()}; the small
 * script {@code layanan.js} asks again every half minute.
 */
@Component("jamLayanan")
class JamLayanan {

	/**
	 * @param kunci the id on the page ({@code P12}: request 12, {@code A7}: complaint 7)
	 * @param teks what is shown, in the user's language
	 * @param terlambat past its target or due time
	 * @param berjalan the clock runs now (working time)
	 */
	record Timer(String kunci, String teks, boolean terlambat, boolean berjalan) {
	}

	private final WorkingCalendar calendar;
	private final LayananProperties properties;
	private final Messages messages;

	JamLayanan(WorkingCalendar calendar, LayananProperties properties, Messages messages) {
		this.calendar = calendar;
		this.properties = properties;
		this.messages = messages;
	}

	Timer timer(Permintaan p, Instant now) {
		String kunci = "P" + p.getId();
		boolean jalan = calendar.isWorkingTime(now);
		if (!p.getStatus().terbuka()) {
			Duration total = calendar.workingTimeBetween(p.getDiterimaPada(), p.getDiselesaikanPada());
			return new Timer(kunci, messages.get("layanan.timer.selesaiDalam", durasi(total)),
					p.getStatus() == StatusPermintaan.SELESAI && !p.tepatWaktu(), false);
		}
		if (p.getStatus() == StatusPermintaan.DIPROSES) {
			return sisa(kunci, now, p.getTenggat(), jalan);
		}
		Duration ditahan = calendar.workingTimeBetween(p.getDitahanSejak(), now);
		Duration sasaran = properties.disposisi().batas(p.getTingkat()).waktuKerja(calendar);
		boolean lewat = now.isAfter(p.getTenggatLangkah());
		String teks = lewat ? messages.get("layanan.timer.langkahLewat", durasi(ditahan.minus(sasaran)), durasi(sasaran))
				: messages.get("layanan.timer.langkah", durasi(ditahan), durasi(sasaran));
		return new Timer(kunci, teks, lewat, jalan);
	}

	Timer timer(Pengaduan a, Instant now) {
		String kunci = "A" + a.getId();
		if (!a.getStatus().terbuka()) {
			Duration total = calendar.workingTimeBetween(a.getDiterimaPada(), a.getDiselesaikanPada());
			return new Timer(kunci, messages.get("layanan.timer.selesaiDalam", durasi(total)),
					a.getStatus() == StatusPengaduan.SELESAI && !a.tepatWaktu(), false);
		}
		return sisa(kunci, now, a.getTenggat(), calendar.isWorkingTime(now));
	}

	Timer timer(Rekomendasi r, Instant now) {
		String kunci = "R" + r.getId();
		if (!r.getStatus().menungguPembina() || r.getTenggat() == null) {
			return new Timer(kunci, "", false, false);
		}
		return sisa(kunci, now, r.getTenggat(), calendar.isWorkingTime(now));
	}

	private Timer sisa(String kunci, Instant now, Instant tenggat, boolean jalan) {
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

	Duration antaraDurasi(Instant dari, Instant sampai) {
		return calendar.workingTimeBetween(dari, sampai);
	}

	public String detik(Long detik) {
		return detik == null ? "" : durasi(Duration.ofSeconds(detik));
	}

}
