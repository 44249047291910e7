package id.satudata.portal.dataset;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.Datastore;
import id.satudata.datastore.TableDiff;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.StatusRilis;
import id.satudata.katalog.TabelRilis;
import id.satudata.shared.web.NotFoundException;

/**
 * What changed between two published releases of a dataset ({@code /dataset/{slug}/perubahan?dari=&ke=}):
 * two periods, or two versions of one period, chosen among the public releases only (the newest and the
 * one before it by default); rows added, removed and changed with old and new values, and the largest
 * relative changes. Rows are matched on the key columns, and across periods on the coded keys (the
 * region) alone. At most {@value #SAMPLES} rows of each kind are listed; the counts are exact.
 */
@Controller
class PerubahanController {

	static final int SAMPLES = 100;

	/** A chosen pair and what changed from the first to the second. */
	record Perubahan(RilisView dari, RilisView ke, TableDiff diff) {
	}

	private final Katalog katalog;
	private final Datastore datastore;

	PerubahanController(Katalog katalog, Datastore datastore) {
		this.katalog = katalog;
		this.datastore = datastore;
	}

	@GetMapping("/dataset/{slug}/perubahan")
	String changes(@PathVariable String slug, @RequestParam(required = false) String dari,
			@RequestParam(required = false) String ke, Model model) {
		DatasetDetail d = katalog.dataset(slug).orElseThrow(() -> new NotFoundException("dataset.galat.tidakAda"));
		List<RilisView> terbit = d.rilis().stream().filter(r -> r.status() == StatusRilis.TERBIT).toList();
		model.addAttribute("d", d);
		model.addAttribute("terbit", terbit);
		RilisView to = pick(terbit, ke).orElse(terbit.isEmpty() ? null : terbit.get(0));
		RilisView from = pick(terbit, dari).orElse(terbit.stream().filter(r -> to != null && !r.uuid().equals(to.uuid()))
			.findFirst().orElse(null));
		if (to != null && from != null && !from.uuid().equals(to.uuid())) {
			TabelRilis before = katalog.tabel(from.uuid()).orElseThrow(NotFoundException::new);
			TabelRilis after = katalog.tabel(to.uuid()).orElseThrow(NotFoundException::new);
			boolean samePeriod = from.periode().equals(to.periode());
			List<String> keys = d.kolom().stream().filter(c -> c.key() && (samePeriod || c.codeList() != null))
				.map(ColumnSpec::name).toList();
			if (keys.isEmpty()) {
				keys = d.kolom().stream().filter(ColumnSpec::key).map(ColumnSpec::name).toList();
			}
			model.addAttribute("perubahan", new Perubahan(from, to, datastore.diff(before.tabel(), after.tabel(), keys,
					SAMPLES)));
		}
		model.addAttribute("dari", from);
		model.addAttribute("ke", to);
		return "portal/dataset-perubahan";
	}

	/** A public release by its id; an id of anything else is not one. */
	private static Optional<RilisView> pick(List<RilisView> terbit, String uuid) {
		if (uuid == null || uuid.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(terbit.stream().filter(r -> r.uuid().equals(uuid)).findFirst()
			.orElseThrow(NotFoundException::new));
	}

}
