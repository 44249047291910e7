package id.satudata.pengumpulan.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.pemeriksaan.Pemeriksaan;
import id.satudata.pemeriksaan.PengajuanView;
import id.satudata.pemeriksaan.PeranPemeriksaan;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Penugasan;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.NotFoundException;

/**
 * What the producer's pages may show the current user: the datasets of the units they produce data
 * for and the submissions they are a producer of; anything else is "not found".
 */
@Component
public class AksesProdusen {

	private final Pemeriksaan pemeriksaan;
	private final Katalog katalog;
	private final CurrentUser currentUser;

	AksesProdusen(Pemeriksaan pemeriksaan, Katalog katalog, CurrentUser currentUser) {
		this.pemeriksaan = pemeriksaan;
		this.katalog = katalog;
		this.currentUser = currentUser;
	}

	/** The units the current user produces data for. */
	public Set<Long> unitSaya() {
		return currentUser.get().map(u -> u.getPenugasan().stream()
			.filter(p -> p.peran() == Peran.PRODUSEN_DATA && p.unitId() != null).map(Penugasan::unitId)
			.collect(Collectors.toSet())).orElse(Set.of());
	}

	/** A dataset one of the user's units produces. */
	public DatasetDetail dataset(long id) {
		DatasetDetail d = katalog.dataset(String.valueOf(id)).orElseThrow(NotFoundException::new);
		if (!unitSaya().contains(d.produsenUnitId())) {
			throw new NotFoundException();
		}
		return d;
	}

	/** A submission the user is a producer of. */
	public PengajuanView pengajuan(long id) {
		PengajuanView p = pemeriksaan.pengajuan(id).orElseThrow(NotFoundException::new);
		if (!p.peran().contains(PeranPemeriksaan.PRODUSEN)) {
			throw new NotFoundException();
		}
		return p;
	}

}
