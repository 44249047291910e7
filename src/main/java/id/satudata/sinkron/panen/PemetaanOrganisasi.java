package id.satudata.sinkron.panen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A source organization (by its CKAN name) mapped to a local producer unit. */
@Entity
@Table(name = "sinkron_pemetaan_organisasi")
public class PemetaanOrganisasi {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "sumber_id", nullable = false)
	private long sumberId;

	@Column(name = "organisasi_asal", nullable = false, length = 200)
	private String organisasiAsal;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	protected PemetaanOrganisasi() {
	}

	PemetaanOrganisasi(long sumberId, String organisasiAsal, long unitId) {
		this.sumberId = sumberId;
		this.organisasiAsal = organisasiAsal;
		this.unitId = unitId;
	}

	void ubahUnit(long unitId) {
		this.unitId = unitId;
	}

	public Long getId() {
		return id;
	}

	public long getSumberId() {
		return sumberId;
	}

	public String getOrganisasiAsal() {
		return organisasiAsal;
	}

	public long getUnitId() {
		return unitId;
	}

}
