package id.satudata.standar.metadata;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.standar.PemilikMetadata;
import id.satudata.standar.PemilikRef;

/**
 * Metadata of katalog datasets ({@code DATASET:<dataset id>}): the dataset's Walidata (who manages it)
 * and the Produsen Data of its producing unit fill it; every role of the dataset's organization
 * that may see the dataset reads the drafts; whoever may see the dataset reads the public fields of
 * the final forms.
 */
@Component
class DatasetPemilikMetadata implements PemilikMetadata {

	private final Katalog katalog;
	private final CurrentUser currentUser;

	DatasetPemilikMetadata(Katalog katalog, CurrentUser currentUser) {
		this.katalog = katalog;
		this.currentUser = currentUser;
	}

	@Override
	public String jenis() {
		return PemilikRef.DATASET;
	}

	@Override
	public Optional<InfoPemilik> info(String pemilikId) {
		return dataset(pemilikId).map(d -> new InfoPemilik(d.ringkas().judul(),
				(d.bolehKelola() ? "/kelola/dataset/" : "/dataset/") + d.ringkas().slug(), d.ringkas().organisasiId()));
	}

	@Override
	public boolean bolehLihat(String pemilikId) {
		return dataset(pemilikId).filter(d -> bolehUbah(d) || currentUser.has(Peran.ADMIN)
				|| currentUser.get().map(u -> u.getPenugasan().stream()
					.anyMatch(p -> p.organisasiId() == d.ringkas().organisasiId() && p.peran() != Peran.PENGGUNA))
					.orElse(false))
			.isPresent();
	}

	@Override
	public boolean bolehUbah(String pemilikId) {
		return dataset(pemilikId).filter(this::bolehUbah).isPresent();
	}

	@Override
	public boolean publik(String pemilikId) {
		return dataset(pemilikId).isPresent();
	}

	private boolean bolehUbah(DatasetDetail d) {
		return d.bolehKelola() || currentUser.hasForUnit(Peran.PRODUSEN_DATA, d.ringkas().organisasiId(), d.produsenUnitId());
	}

	private Optional<DatasetDetail> dataset(String id) {
		return id != null && id.matches("\\d{1,18}") ? katalog.dataset(id) : Optional.empty();
	}

}
