package id.satudata.perencanaan.monitoring;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import id.satudata.datastore.ColumnSpec;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.StatusRilis;
import id.satudata.perencanaan.KunciRilis;
import id.satudata.perencanaan.ProgresPengumpulan;
import id.satudata.perencanaan.ProgresRilis;
import id.satudata.perencanaan.internal.KatalogBaca;

/**
 * {@link ProgresPengumpulan} from the catalog alone, while no collection module provides it. In the
 * catalog a release is uploaded as a draft and published by the Walidata, so:
 * <ul>
 * <li>collected: a release of the period exists (any status), at its first upload;</li>
 * <li>checked and published: a version of the period is published (TERBIT), at its first
 * publication — publishing is the Walidata's check;</li>
 * <li>SDI compliance: from the dataset's metadata, 25 points per principle — Standar Data (a
 * standard is named), Metadata (description, unit, contact, topic and keywords filled, in
 * proportion), Interoperabilitas (a schema whose every column has a label), Kode Referensi (a
 * column checked against a Kode Referensi list);</li>
 * <li>time per review step: unknown (the catalog has no review steps).</li>
 * </ul>
 */
final class ProgresDariKatalog implements ProgresPengumpulan {

	private final KatalogBaca katalog;

	ProgresDariKatalog(KatalogBaca katalog) {
		this.katalog = katalog;
	}

	@Override
	public Map<KunciRilis, ProgresRilis> progres(Collection<KunciRilis> rilis) {
		Map<Long, DatasetDetail> datasets = katalog.detail(rilis.stream().map(KunciRilis::datasetId)
			.collect(Collectors.toSet()));
		Map<KunciRilis, ProgresRilis> out = new HashMap<>();
		for (KunciRilis k : rilis) {
			DatasetDetail d = datasets.get(k.datasetId());
			if (d == null) {
				continue;
			}
			List<RilisView> versions = d.rilis().stream().filter(r -> r.periode().equals(k.periode())).toList();
			if (versions.isEmpty()) {
				continue;
			}
			Instant collected = versions.stream().map(RilisView::dibuatPada).filter(Objects::nonNull)
				.min(Comparator.naturalOrder()).orElse(null);
			Instant published = versions.stream().filter(r -> r.status() == StatusRilis.TERBIT)
				.map(RilisView::diterbitkanPada).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
			out.put(k, new ProgresRilis(collected, published, published, skor(d), Map.of()));
		}
		return out;
	}

	/** SDI compliance of a dataset from its catalog metadata (0–100). */
	static int skor(DatasetDetail d) {
		double points = 0;
		if (filled(d.standarData())) {
			points += 25;
		}
		int meta = 0;
		meta += filled(d.ringkas().deskripsi()) ? 1 : 0;
		meta += filled(d.satuan()) ? 1 : 0;
		meta += filled(d.kontakNama()) || filled(d.kontakEmail()) ? 1 : 0;
		meta += filled(d.ringkas().topik()) ? 1 : 0;
		meta += d.ringkas().kataKunci() != null && !d.ringkas().kataKunci().isEmpty() ? 1 : 0;
		points += 25.0 * meta / 5;
		List<ColumnSpec> kolom = d.kolom() == null ? List.of() : d.kolom();
		if (!kolom.isEmpty() && kolom.stream().allMatch(c -> filled(c.label()))) {
			points += 25;
		}
		if (kolom.stream().anyMatch(c -> filled(c.codeList()))) {
			points += 25;
		}
		return (int) Math.round(points);
	}

	private static boolean filled(String s) {
		return s != null && !s.isBlank();
	}

}
