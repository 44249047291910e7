package id.satudata.standar.usulan;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the standards module ({@code satudata.standar.*}).
 *
 * @param tingkatDilewati review levels this deployment skips although it has organizations there
 *        (e.g. {@code WALIDATA_KABUPATEN} for a province that reviews its regencies' proposals itself);
 *        levels without an organization in the deployment are skipped anyway
 * @param targetMenit the service standard's handling time of a proposal, in working minutes (150)
 */
@ConfigurationProperties("satudata.standar")
record StandarProperties(Set<TingkatUsulan> tingkatDilewati, Integer targetMenit) {

	StandarProperties {
		tingkatDilewati = tingkatDilewati == null ? Set.of() : Set.copyOf(tingkatDilewati);
		targetMenit = targetMenit == null ? 150 : targetMenit;
		if (tingkatDilewati.contains(TingkatUsulan.PEMBINA_PUSAT)) {
			throw new IllegalArgumentException("The Pembina Data level cannot be skipped: it approves the standard");
		}
	}

}
