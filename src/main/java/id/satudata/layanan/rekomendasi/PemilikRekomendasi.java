package id.satudata.layanan.rekomendasi;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.satudata.standar.JenisMetadata;
import id.satudata.standar.PemilikMetadata;

/**
 * Answers module {@code standar} for the MS-Keg of a recommendation request (owner kind
 * {@code REKOMENDASI}): whoever may see the request reads its MS-Keg; the requesting unit fills it
 * while the request may be changed (a draft, or returned for correction); the Pembina Data sets the
 * recommendation number on it. A request uses the header and blocks I–VII (dissemination, block
 * VIII, is not part of the request for a recommendation).
 */
@Component
class PemilikRekomendasi implements PemilikMetadata {

	private final RekomendasiRepository repository;
	private final RekomendasiAkses akses;

	PemilikRekomendasi(RekomendasiRepository repository, RekomendasiAkses akses) {
		this.repository = repository;
		this.akses = akses;
	}

	@Override
	public String jenis() {
		return BerkasRekomendasi.PEMILIK;
	}

	@Override
	public Optional<InfoPemilik> info(String pemilikId) {
		return rekomendasi(pemilikId).filter(akses::bolehLihat)
			.map(r -> new InfoPemilik(r.getNomor() + ": " + r.getJudulKegiatan(), RekomendasiService.tautan(r.getNomor()),
					r.getOrganisasiId()));
	}

	@Override
	public boolean bolehLihat(String pemilikId) {
		return rekomendasi(pemilikId).map(akses::bolehLihat).orElse(false);
	}

	@Override
	public boolean bolehUbah(String pemilikId) {
		return rekomendasi(pemilikId)
			.map(r -> r.getStatus().dapatDiubah() && akses.peran(r).contains(PeranRekomendasi.PEMOHON)).orElse(false);
	}

	@Override
	public boolean bolehTetapkanRekomendasi(String pemilikId) {
		return rekomendasi(pemilikId).map(r -> akses.peran(r).contains(PeranRekomendasi.PEMBINA)).orElse(false);
	}

	@Override
	public List<String> blok(JenisMetadata jenis) {
		return jenis == JenisMetadata.MS_KEGIATAN ? BerkasRekomendasi.BLOK : List.of();
	}

	private Optional<Rekomendasi> rekomendasi(String pemilikId) {
		try {
			return repository.findById(Long.parseLong(pemilikId));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

}
