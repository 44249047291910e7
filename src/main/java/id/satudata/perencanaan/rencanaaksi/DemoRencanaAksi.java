package id.satudata.perencanaan.rencanaaksi;

import java.util.List;

import org.springframework.stereotype.Component;

import id.satudata.perencanaan.internal.DemoAkun;

/** The demo's Rencana Aksi under way: the first two follow-ups started and reported on by their units. */
@Component
public class DemoRencanaAksi {

	private final RencanaAksiService rencanaAksi;
	private final DemoAkun akun;

	DemoRencanaAksi(RencanaAksiService rencanaAksi, DemoAkun akun) {
		this.rencanaAksi = rencanaAksi;
		this.akun = akun;
	}

	/** Starts and reports on the first two items (the session's follow-ups, in order). */
	public void mulai(List<Long> item) {
		akun.runAs("walidata", () -> {
			rencanaAksi.jalankan(item.get(0), AksiRencanaAksi.MULAI, null);
			return rencanaAksi.lapor(item.get(0), 60, "MS-Keg kependudukan dan kesehatan selesai disusun.");
		});
		akun.runAs("produsen", () -> {
			rencanaAksi.jalankan(item.get(1), AksiRencanaAksi.MULAI, null);
			return rencanaAksi.lapor(item.get(1), 40, "Dua dari lima dataset sudah memakai kode wilayah.");
		});
	}

}
