package id.satudata.perencanaan.jadwal;

import java.time.LocalDate;

/** One scheduled release as the database lists it: its entry, period and planned date. */
public record BarisRilis(Long entriId, String periode, LocalDate tanggal) {

	String kunci() {
		return entriId + "|" + periode;
	}

}
