package id.satudata.perencanaan.daftardata;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.Akses;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.standar.PemilikMetadata;

/**
 * Metadata statistik forms attached to a Daftar Data entry (owner kind {@code DAFTAR_DATA}, e.g.
 * the MS-Keg of the activity an entry plans): the planning roles of its organization read them, its
 * producer and the Walidata fill them in, and the public reads the final forms of approved, open
 * entries.
 */
@Component
class EntriPemilikMetadata implements PemilikMetadata {

	static final String JENIS = "DAFTAR_DATA";

	private final EntriRepository entri;
	private final AksesPerencanaan akses;

	EntriPemilikMetadata(EntriRepository entri, AksesPerencanaan akses) {
		this.entri = entri;
		this.akses = akses;
	}

	@Override
	public String jenis() {
		return JENIS;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<InfoPemilik> info(String pemilikId) {
		return find(pemilikId).filter(e -> akses.bolehLihat(e.getOrganisasiId()) || publik(e))
			.map(e -> new InfoPemilik(e.getJudul() + " (Daftar Data " + e.getTahun() + ")",
					"/kelola/daftar-data/entri/" + e.getId(), e.getOrganisasiId()));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean bolehLihat(String pemilikId) {
		return find(pemilikId).map(e -> akses.admin() || akses.bolehLihat(e.getOrganisasiId())).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean bolehUbah(String pemilikId) {
		return find(pemilikId).map(e -> akses.admin() || akses.produsen(e.getOrganisasiId(), e.getProdusenUnitId())
				|| akses.walidata(e.getOrganisasiId())).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean publik(String pemilikId) {
		return find(pemilikId).map(EntriPemilikMetadata::publik).orElse(false);
	}

	private static boolean publik(Entri e) {
		return e.getStatus() == StatusEntri.DISETUJUI && e.getAkses() == Akses.TERBUKA;
	}

	private Optional<Entri> find(String id) {
		try {
			return entri.findById(Long.parseLong(id));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

}
