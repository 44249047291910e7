package id.satudata.standar;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;

/**
 * A test owner kind ({@code UJI}) that behaves like another module's object embedding an MS-Keg
 * (as a recommendation request does): Produsen Data fill it, Pembina Data read it and set the
 * recommendation number, it uses blocks I–VII only. Ids starting with {@code kunci} are locked
 * (nobody may change their metadata).
 */
@Component
class UjiPemilikMetadata implements PemilikMetadata {

	static final String JENIS = "UJI";

	private final CurrentUser currentUser;

	UjiPemilikMetadata(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Override
	public String jenis() {
		return JENIS;
	}

	@Override
	public Optional<InfoPemilik> info(String id) {
		return bolehLihat(id) ? Optional.of(new InfoPemilik("Permohonan uji " + id, "/kelola/uji/" + id, null))
				: Optional.empty();
	}

	@Override
	public boolean bolehLihat(String id) {
		return currentUser.has(Peran.PRODUSEN_DATA) || currentUser.has(Peran.PEMBINA_DATA);
	}

	@Override
	public boolean bolehUbah(String id) {
		return currentUser.has(Peran.PRODUSEN_DATA) && !id.startsWith("kunci");
	}

	@Override
	public boolean bolehTetapkanRekomendasi(String id) {
		return currentUser.has(Peran.PEMBINA_DATA);
	}

	@Override
	public List<String> blok(JenisMetadata jenis) {
		return jenis == JenisMetadata.MS_KEGIATAN ? List.of("I", "II", "III", "IV", "V", "VI", "VII") : List.of();
	}

}
