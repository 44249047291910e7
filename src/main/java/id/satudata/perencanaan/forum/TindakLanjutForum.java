package id.satudata.perencanaan.forum;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A follow-up agreed in a Forum session: it becomes a Rencana Aksi item when the session is set. */
@Embeddable
class TindakLanjutForum {

	@Column(nullable = false, length = 1000)
	private String uraian;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(nullable = false)
	private LocalDate tenggat;

	@Column(name = "rencana_aksi_id")
	private Long rencanaAksiId;

	protected TindakLanjutForum() {
	}

	TindakLanjutForum(String uraian, long unitId, LocalDate tenggat) {
		this.uraian = uraian.strip();
		this.unitId = unitId;
		this.tenggat = tenggat;
	}

	void menjadi(long rencanaAksi) {
		this.rencanaAksiId = rencanaAksi;
	}

	public String getUraian() {
		return uraian;
	}

	public long getUnitId() {
		return unitId;
	}

	public LocalDate getTenggat() {
		return tenggat;
	}

	public Long getRencanaAksiId() {
		return rencanaAksiId;
	}

}
