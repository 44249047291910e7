package id.satudata.pemeriksaan.pengajuan;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.StatusRilis;
import id.satudata.pemeriksaan.AksiPemeriksaan;
import id.satudata.pemeriksaan.StatusPengajuan;
import id.satudata.perencanaan.KunciRilis;
import id.satudata.perencanaan.ProgresPengumpulan;
import id.satudata.perencanaan.ProgresRilis;
import id.satudata.shared.security.SystemActor;

/**
 * How collection stands, for planning's monitoring, the Data Prioritas status and the release
 * calendar ({@link ProgresPengumpulan}), from the submissions themselves: collected when the
 * producer first submitted, checked when it became ready to publish (both checks passed),
 * published when it was published; the compliance score of the newest upload; the working time
 * spent in each review step. A period without a submission (the Walidata's own upload) counts from
 * the catalog: a release of the period as collected, a published one as checked and published.
 */
@Component
class ProgresPengajuan implements ProgresPengumpulan {

	private final PengajuanRepository pengajuan;
	private final RiwayatPengajuanRepository riwayat;
	private final Katalog katalog;
	private final SystemActor system;

	ProgresPengajuan(PengajuanRepository pengajuan, RiwayatPengajuanRepository riwayat, Katalog katalog,
			SystemActor system) {
		this.pengajuan = pengajuan;
		this.riwayat = riwayat;
		this.katalog = katalog;
		this.system = system;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<KunciRilis, ProgresRilis> progres(Collection<KunciRilis> rilis) {
		if (rilis.isEmpty()) {
			return Map.of();
		}
		Set<Long> datasetIds = rilis.stream().map(KunciRilis::datasetId).collect(Collectors.toSet());
		Map<KunciRilis, List<Pengajuan>> byKey = pengajuan.findByDatasetIdIn(datasetIds).stream()
			.collect(Collectors.groupingBy(p -> new KunciRilis(p.getDatasetId(), p.getPeriode())));
		List<Long> ids = byKey.values().stream().flatMap(List::stream).map(Pengajuan::getId).toList();
		Map<Long, List<RiwayatPengajuan>> history = ids.isEmpty() ? Map.of()
				: riwayat.findByPengajuanIdInOrderByWaktuAscIdAsc(ids).stream()
					.collect(Collectors.groupingBy(RiwayatPengajuan::getPengajuanId));
		Map<Long, Optional<DatasetDetail>> datasets = new HashMap<>();
		Map<KunciRilis, ProgresRilis> out = new LinkedHashMap<>();
		for (KunciRilis k : rilis) {
			List<Pengajuan> found = byKey.getOrDefault(k, List.of());
			Optional<ProgresRilis> p = found.isEmpty() ? Optional.empty() : Optional.of(dariPengajuan(found, history));
			Optional<DatasetDetail> d = datasets.computeIfAbsent(k.datasetId(), this::dataset);
			Optional<Instant> published = d.flatMap(x -> terbit(x, k.periode()));
			if (p.isPresent()) {
				ProgresRilis r = p.get();
				Instant terbit = r.diterbitkanPada() != null ? r.diterbitkanPada() : published.orElse(null);
				out.put(k, new ProgresRilis(r.dikumpulkanPada(), r.diperiksaPada() != null ? r.diperiksaPada() : terbit, terbit,
						r.skorKepatuhan(), r.waktuPerTahap()));
			}
			else {
				// no submission: the Walidata's own releases count, a draft as collected
				Optional<Instant> created = d.flatMap(x -> dibuat(x, k.periode()));
				created.ifPresent(c -> out.put(k, new ProgresRilis(c, published.orElse(null), published.orElse(null), null,
						Map.of())));
			}
		}
		return out;
	}

	private ProgresRilis dariPengajuan(List<Pengajuan> found, Map<Long, List<RiwayatPengajuan>> history) {
		List<RiwayatPengajuan> steps = found.stream().flatMap(p -> history.getOrDefault(p.getId(), List.of()).stream())
			.sorted(Comparator.comparing(RiwayatPengajuan::getWaktu)).toList();
		Instant collected = steps.stream().filter(s -> s.getAksi() == AksiPemeriksaan.AJUKAN).map(RiwayatPengajuan::getWaktu)
			.findFirst().orElse(null);
		Instant checked = steps.stream().filter(s -> s.getKe() == StatusPengajuan.SIAP_TERBIT).map(RiwayatPengajuan::getWaktu)
			.findFirst().orElse(null);
		Instant published = found.stream().map(Pengajuan::getDiterbitkanPada).filter(Objects::nonNull)
			.min(Comparator.naturalOrder()).orElse(null);
		Pengajuan newest = found.stream().max(Comparator.comparing(Pengajuan::getDibuatPada)).orElseThrow();
		Map<String, Duration> perStep = new LinkedHashMap<>();
		for (RiwayatPengajuan s : history.getOrDefault(newest.getId(), List.of())) {
			if (s.getDari() != StatusPengajuan.DRAFT) {
				perStep.merge(s.getDari().name(), Duration.ofMinutes(s.getMenitKerja()), Duration::plus);
			}
		}
		return new ProgresRilis(collected, checked, published, newest.getSkorKepatuhan(), perStep);
	}

	/** The catalog's view of a dataset, read as the platform (this answers for dashboards, not for a user). */
	private Optional<DatasetDetail> dataset(long id) {
		return system.run(() -> katalog.dataset(String.valueOf(id)));
	}

	private static Optional<Instant> dibuat(DatasetDetail d, String periode) {
		return d.rilis().stream().filter(r -> r.periode().equals(periode)).map(RilisView::dibuatPada)
			.filter(Objects::nonNull).min(Comparator.naturalOrder());
	}

	private static Optional<Instant> terbit(DatasetDetail d, String periode) {
		return d.rilis().stream().filter(r -> r.status() == StatusRilis.TERBIT && r.periode().equals(periode))
			.map(RilisView::diterbitkanPada).filter(Objects::nonNull).min(Comparator.naturalOrder());
	}

}
