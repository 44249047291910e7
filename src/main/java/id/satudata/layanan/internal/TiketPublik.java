package id.satudata.layanan.internal;

import java.time.Instant;
import java.util.List;

/**
 * A ticket as its requester sees it on the tracking page: what they asked, where it stands, the
 * public steps of its history (not the internal disposition notes), the answer, the rating.
 */
record TiketPublik(String nomor, boolean pengaduan, String perihal, String uraian, String jenisKey, String kanalKey,
		String statusKey, boolean terbuka, boolean selesai, String nama, String surel, String telepon,
		Instant diterimaPada, String perkiraanKey, BatasWaktu perkiraan, Instant tenggat, Instant diselesaikanPada,
		String hasil, Integer nilai, String komentarNilai, List<RiwayatLayanan> riwayat, List<LampiranLayanan> lampiran) {

	static TiketPublik dari(Permintaan p, BatasWaktu sla, List<RiwayatLayanan> riwayat, List<LampiranLayanan> lampiran) {
		return new TiketPublik(p.getNomor(), false, p.getPerihal(), p.getUraian(), p.getJenis().labelKey(),
				p.getKanal().labelKey(), p.getStatus().labelKey(), p.getStatus().terbuka(),
				p.getStatus() == StatusPermintaan.SELESAI, p.getNamaPemohon(), p.getSurel(), p.getTelepon(),
				p.getDiterimaPada(), sla.labelKey(), sla, p.getTenggat(), p.getDiselesaikanPada(), p.getHasil(),
				p.getNilai(), p.getKomentarNilai(), riwayat, lampiran);
	}

	static TiketPublik dari(Pengaduan a, List<RiwayatLayanan> riwayat, List<LampiranLayanan> lampiran) {
		return new TiketPublik(a.getNomor(), true, a.getPerihal(), a.getUraian(),
				a.getKategori() == null ? null : a.getKategori().labelKey(), a.getKanal().labelKey(),
				a.getStatus().labelKey(), a.getStatus().terbuka(), a.getStatus() == StatusPengaduan.SELESAI,
				a.getNamaPelapor(), a.getSurel(), a.getTelepon(), a.getDiterimaPada(), null, null, a.getTenggat(),
				a.getDiselesaikanPada(), a.getJawaban(), a.getNilai(), a.getKomentarNilai(), riwayat, lampiran);
	}

	public boolean bisaDinilai() {
		return selesai && nilai == null;
	}

}
