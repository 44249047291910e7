package id.satudata.layanan.tiket;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface LampiranLayananRepository extends Repository<LampiranLayanan, Long> {

	LampiranLayanan save(LampiranLayanan l);

	void delete(LampiranLayanan l);

	Optional<LampiranLayanan> findByUuid(String uuid);

	List<LampiranLayanan> findByObjekTipeAndObjekIdOrderByIdAsc(String objekTipe, long objekId);

	long countByObjekTipeAndObjekIdAndJenis(String objekTipe, long objekId, String jenis);

}
