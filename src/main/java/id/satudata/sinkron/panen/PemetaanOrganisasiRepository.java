package id.satudata.sinkron.panen;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PemetaanOrganisasiRepository extends JpaRepository<PemetaanOrganisasi, Long> {

	List<PemetaanOrganisasi> findBySumberIdOrderByOrganisasiAsalAsc(long sumberId);

	Optional<PemetaanOrganisasi> findBySumberIdAndOrganisasiAsal(long sumberId, String organisasiAsal);

}
