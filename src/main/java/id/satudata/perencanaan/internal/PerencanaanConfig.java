package id.satudata.perencanaan.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.shared.kalender.WorkingCalendar;

@Configuration(proxyBeanMethods = false)
class PerencanaanConfig {

	@Bean
	PembuatJadwal pembuatJadwal(PerencanaanProperties properties, WorkingCalendar kalender) {
		return new PembuatJadwal(properties.jeda(), kalender);
	}

	@Bean
	KemiripanJudul kemiripanJudul(PerencanaanProperties properties) {
		return new KemiripanJudul(properties.ambangDuplikat());
	}

}
