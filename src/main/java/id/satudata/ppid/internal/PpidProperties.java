package id.satudata.ppid.internal;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PPID's limits ({@code satudata.ppid.*}, environment {@code SATUDATA_PPID_*}), in working days
 * of the holiday calendar unless said otherwise; the defaults are the law's.
 *
 * @param batasJawab days to decide a request (UU KIP Pasal 22 ayat 7: 10)
 * @param perpanjangan days a decision may be extended by, once, with a written reason (Pasal 22 ayat 8: 7)
 * @param batasKeberatan days after the decision within which the requester may object (Pasal 36 ayat 1: 30)
 * @param batasJawabKeberatan days the PPID's superior has to answer an objection (Pasal 36 ayat 2: 30)
 * @param masaAkses the default length of a grant of access (calendar time)
 * @param masaAksesMaks the longest grant of access (calendar time)
 * @param retensiDataPribadi how long requesters' personal data is kept after the request is closed (UU PDP 27/2022)
 */
@ConfigurationProperties("satudata.ppid")
public record PpidProperties(Integer batasJawab, Integer perpanjangan, Integer batasKeberatan,
		Integer batasJawabKeberatan, Period masaAkses, Period masaAksesMaks, Period retensiDataPribadi) {

	public PpidProperties {
		batasJawab = batasJawab == null ? 10 : batasJawab;
		perpanjangan = perpanjangan == null ? 7 : perpanjangan;
		batasKeberatan = batasKeberatan == null ? 30 : batasKeberatan;
		batasJawabKeberatan = batasJawabKeberatan == null ? 30 : batasJawabKeberatan;
		masaAkses = masaAkses == null ? Period.ofDays(30) : masaAkses;
		masaAksesMaks = masaAksesMaks == null ? Period.ofYears(1) : masaAksesMaks;
		retensiDataPribadi = retensiDataPribadi == null ? Period.ofYears(2) : retensiDataPribadi;
	}

}
