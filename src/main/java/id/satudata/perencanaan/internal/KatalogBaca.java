package id.satudata.perencanaan.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.OrganisasiKatalog;
import id.satudata.katalog.PencarianDataset;
import id.satudata.shared.security.SystemActor;

/**
 * The linked datasets as the catalog knows them, read through {@link Katalog} as the platform (a
 * planning page counts every release, whoever looks; what the public is shown of it is decided by
 * {@code jadwal.JadwalRilisService#publik}). Never cached across requests, so a release uploaded a moment
 * ago counts at once. Within {@link #withPrefetch} one batch serves the whole computation: the datasets
 * of the producers concerned are found with one catalog search and read with one
 * {@link Katalog#detail} call instead of one lookup each.
 */
@Component
public class KatalogBaca {

	private final Katalog katalog;
	private final SystemActor system;
	private final ThreadLocal<Map<Long, Optional<DatasetDetail>>> memo = new ThreadLocal<>();

	KatalogBaca(Katalog katalog, SystemActor system) {
		this.katalog = katalog;
		this.system = system;
	}

	/** Runs {@code work} with the datasets {@code datasetIds} (of producers {@code unitIds}) read once for it. */
	public <T> T withPrefetch(Collection<Long> datasetIds, Collection<Long> unitIds, Supplier<T> work) {
		if (memo.get() != null) {
			return work.get();
		}
		Map<Long, Optional<DatasetDetail>> m = new HashMap<>();
		memo.set(m);
		try {
			prefetch(m, datasetIds, unitIds);
			return work.get();
		}
		finally {
			memo.remove();
		}
	}

	private void prefetch(Map<Long, Optional<DatasetDetail>> m, Collection<Long> datasetIds, Collection<Long> unitIds) {
		Set<Long> wanted = new HashSet<>(datasetIds);
		wanted.remove(null);
		if (wanted.size() < 3 || unitIds.isEmpty()) {
			return;
		}
		system.run(() -> {
			Set<Long> units = new HashSet<>(unitIds);
			List<String> slugs = katalog.organisasi().stream().filter(o -> units.contains(o.unitId()))
				.map(OrganisasiKatalog::slug).toList();
			if (slugs.isEmpty()) {
				return;
			}
			List<DatasetRingkas> hits = katalog.cari(new PencarianDataset(null, Map.of(PencarianDataset.Facet.ORGANISASI,
					slugs), "NAMA", 0, 1000, List.of())).hasil().stream().filter(r -> wanted.contains(r.id())).toList();
			katalog.detail(hits).forEach(d -> m.put(d.ringkas().id(), Optional.of(d)));
		});
	}

	/** The datasets that exist among {@code ids}. */
	public Map<Long, DatasetDetail> detail(Collection<Long> ids) {
		Map<Long, Optional<DatasetDetail>> m = memo.get();
		Map<Long, DatasetDetail> out = new HashMap<>();
		for (Long id : ids) {
			if (id == null) {
				continue;
			}
			Optional<DatasetDetail> d = m == null ? baca(id) : m.computeIfAbsent(id, this::baca);
			d.ifPresent(x -> out.put(id, x));
		}
		return out;
	}

	public Optional<DatasetDetail> detail(long id) {
		return Optional.ofNullable(detail(List.of(id)).get(id));
	}

	/** Forget what this computation read of a dataset (planning just changed it). */
	public void forget(long datasetId) {
		Map<Long, Optional<DatasetDetail>> m = memo.get();
		if (m != null) {
			m.remove(datasetId);
		}
	}

	private Optional<DatasetDetail> baca(long id) {
		return system.run(() -> katalog.dataset(String.valueOf(id)));
	}

}
