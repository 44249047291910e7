package id.satudata.perencanaan.daftardata;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.perencanaan.internal.PerencanaanProperties;

@Configuration(proxyBeanMethods = false)
class DaftarDataConfig {

	@Bean
	KemiripanJudul kemiripanJudul(PerencanaanProperties properties) {
		return new KemiripanJudul(properties.ambangDuplikat());
	}

}
