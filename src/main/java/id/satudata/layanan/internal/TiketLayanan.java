package id.satudata.layanan.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.UserFacingException;

/**
 * What requests and complaints share when they are filed and followed: the requester's contact
 * (a name and at least one way to reach them), the number, attachments, the history, the
 * notifications, the rating.
 */
@Component
class TiketLayanan {

	private final NomorTiket nomor;
	private final BerkasLayanan berkas;
	private final JejakLayanan jejak;
	private final KabarLayanan kabar;
	private final CurrentUser currentUser;

	TiketLayanan(NomorTiket nomor, BerkasLayanan berkas, JejakLayanan jejak, KabarLayanan kabar,
			CurrentUser currentUser) {
		this.nomor = nomor;
		this.berkas = berkas;
		this.jejak = jejak;
		this.kabar = kabar;
		this.currentUser = currentUser;
	}

	/** The requester: a name and an e-mail address or a phone number (to be answered at all). */
	Pemohon pemohon(String nama, String instansi, String surel, String telepon, Long penggunaId) {
		String n = Isian.wajib("nama", nama, 150);
		String i = Isian.opsional("instansi", instansi, 200);
		String s = Isian.surel("surel", surel);
		String t = Isian.telepon("telepon", telepon);
		if (s == null && t == null && penggunaId == null) {
			throw new InvalidFieldException("surel", "layanan.galat.kontakWajib");
		}
		return new Pemohon(n, i, s, t, penggunaId);
	}

	String nomor(String jenis) {
		return nomor.berikutnya(jenis);
	}

	void periksaLampiran(List<BerkasMasuk> files) {
		berkas.periksa(files, "lampiran", BerkasLayanan.semuaJenis());
	}

	void simpanLampiran(String objekTipe, long objekId, List<BerkasMasuk> files) {
		berkas.simpan(objekTipe, objekId, LampiranLayanan.LAMPIRAN, files, currentUser.actorName());
	}

	RiwayatLayanan jejak(JejakLayanan.Langkah langkah) {
		return jejak.catat(langkah);
	}

	KabarLayanan kabar() {
		return kabar;
	}

	/** A rating is 1–5, given once, for a resolved ticket. */
	void periksaNilai(Integer nilai, boolean selesai, boolean sudahDinilai) {
		if (!selesai) {
			throw new UserFacingException(HttpStatus.CONFLICT, "layanan.galat.belumSelesai");
		}
		if (sudahDinilai) {
			throw new UserFacingException(HttpStatus.CONFLICT, "layanan.galat.sudahDinilai");
		}
		if (nilai == null || nilai < 1 || nilai > 5) {
			throw new InvalidFieldException("nilai", "layanan.galat.nilai");
		}
	}

}
