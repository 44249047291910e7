package id.satudata.referensi.kode;

import java.util.List;

import org.springframework.data.repository.Repository;

interface KodeVersiRepository extends Repository<KodeVersi, Long> {

	KodeVersi save(KodeVersi versi);

	List<KodeVersi> findByDaftarIdOrderByVersiDesc(long daftarId);

}
