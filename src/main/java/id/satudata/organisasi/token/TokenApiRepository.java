package id.satudata.organisasi.token;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface TokenApiRepository extends Repository<TokenApi, Long> {

	TokenApi save(TokenApi token);

	Optional<TokenApi> findByHash(String hash);

	Optional<TokenApi> findByUuid(String uuid);

	List<TokenApi> findByPenggunaIdOrderByDibuatPadaDesc(long penggunaId);

	long countByPenggunaIdAndDicabutPadaIsNull(long penggunaId);

	boolean existsByDemoTrueAndDicabutPadaIsNull();

}
