package id.satudata.katalog.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.stereotype.Component;

import id.satudata.katalog.Akses;
import id.satudata.katalog.HakAksesKhusus;
import id.satudata.katalog.dataset.Dataset;
import id.satudata.katalog.rilis.Rilis;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Penugasan;
import id.satudata.shared.security.SatuDataUser;

/**
 * Who may see and change which dataset. The public sees TERBUKA datasets with a published release,
 * and only their published releases. Inside government:
 * <ul>
 * <li>administrators see and manage everything;</li>
 * <li>the Walidata of the dataset's organization manages it (sees every release);</li>
 * <li>the producing OPD's Produsen Data and Walidata Pendukung see it and every release;</li>
 * <li>the organization's Pembina Data and PPID see everything of it, drafts included (they check
 * and decide access);</li>
 * <li>any other role in the organization sees TERBATAS datasets' published releases.</li>
 * </ul>
 * Registered users (PENGGUNA) see a TERBATAS dataset only through a grant in force on a request
 * for information ({@link HakAksesKhusus}, the PPID's), asked on every request so that expiry and
 * revocation stop access at once.
 */
@Component
public class KatalogAkses {

	/** What the current caller may see, computed once per request. */
	public record Lingkup(boolean admin, Set<Long> kelolaOrganisasi, Set<Long> lihatSemuaOrganisasi, Set<Long> unitProdusen,
			Set<Long> terbatasOrganisasi, Set<Long> datasetKhusus) {

		static final Lingkup PUBLIK = new Lingkup(false, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

		public boolean publik() {
			return !admin && kelolaOrganisasi.isEmpty() && lihatSemuaOrganisasi.isEmpty() && unitProdusen.isEmpty()
					&& terbatasOrganisasi.isEmpty() && datasetKhusus.isEmpty();
		}

	}

	private final CurrentUser currentUser;
	private final ObjectProvider<HakAksesKhusus> hakKhusus;

	KatalogAkses(CurrentUser currentUser, ObjectProvider<HakAksesKhusus> hakKhusus) {
		this.currentUser = currentUser;
		this.hakKhusus = hakKhusus;
	}

	public Lingkup lingkup() {
		SatuDataUser user = currentUser.get().orElse(null);
		if (user == null) {
			return Lingkup.PUBLIK;
		}
		Set<Long> kelola = new HashSet<>();
		Set<Long> lihatSemua = new HashSet<>();
		Set<Long> unit = new HashSet<>();
		Set<Long> terbatas = new HashSet<>();
		boolean admin = false;
		for (Penugasan p : user.getPenugasan()) {
			switch (p.peran()) {
				case ADMIN -> admin = true;
				case WALIDATA -> kelola.add(p.organisasiId());
				case PEMBINA_DATA, PPID -> lihatSemua.add(p.organisasiId());
				case PRODUSEN_DATA, WALIDATA_PENDUKUNG -> {
					if (p.unitId() != null) {
						unit.add(p.unitId());
					}
					terbatas.add(p.organisasiId());
				}
				case PENGGUNA -> {
					// restricted data needs an approved request
				}
				default -> terbatas.add(p.organisasiId());
			}
		}
		Set<Long> khusus = new HashSet<>();
		hakKhusus.forEach(h -> khusus.addAll(h.datasetDiberikan(user.getId())));
		return new Lingkup(admin, kelola, lihatSemua, unit, terbatas, Set.copyOf(khusus));
	}

	/** Whether the dataset's metadata may be seen at all. */
	public boolean bolehLihat(Dataset d, Lingkup l) {
		if (bolehLihatDraf(d, l)) {
			return true;
		}
		if (!d.isDitayangkan()) {
			return false;
		}
		return d.getAkses() == Akses.TERBUKA || (d.getAkses() == Akses.TERBATAS
				&& (l.terbatasOrganisasi().contains(d.getOrganisasiId()) || l.datasetKhusus().contains(d.getId())));
	}

	/** Whether unpublished (draft and withdrawn) releases of the dataset may be seen. */
	public boolean bolehLihatDraf(Dataset d, Lingkup l) {
		return l.admin() || l.kelolaOrganisasi().contains(d.getOrganisasiId())
				|| l.lihatSemuaOrganisasi().contains(d.getOrganisasiId()) || l.unitProdusen().contains(d.getProdusenUnitId());
	}

	/** Whether the dataset, its schema and releases may be changed and releases published. */
	public boolean bolehKelola(Dataset d, Lingkup l) {
		if (d.isDipanen() && !PanenScope.aktif()) {
			// a harvested dataset is its source's: only the harvest changes it
			return false;
		}
		return l.admin() || l.kelolaOrganisasi().contains(d.getOrganisasiId());
	}

	/** Whether the caller may create datasets for the organization. */
	public boolean bolehBuat(long organisasiId, Lingkup l) {
		return l.admin() || l.kelolaOrganisasi().contains(organisasiId);
	}

	public boolean bolehLihat(Dataset d, Rilis r, Lingkup l) {
		return r.terbit() ? bolehLihat(d, l) : bolehLihatDraf(d, l);
	}

	/** {@link #bolehLihat(Dataset, Lingkup)} as a query condition: the same rules, applied by the database. */
	public PredicateSpecification<Dataset> terlihat(Lingkup l) {
		return (d, cb) -> {
			if (l.admin()) {
				return cb.conjunction();
			}
			List<Predicate> any = new ArrayList<>();
			any.add(cb.and(cb.isTrue(d.<Boolean>get("ditayangkan")), cb.equal(d.get("akses"), Akses.TERBUKA)));
			if (!l.terbatasOrganisasi().isEmpty()) {
				any.add(cb.and(cb.isTrue(d.<Boolean>get("ditayangkan")), cb.equal(d.get("akses"), Akses.TERBATAS),
						d.get("organisasiId").in(l.terbatasOrganisasi())));
			}
			if (!l.datasetKhusus().isEmpty()) {
				any.add(cb.and(cb.isTrue(d.<Boolean>get("ditayangkan")), cb.equal(d.get("akses"), Akses.TERBATAS),
						d.get("id").in(l.datasetKhusus())));
			}
			Set<Long> orgs = new HashSet<>(l.kelolaOrganisasi());
			orgs.addAll(l.lihatSemuaOrganisasi());
			if (!orgs.isEmpty()) {
				any.add(d.get("organisasiId").in(orgs));
			}
			if (!l.unitProdusen().isEmpty()) {
				any.add(d.get("produsenUnitId").in(l.unitProdusen()));
			}
			return cb.or(any.toArray(Predicate[]::new));
		};
	}

	/** {@link #bolehKelola(Dataset, Lingkup)} as a query condition. */
	public PredicateSpecification<Dataset> dikelola(Lingkup l) {
		return (d, cb) -> l.admin() ? cb.conjunction()
				: l.kelolaOrganisasi().isEmpty() ? cb.disjunction() : d.get("organisasiId").in(l.kelolaOrganisasi());
	}

}
