package id.satudata.pemeriksaan.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import id.satudata.pemeriksaan.StatusPengajuan;

/**
 * Review settings ({@code satudata.pemeriksaan.*}).
 *
 * @param target the working time each step should take at most, per status waited in (defaults:
 *        pre-check and publication 1 working day, the Walidata's and the Pembina's check 2 working
 *        days, a returned submission's fix 3 working days; a working day is 8 hours)
 * @param jamTerbit the time of day (WIB) from which scheduled releases are published on their date
 * @param jobCron when the scheduled-publication job looks for due releases
 */
@ConfigurationProperties("satudata.pemeriksaan")
public record PemeriksaanProperties(Map<StatusPengajuan, Duration> target, LocalTime jamTerbit, String jobCron) {

	public PemeriksaanProperties {
		Map<StatusPengajuan, Duration> t = new EnumMap<>(StatusPengajuan.class);
		t.put(StatusPengajuan.DIAJUKAN, Duration.ofHours(8));
		t.put(StatusPengajuan.DIPERIKSA_WALIDATA, Duration.ofHours(16));
		t.put(StatusPengajuan.DIPERIKSA_PEMBINA, Duration.ofHours(16));
		t.put(StatusPengajuan.SIAP_TERBIT, Duration.ofHours(8));
		t.put(StatusPengajuan.DIKEMBALIKAN, Duration.ofHours(24));
		if (target != null) {
			t.putAll(target);
		}
		target = Map.copyOf(t);
		jamTerbit = jamTerbit == null ? LocalTime.of(8, 0) : jamTerbit;
		jobCron = jobCron == null ? "0 */15 * * * *" : jobCron;
	}

	public Duration targetUntuk(StatusPengajuan status) {
		return target.get(status);
	}

}
