package id.satudata.layanan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.satudata.layanan.internal.BatasWaktu.Satuan;
import id.satudata.layanan.pengaduan.KategoriPengaduan;
import id.satudata.layanan.permintaan.JenisLayanan;
import id.satudata.shared.kalender.WorkingCalendar;

/** Due times of the service desk's limits on the working calendar (WIB, Mon–Fri 08:00–16:00, holidays). */
class BatasWaktuTest {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/** 2026 holidays used below: Mon 16 and Tue 17 Feb (Imlek), 18–24 Mar (Nyepi, Idul Fitri), 1 Jun. */
	final WorkingCalendar calendar = new WorkingCalendar(WIB, LocalTime.of(8, 0), LocalTime.of(16, 0),
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			() -> Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 3, 18),
					LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 23),
					LocalDate.of(2026, 3, 24), LocalDate.of(2026, 6, 1)));

	final LayananProperties properties = new LayananProperties(null, null, null, null, null, null, null);

	static Instant wib(int y, int m, int d, int h, int min) {
		return LocalDateTime.of(y, m, d, h, min).atZone(WIB).toInstant();
	}

	BatasWaktu tier(KategoriPengaduan k) {
		return k.batas(properties);
	}

	@Test
	void aRinganComplaintFiledFriday1530IsDueMonday1030() {
		// Friday 6 November 2026 15:30: 30 minutes on Friday, 2.5 hours on Monday
		assertThat(tier(KategoriPengaduan.RINGAN).tenggat(calendar, wib(2026, 11, 6, 15, 30)))
			.isEqualTo(wib(2026, 11, 9, 10, 30));
	}

	@Test
	void holidaysAreSkipped() {
		// Friday 13 February 2026 15:30, Monday and Tuesday are Imlek: due Wednesday 10:30
		assertThat(tier(KategoriPengaduan.RINGAN).tenggat(calendar, wib(2026, 2, 13, 15, 30)))
			.isEqualTo(wib(2026, 2, 18, 10, 30));
		// normatif 5 hours from Tuesday 17 March 14:00 (a working day): 2 h Tuesday, then 18–24 March closed
		assertThat(tier(KategoriPengaduan.NORMATIF).tenggat(calendar, wib(2026, 3, 17, 14, 0)))
			.isEqualTo(wib(2026, 3, 25, 11, 0));
	}

	@Test
	void theTiersOfTheServiceStandard() {
		Instant senin = wib(2026, 11, 2, 9, 0);
		assertThat(tier(KategoriPengaduan.NORMATIF).tenggat(calendar, senin)).isEqualTo(wib(2026, 11, 2, 14, 0));
		// 1 day = one day's opening hours: Monday 09:00 → Tuesday 09:00
		assertThat(tier(KategoriPengaduan.TIDAK_BERKADAR_PENGAWASAN).tenggat(calendar, senin))
			.isEqualTo(wib(2026, 11, 3, 9, 0));
		// 30 working days from Monday 2 November 09:00: six weeks later, Monday 14 December 09:00
		assertThat(tier(KategoriPengaduan.BERKADAR_PENGAWASAN).tenggat(calendar, senin))
			.isEqualTo(wib(2026, 12, 14, 9, 0));
		// filed on a Saturday: the clock starts Monday 08:00
		assertThat(tier(KategoriPengaduan.RINGAN).tenggat(calendar, wib(2026, 11, 7, 10, 0)))
			.isEqualTo(wib(2026, 11, 9, 11, 0));
	}

	@Test
	void dispositionTargetsInWorkingMinutes() {
		LayananProperties.Disposisi d = properties.disposisi();
		assertThat(d.batas(TingkatLayanan.KEPALA_DINAS)).isEqualTo(BatasWaktu.of(30, Satuan.MENIT));
		assertThat(d.batas(TingkatLayanan.KEPALA_BIDANG)).isEqualTo(BatasWaktu.of(15, Satuan.MENIT));
		assertThat(d.batas(TingkatLayanan.SUB_KOORDINATOR)).isEqualTo(BatasWaktu.of(15, Satuan.MENIT));
		// a request arriving at 15:50 waits for the Kepala Dinas until 08:20 the next working day
		assertThat(d.batas(TingkatLayanan.KEPALA_DINAS).tenggat(calendar, wib(2026, 11, 6, 15, 50)))
			.isEqualTo(wib(2026, 11, 9, 8, 20));
		assertThat(d.batas(TingkatLayanan.KEPALA_DINAS).waktuKerja(calendar)).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void serviceSlasRunInCalendarMonthsAndWeeks() {
		assertThat(JenisLayanan.PERENCANAAN.sla(properties)).isEqualTo(BatasWaktu.rentang(1, 3, Satuan.BULAN));
		assertThat(JenisLayanan.PENGUMPULAN.sla(properties)).isEqualTo(BatasWaktu.rentang(3, 6, Satuan.BULAN));
		assertThat(JenisLayanan.PEMERIKSAAN.sla(properties)).isEqualTo(BatasWaktu.rentang(1, 3, Satuan.BULAN));
		assertThat(JenisLayanan.PENYEBARLUASAN.sla(properties)).isEqualTo(BatasWaktu.rentang(1, 6, Satuan.MINGGU));
		assertThat(JenisLayanan.REKOMENDASI.sla(properties)).isEqualTo(BatasWaktu.of(30, Satuan.HARI_KERJA));
		Instant mulai = wib(2026, 3, 2, 10, 0);
		// planning: estimate 2 April, due 2 June 10:00 — but 1 June is a holiday, 2 June is not: unchanged
		assertThat(JenisLayanan.PERENCANAAN.sla(properties).perkiraanAwal(calendar, mulai)).isEqualTo(wib(2026, 4, 2, 10, 0));
		assertThat(JenisLayanan.PERENCANAAN.sla(properties).tenggat(calendar, mulai)).isEqualTo(wib(2026, 6, 2, 10, 0));
		// one month from 1 May lands on the 1 June holiday: due at the next opening, 2 June 08:00
		assertThat(BatasWaktu.of(1, Satuan.BULAN).tenggat(calendar, wib(2026, 5, 1, 10, 0)))
			.isEqualTo(wib(2026, 6, 2, 8, 0));
		// dissemination: six weeks from Friday 6 November 15:00 is Friday 18 December 15:00
		assertThat(JenisLayanan.PENYEBARLUASAN.sla(properties).tenggat(calendar, wib(2026, 11, 6, 15, 0)))
			.isEqualTo(wib(2026, 12, 18, 15, 0));
		// a month from a Saturday request starts from Monday's opening
		assertThat(BatasWaktu.of(1, Satuan.BULAN).tenggat(calendar, wib(2026, 11, 7, 10, 0)))
			.isEqualTo(wib(2026, 12, 9, 8, 0));
	}

	@Test
	void limitsAreWrittenAsTheCatalogueWritesThem() {
		assertThat(BatasWaktu.parse("30 menit")).isEqualTo(BatasWaktu.of(30, Satuan.MENIT));
		assertThat(BatasWaktu.parse(" 1-3 bulan ")).isEqualTo(BatasWaktu.rentang(1, 3, Satuan.BULAN));
		assertThat(BatasWaktu.parse("30 hari-kerja")).isEqualTo(BatasWaktu.of(30, Satuan.HARI_KERJA));
		assertThat(BatasWaktu.parse("1 - 6 minggu")).isEqualTo(BatasWaktu.rentang(1, 6, Satuan.MINGGU));
		assertThat(BatasWaktu.parse("5 JAM")).isEqualTo(BatasWaktu.of(5, Satuan.JAM));
		assertThat(BatasWaktu.of(3, Satuan.BULAN).toString()).isEqualTo("3 bulan");
		assertThat(BatasWaktu.rentang(1, 6, Satuan.MINGGU).toString()).isEqualTo("1-6 minggu");
		assertThatThrownBy(() -> BatasWaktu.parse("3 hari")).hasMessageContaining("hari-kerja");
		assertThatThrownBy(() -> BatasWaktu.parse("sebentar")).hasMessageContaining("30 menit");
		assertThatThrownBy(() -> BatasWaktu.parse("3-1 bulan")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> BatasWaktu.parse("0 jam")).isInstanceOf(IllegalArgumentException.class);
	}

}
