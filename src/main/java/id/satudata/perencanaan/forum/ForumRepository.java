package id.satudata.perencanaan.forum;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface ForumRepository extends Repository<ForumSesi, Long> {

	ForumSesi save(ForumSesi f);

	Optional<ForumSesi> findById(Long id);

	Page<ForumSesi> findByOrganisasiIdIn(Collection<Long> organisasiIds, Pageable halaman);

	Page<ForumSesi> findAll(Pageable halaman);

	long countByOrganisasiId(long organisasiId);

}
