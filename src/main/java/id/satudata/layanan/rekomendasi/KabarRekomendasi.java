package id.satudata.layanan.rekomendasi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.satudata.layanan.tiket.JamLayanan;
import id.satudata.layanan.tiket.KabarLayanan;
import id.satudata.layanan.tiket.SumberTenggat;
import id.satudata.notifikasi.Notifikasi;
import id.satudata.notifikasi.Pemberitahuan;
import id.satudata.notifikasi.Penerima;
import id.satudata.shared.security.Peran;

/**
 * Who hears of a recommendation request and when: the Pembina Data (and the Kepala Dinas, to whom
 * the letter is addressed) when it is submitted, the requesting unit when it is returned, both when
 * it is declared layak; the Pembina Data and the Kepala Dinas once its limit ran out. Also the
 * request's clock on the back-office pages ({@code R3}).
 */
@Component
class KabarRekomendasi implements SumberTenggat {

	private final RekomendasiRepository repository;
	private final RekomendasiAkses akses;
	private final Notifikasi notifikasi;
	private final JamLayanan jam;

	KabarRekomendasi(RekomendasiRepository repository, RekomendasiAkses akses, Notifikasi notifikasi, JamLayanan jam) {
		this.repository = repository;
		this.akses = akses;
		this.notifikasi = notifikasi;
		this.jam = jam;
	}

	void diajukan(Rekomendasi r) {
		notifikasi.kirim(pembinaDanKadis(r), pesan(r, "rekomendasi.notif.diajukan"));
	}

	void dikembalikan(Rekomendasi r) {
		notifikasi.kirim(pemohon(r), pesan(r, "rekomendasi.notif.dikembalikan"));
	}

	void layak(Rekomendasi r) {
		List<Penerima> kepada = new ArrayList<>(pemohon(r));
		kepada.add(Penerima.peran(Peran.KEPALA_DINAS, r.getOrganisasiId()));
		notifikasi.kirim(kepada, pesan(r, "rekomendasi.notif.layak", r.getNomorRekomendasi()));
	}

	@Override
	public char kunciTimer() {
		return 'R';
	}

	@Override
	public Optional<JamLayanan.Timer> timer(long id, Instant now) {
		return Optional.of(timer(akses.lihat(id), now));
	}

	/** The Pembina Data's limit while their clock runs; nothing otherwise. */
	JamLayanan.Timer timer(Rekomendasi r, Instant now) {
		String kunci = kunciTimer() + String.valueOf(r.getId());
		if (!r.getStatus().menungguPembina() || r.getTenggat() == null) {
			return jam.tanpa(kunci);
		}
		return jam.sisa(kunci, now, r.getTenggat());
	}

	/** Warnings for requests past the Pembina Data's limit, once per limit (inside the caller's transaction). */
	@Override
	public int ingatkanTerlambat(Instant sekarang) {
		int n = 0;
		for (Rekomendasi r : repository.findByStatusInAndTenggatBefore(
				EnumSet.of(StatusRekomendasi.DIAJUKAN, StatusRekomendasi.DIPERIKSA), sekarang)) {
			if (notifikasi.kirimSekali("rekomendasi:" + r.getId() + ":" + r.getTenggat().getEpochSecond() + ":terlambat",
					pembinaDanKadis(r), pesan(r, "rekomendasi.notif.terlambat"))) {
				n++;
			}
		}
		return n;
	}

	private static Pemberitahuan pesan(Rekomendasi r, String key, String... lain) {
		List<String> args = new ArrayList<>(List.of(r.getNomor(), r.getJudulKegiatan()));
		args.addAll(List.of(lain));
		return Pemberitahuan.of(KabarLayanan.JENIS, key, RekomendasiService.tautan(r.getNomor()),
				args.toArray(String[]::new));
	}

	private List<Penerima> pembinaDanKadis(Rekomendasi r) {
		List<Penerima> kepada = new ArrayList<>();
		akses.unitPembina(r.getOrganisasiId())
			.ifPresent(u -> kepada.add(Penerima.peranUnit(Peran.PEMBINA_DATA, r.getOrganisasiId(), u.id())));
		kepada.add(Penerima.peran(Peran.KEPALA_DINAS, r.getOrganisasiId()));
		return kepada;
	}

	private static List<Penerima> pemohon(Rekomendasi r) {
		return List.of(Penerima.pengguna(r.getPembuatId()),
				Penerima.peranUnit(Peran.PRODUSEN_DATA, r.getOrganisasiId(), r.getPemohonUnitId()));
	}

}
