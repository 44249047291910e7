package id.satudata.standar.metadata;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import id.satudata.standar.StatusMetadata;

interface DokumenMetadataRepository extends JpaRepository<DokumenMetadata, Long> {

	List<DokumenMetadata> findByPemilikJenisAndPemilikIdOrderByTahunDescIdDesc(String pemilikJenis, String pemilikId);

	List<DokumenMetadata> findByPemilikJenisAndPemilikIdAndStatusOrderByTahunDescIdDesc(String pemilikJenis,
			String pemilikId, StatusMetadata status);

	List<DokumenMetadata> findByOrganisasiIdInOrderByDiubahPadaDesc(Collection<Long> organisasiId, Pageable page);

	List<DokumenMetadata> findAllByOrderByDiubahPadaDesc(Pageable page);

	boolean existsByPemilikJenisAndPemilikId(String pemilikJenis, String pemilikId);

}
