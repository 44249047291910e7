package id.satudata.perencanaan.jadwal;

import id.satudata.perencanaan.KewajibanRilis;
import id.satudata.perencanaan.ProgresRilis;
import id.satudata.perencanaan.daftardata.Entri;

/**
 * A scheduled release with everything planning pages show of it: its entry, how it stands (the
 * public record) and the collection progress behind it ({@code progres} is {@code null} when
 * nothing was collected; {@code aksesDataset} the linked dataset's access level, or {@code null}).
 */
public record Rilisan(Entri entri, JadwalRilis jadwal, KewajibanRilis kewajiban, ProgresRilis progres,
		id.satudata.katalog.Akses aksesDataset) {

	public boolean terbit() {
		return kewajiban.terbit();
	}

	public boolean terlambat() {
		return kewajiban.terlambat();
	}

	/** Due already (its deadline is today or past), so it counts for the on-time rate. */
	public boolean jatuhTempo(java.time.LocalDate hariIni) {
		return !kewajiban.batas().isAfter(hariIni) || terbit();
	}

	/** How the calendar shows it: published, late (past its deadline unpublished), or planned. */
	public String statusTampil() {
		return terbit() ? "TERBIT" : terlambat() ? "TERLAMBAT" : "DIRENCANAKAN";
	}

	public boolean tepatWaktu() {
		return terbit() && !terlambat();
	}

}
