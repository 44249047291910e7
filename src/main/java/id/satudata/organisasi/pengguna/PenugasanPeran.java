package id.satudata.organisasi.pengguna;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import id.satudata.shared.security.Peran;
import id.satudata.shared.security.Penugasan;

/** A role a user holds in an organization, optionally limited to one unit. */
@Embeddable
public class PenugasanPeran {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Peran peran;

	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	@Column(name = "unit_id")
	private Long unitId;

	protected PenugasanPeran() {
	}

	public PenugasanPeran(Peran peran, long organisasiId, Long unitId) {
		this.peran = peran;
		this.organisasiId = organisasiId;
		this.unitId = unitId;
	}

	Penugasan toPenugasan() {
		return new Penugasan(peran, organisasiId, unitId);
	}

	public Peran getPeran() {
		return peran;
	}

	public long getOrganisasiId() {
		return organisasiId;
	}

	public Long getUnitId() {
		return unitId;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof PenugasanPeran p && p.peran == peran && p.organisasiId == organisasiId
				&& Objects.equals(p.unitId, unitId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(peran, organisasiId, unitId);
	}

}
