package id.satudata.perencanaan.jadwal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.perencanaan.internal.PerencanaanProperties;
import id.satudata.shared.kalender.WorkingCalendar;

@Configuration(proxyBeanMethods = false)
class JadwalRilisConfig {

	@Bean
	PembuatJadwal pembuatJadwal(PerencanaanProperties properties, WorkingCalendar kalender) {
		return new PembuatJadwal(properties.jeda(), kalender);
	}

}
