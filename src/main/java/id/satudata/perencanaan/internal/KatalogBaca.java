package id.satudata.perencanaan.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.RilisDiterbitkan;
import id.satudata.shared.security.SystemActor;

/**
 * The linked datasets as the catalog knows them, read through {@link Katalog} as the platform (a
 * planning page counts every release, whoever looks; what is shown of it is decided here, see
 * {@link JadwalRilisService#publik}). Kept for a few seconds per dataset, and forgotten at once
 * when a release of it is published or withdrawn or when planning links it.
 */
@Component
class KatalogBaca {

	private final Katalog katalog;
	private final SystemActor system;
	private final Cache<Long, Optional<DatasetDetail>> cache = Caffeine.newBuilder().maximumSize(20_000)
		.expireAfterWrite(Duration.ofSeconds(15)).build();

	KatalogBaca(Katalog katalog, SystemActor system) {
		this.katalog = katalog;
		this.system = system;
	}

	/** The datasets that exist among {@code ids}. */
	Map<Long, DatasetDetail> detail(Collection<Long> ids) {
		Map<Long, DatasetDetail> out = new HashMap<>();
		for (Long id : ids) {
			if (id == null) {
				continue;
			}
			Optional<DatasetDetail> d = cache.get(id, k -> system.run(() -> katalog.dataset(String.valueOf(k))));
			d.ifPresent(x -> out.put(id, x));
		}
		return out;
	}

	Optional<DatasetDetail> detail(long id) {
		return Optional.ofNullable(detail(java.util.List.of(id)).get(id));
	}

	void lupakan(long datasetId) {
		cache.invalidate(datasetId);
	}

	@EventListener
	void rilisBerubah(RilisDiterbitkan e) {
		cache.invalidate(e.datasetId());
	}

}
