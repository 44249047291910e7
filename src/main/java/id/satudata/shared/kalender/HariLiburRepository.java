package id.satudata.shared.kalender;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.Repository;

interface HariLiburRepository extends Repository<HariLibur, LocalDate> {

	List<HariLibur> findAllByOrderByTanggalAsc();

	List<HariLibur> findByTanggalBetweenOrderByTanggalAsc(LocalDate from, LocalDate to);

	boolean existsById(LocalDate tanggal);

	HariLibur save(HariLibur hariLibur);

	void deleteById(LocalDate tanggal);

}
