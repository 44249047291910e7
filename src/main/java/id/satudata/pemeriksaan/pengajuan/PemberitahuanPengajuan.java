package id.satudata.pemeriksaan.pengajuan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import id.satudata.notifikasi.Notifikasi;
import id.satudata.notifikasi.Pemberitahuan;
import id.satudata.notifikasi.Penerima;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.pemeriksaan.AksiPemeriksaan;
import id.satudata.pemeriksaan.AlurPemeriksaan;
import id.satudata.pemeriksaan.KonteksPengajuan;
import id.satudata.pemeriksaan.PeranPemeriksaan;
import id.satudata.pemeriksaan.StatusPengajuan;
import id.satudata.shared.security.Peran;

/**
 * Who hears of a step: whoever the submission now waits for, and the producers when it is returned
 * or published. Reviewers' links lead to the review page, producers' to their submission page.
 */
@Component
class PemberitahuanPengajuan {

	static final String JENIS = "pemeriksaan";

	private final Notifikasi notifikasi;
	private final OrganisasiDirectory organisasi;

	PemberitahuanPengajuan(Notifikasi notifikasi, OrganisasiDirectory organisasi) {
		this.notifikasi = notifikasi;
		this.organisasi = organisasi;
	}

	void setelah(Pengajuan p, AksiPemeriksaan aksi, KonteksPengajuan konteks, String judul) {
		String kunciAksi = Pemberitahuan.kunci("pemeriksaan.aksi." + aksi.name());
		if (p.getStatus() == StatusPengajuan.TERBIT) {
			notifikasi.kirim(produsen(p), Pemberitahuan.of(JENIS, "pemeriksaan.notif.terbit", produsenLink(p), judul));
			return;
		}
		if (p.getStatus() == StatusPengajuan.DIKEMBALIKAN) {
			notifikasi.kirim(produsen(p), Pemberitahuan.of(JENIS, "pemeriksaan.notif.dikembalikan", produsenLink(p), judul));
			return;
		}
		AlurPemeriksaan.menunggu(p.getStatus(), konteks).ifPresent(giliran -> {
			List<Penerima> to = penerima(p, giliran);
			if (!to.isEmpty()) {
				notifikasi.kirim(to, Pemberitahuan.of(JENIS, "pemeriksaan.notif.menunggu", reviewLink(p), judul, kunciAksi,
						Pemberitahuan.kunci("pemeriksaan.status." + p.getStatus().name())));
			}
		});
	}

	/** The release of a published submission was withdrawn from the dataset page. */
	void rilisDitarik(Pengajuan p, String judul) {
		notifikasi.kirim(produsen(p), Pemberitahuan.of(JENIS, "pemeriksaan.notif.rilisDitarik", produsenLink(p), judul));
	}

	void catatanBaru(Pengajuan p, String judul) {
		notifikasi.kirim(produsen(p), Pemberitahuan.of(JENIS, "pemeriksaan.notif.catatan", produsenLink(p), judul));
	}

	List<Penerima> penerima(Pengajuan p, PeranPemeriksaan giliran) {
		long org = p.getOrganisasiId();
		List<Penerima> to = new ArrayList<>();
		switch (giliran) {
			case PRODUSEN -> to.addAll(produsen(p));
			case WALIDATA_PENDUKUNG -> to.add(Penerima.peranUnit(Peran.WALIDATA_PENDUKUNG, org, p.getProdusenUnitId()));
			case WALIDATA -> to.add(Penerima.peran(Peran.WALIDATA, org));
			case PEMBINA_STATISTIK -> pembina(org, JenisUnit.PEMBINA_DATA_STATISTIK, to);
			case PEMBINA_GEOSPASIAL -> pembina(org, JenisUnit.PEMBINA_DATA_GEOSPASIAL, to);
		}
		return to;
	}

	private void pembina(long org, JenisUnit jenis, List<Penerima> to) {
		for (UnitRef u : organisasi.unitBerjenis(org, jenis)) {
			if (u.aktif()) {
				to.add(Penerima.peranUnit(Peran.PEMBINA_DATA, org, u.id()));
			}
		}
	}

	private static List<Penerima> produsen(Pengajuan p) {
		return List.of(Penerima.peranUnit(Peran.PRODUSEN_DATA, p.getOrganisasiId(), p.getProdusenUnitId()));
	}

	static String reviewLink(Pengajuan p) {
		return "/kelola/pemeriksaan/" + p.getId();
	}

	static String produsenLink(Pengajuan p) {
		return "/kelola/pengumpulan/pengajuan/" + p.getId();
	}

}
