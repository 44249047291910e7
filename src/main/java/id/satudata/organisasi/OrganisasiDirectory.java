package id.satudata.organisasi;

import java.util.List;
import java.util.Optional;

/** Read access to the organization tree and its units. */
public interface OrganisasiDirectory {

	Optional<OrganisasiRef> organisasi(long id);

	Optional<OrganisasiRef> organisasiDenganKodeWilayah(String kodeWilayah);

	/** All organizations, parents before children. */
	List<OrganisasiRef> semuaOrganisasi();

	/** The organization and every organization below it. */
	List<OrganisasiRef> organisasiDanTurunan(long organisasiId);

	Optional<UnitRef> unit(long id);

	/** The organization's units, by kind then name. */
	List<UnitRef> unitOrganisasi(long organisasiId);

	List<UnitRef> unitBerjenis(long organisasiId, JenisUnit jenis);

	/** Every unit of the given type across organizations. */
	List<UnitRef> semuaUnitBerjenis(JenisUnit jenis);

}
