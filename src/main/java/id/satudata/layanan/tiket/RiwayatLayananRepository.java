package id.satudata.layanan.tiket;

import java.util.List;

import org.springframework.data.repository.Repository;

interface RiwayatLayananRepository extends Repository<RiwayatLayanan, Long> {

	RiwayatLayanan save(RiwayatLayanan r);

	List<RiwayatLayanan> findByObjekTipeAndObjekIdOrderByWaktuAscIdAsc(String objekTipe, long objekId);

}
