package id.satudata.layanan.tiket;

import java.time.Instant;
import java.util.List;

import id.satudata.layanan.internal.BatasWaktu;

/**
 * A ticket as its requester sees it on the tracking page or in their account: what they asked, where
 * it stands, the public steps of its history (not the internal disposition notes), the answer, the
 * rating — never the staff's names.
 */
public record TiketPublik(String nomor, Jenis jenis, String jenisKey, String perihal, String uraian, String kanalKey,
		String statusKey, boolean terbuka, boolean selesai, String nama, String surel, String telepon,
		Instant diterimaPada, Instant tenggat, Instant diselesaikanPada, String hasil, Integer nilai,
		String komentarNilai, List<RiwayatLayanan> riwayat, List<LampiranLayanan> lampiran) {

	/**
	 * What the requester sees of the ticket's kind.
	 *
	 * @param judulKey what it is ("Permintaan layanan", "Pengaduan")
	 * @param jenisLabelKey what its type is called ("Jenis layanan", "Kategori")
	 * @param hasilKey what its result is called ("Hasil", "Jawaban")
	 * @param perkiraan the estimate of its handling, when its kind states one
	 */
	public record Jenis(String judulKey, String jenisLabelKey, String hasilKey, BatasWaktu perkiraan) {
	}

	static TiketPublik dari(Tiket<?, ?> t, Jenis jenis, List<RiwayatLayanan> riwayat, List<LampiranLayanan> lampiran) {
		return new TiketPublik(t.getNomor(), jenis, t.jenisKey(), t.getPerihal(), t.getUraian(), t.kanalKey(),
				t.getStatus().labelKey(), t.getStatus().terbuka(), t.getStatus().selesai(), t.getNama(), t.getSurel(),
				t.getTelepon(), t.getDiterimaPada(), t.getTenggat(), t.getDiselesaikanPada(), t.getHasil(), t.getNilai(),
				t.getKomentarNilai(), riwayat, lampiran);
	}

	public boolean bisaDinilai() {
		return selesai && nilai == null;
	}

}
