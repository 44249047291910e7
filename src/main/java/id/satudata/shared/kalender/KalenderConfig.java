package id.satudata.shared.kalender;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KalenderConfig {

	@Bean
	WorkingCalendar workingCalendar(KalenderProperties properties, HariLiburService hariLibur) {
		return new WorkingCalendar(properties.zone(), properties.jamBuka(), properties.jamTutup(),
				properties.hariKerja(), hariLibur::dates);
	}

}
