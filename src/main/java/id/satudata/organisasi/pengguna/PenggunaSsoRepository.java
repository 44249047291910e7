package id.satudata.organisasi.pengguna;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The look-ups of single sign-on: a local account by the field the provider's claim is matched against. */
interface PenggunaSsoRepository extends Repository<Pengguna, Long> {

	List<Pengguna> findByUsernameIgnoreCase(String username);

	List<Pengguna> findByEmailIgnoreCase(String email);

	List<Pengguna> findByNip(String nip);

}
