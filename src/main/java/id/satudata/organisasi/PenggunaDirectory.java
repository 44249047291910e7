package id.satudata.organisasi;

import java.util.List;
import java.util.Optional;

import id.satudata.shared.security.Peran;

/** Read access to users, for addressing work and notifications. */
public interface PenggunaDirectory {

	Optional<PenggunaRef> pengguna(long id);

	Optional<PenggunaRef> penggunaDenganUsername(String username);

	/** Active users holding {@code peran} in the organization (any unit or org-wide). */
	List<PenggunaRef> pemegangPeran(Peran peran, long organisasiId);

	/** Active users holding {@code peran} for that unit (unit-scoped or org-wide grants). */
	List<PenggunaRef> pemegangPeranUnit(Peran peran, long organisasiId, long unitId);

}
