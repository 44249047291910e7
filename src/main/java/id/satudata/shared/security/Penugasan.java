package id.satudata.shared.security;

import java.io.Serializable;

/**
 * A role held by a user within an organization and, optionally, one unit of it.
 *
 * @param peran the role
 * @param organisasiId the organization the role is scoped to
 * @param unitId the unit the role is scoped to, or {@code null} for the whole organization
 */
public record Penugasan(Peran peran, long organisasiId, Long unitId) implements Serializable {

	/** Whether this assignment grants {@code peran} for the given unit (an org-wide grant covers all its units). */
	public boolean covers(Peran peran, long organisasiId, Long unitId) {
		return this.peran == peran && this.organisasiId == organisasiId
				&& (this.unitId == null || this.unitId.equals(unitId));
	}

}
