package id.satudata.layanan.internal;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/** Reads time limits ("30 menit", "1-3 bulan") in {@code satudata.layanan.*}. */
@Configuration(proxyBeanMethods = false)
class LayananConfig {

	@Bean
	@ConfigurationPropertiesBinding
	static Converter<String, BatasWaktu> batasWaktuConverter() {
		return new Converter<String, BatasWaktu>() {
			@Override
			public BatasWaktu convert(String source) {
				return BatasWaktu.parse(source);
			}
		};
	}

}
