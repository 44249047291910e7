package id.satudata.perencanaan.forum;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ForumRepository extends Repository<ForumSesi, Long> {

	ForumSesi save(ForumSesi f);

	Optional<ForumSesi> findById(Long id);

	List<ForumSesi> findByOrganisasiIdInOrderByTanggalDesc(Collection<Long> organisasiIds);

	List<ForumSesi> findAllByOrderByTanggalDesc();

	long countByOrganisasiId(long organisasiId);

}
