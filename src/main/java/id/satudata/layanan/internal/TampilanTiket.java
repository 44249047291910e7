package id.satudata.layanan.internal;

import org.springframework.stereotype.Component;

/** Builds what a requester sees of their ticket (by tracking code, or in their account). */
@Component
class TampilanTiket {

	private final PermintaanService permintaan;
	private final PengaduanService pengaduan;
	private final JejakLayanan jejak;
	private final BerkasLayanan berkas;

	TampilanTiket(PermintaanService permintaan, PengaduanService pengaduan, JejakLayanan jejak, BerkasLayanan berkas) {
		this.permintaan = permintaan;
		this.pengaduan = pengaduan;
		this.jejak = jejak;
		this.berkas = berkas;
	}

	TiketPublik permintaan(Permintaan p) {
		return TiketPublik.dari(p, permintaan.sla(p), jejak.riwayatPublik(RiwayatLayanan.PERMINTAAN, p.getId()),
				berkas.daftar(RiwayatLayanan.PERMINTAAN, p.getId()));
	}

	TiketPublik pengaduan(Pengaduan a) {
		return TiketPublik.dari(a, jejak.riwayatPublik(RiwayatLayanan.PENGADUAN, a.getId()),
				berkas.daftar(RiwayatLayanan.PENGADUAN, a.getId()));
	}

	/** The ticket behind a number and code, or "not found" (the same for a wrong code or an unknown number). */
	TiketPublik denganKode(String nomor, String kode) {
		if (NomorTiket.PENGADUAN.equals(NomorTiket.jenisDari(nomor))) {
			return pengaduan(pengaduan.milikPemegangKode(nomor, kode));
		}
		if (NomorTiket.PERMINTAAN.equals(NomorTiket.jenisDari(nomor))) {
			return permintaan(permintaan.milikPemegangKode(nomor, kode));
		}
		throw new id.satudata.shared.web.NotFoundException("layanan.galat.tiketTidakCocok");
	}

	/** A logged-in requester's own ticket. */
	TiketPublik milikSaya(String nomor) {
		if (NomorTiket.PENGADUAN.equals(NomorTiket.jenisDari(nomor))) {
			return pengaduan(pengaduan.milikSaya(nomor));
		}
		return permintaan(permintaan.milikSaya(nomor));
	}

	/** An attachment of the ticket (which the caller has already proven to hold). */
	LampiranLayanan lampiran(TiketPublik t, String uuid) {
		return t.lampiran().stream().filter(l -> l.getUuid().equals(uuid)).findFirst()
			.orElseThrow(() -> new id.satudata.shared.web.NotFoundException("layanan.galat.lampiranTidakAda"));
	}

}
