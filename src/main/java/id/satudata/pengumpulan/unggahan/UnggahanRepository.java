package id.satudata.pengumpulan.unggahan;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface UnggahanRepository extends Repository<Unggahan, Long> {

	Unggahan save(Unggahan u);

	Optional<Unggahan> findByUuid(String uuid);

	/** Bytes of the files kept for an organization's uploads (a file re-checked several times counts once). */
	@org.springframework.data.jpa.repository.Query("select coalesce(sum(u.ukuranBerkas), 0) from Unggahan u "
			+ "where u.organisasiId = :organisasi and u.berkasDihapus = false "
			+ "and u.id = (select min(x.id) from Unggahan x where x.berkasKey = u.berkasKey)")
	long terpakai(long organisasi);

	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("update Unggahan u set u.berkasDihapus = true where u.berkasKey = :key")
	int berkasDihapus(String key);

	java.util.List<Unggahan> findByNodeAndStatusIn(String node, java.util.Collection<Unggahan.Status> status);

}
