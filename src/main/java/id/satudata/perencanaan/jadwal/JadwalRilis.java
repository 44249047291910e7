package id.satudata.perencanaan.jadwal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One scheduled release of an entry: a period and its planned release date. */
@Embeddable
public class JadwalRilis {

	@Column(nullable = false, length = 40)
	private String periode;

	@Column(name = "tanggal_rencana", nullable = false)
	private LocalDate tanggalRencana;

	/** Changed by hand (not as generated from the frequency). */
	@Column(name = "diubah_manual", nullable = false)
	private boolean diubahManual;

	protected JadwalRilis() {
	}

	public JadwalRilis(String periode, LocalDate tanggalRencana, boolean diubahManual) {
		this.periode = periode;
		this.tanggalRencana = tanggalRencana;
		this.diubahManual = diubahManual;
	}

	public String getPeriode() {
		return periode;
	}

	public LocalDate getTanggalRencana() {
		return tanggalRencana;
	}

	public boolean isDiubahManual() {
		return diubahManual;
	}

}
