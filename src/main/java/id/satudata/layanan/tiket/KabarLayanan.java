package id.satudata.layanan.tiket;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.notifikasi.Notifikasi;
import id.satudata.notifikasi.Pemberitahuan;
import id.satudata.notifikasi.Penerima;

/**
 * The service desk's notifications: to the holder of a level (a named person, or every holder of
 * the level's role in the organization), to the requester (their account, or their e-mail address
 * when they filed without one) and breach warnings once per step ({@code kirimSekali}). The
 * recommendation requests notify through {@code Notifikasi} themselves, with {@link #JENIS}.
 */
@Component
public class KabarLayanan {

	/** The kind of every notification of the service desk. */
	public static final String JENIS = "layanan";

	private final Notifikasi notifikasi;

	KabarLayanan(Notifikasi notifikasi) {
		this.notifikasi = notifikasi;
	}

	static List<Penerima> pemegang(long organisasiId, TingkatLayanan tingkat, Long penggunaId) {
		return penggunaId != null ? List.of(Penerima.pengguna(penggunaId))
				: List.of(Penerima.peran(tingkat.peran(), organisasiId));
	}

	void ke(List<Penerima> kepada, String key, String tautan, String... args) {
		notifikasi.kirim(kepada, Pemberitahuan.of(JENIS, key, tautan, args));
	}

	void kePemegang(long organisasiId, TingkatLayanan tingkat, Long penggunaId, String key, String tautan,
			String... args) {
		notifikasi.kirim(pemegang(organisasiId, tingkat, penggunaId), Pemberitahuan.of(JENIS, key, tautan, args));
	}

	/**
	 * To the requester: in their account when they filed logged in (link into the back office), else
	 * by e-mail when they gave an address (link to the public tracking page); nobody otherwise.
	 */
	void kePemohon(Long penggunaId, String surel, String nama, String key, String tautanAkun, String tautanPublik,
			String... args) {
		if (penggunaId != null) {
			notifikasi.kirim(List.of(Penerima.pengguna(penggunaId)), Pemberitahuan.of(JENIS, key, tautanAkun, args));
		}
		else if (surel != null) {
			notifikasi.kirim(List.of(Penerima.surel(surel, nama)), Pemberitahuan.of(JENIS, key, tautanPublik, args));
		}
	}

	/** A breach warning to the holder and the holder's superior, once per {@code kunci}. */
	boolean terlambat(String kunci, List<Penerima> kepada, String key, String tautan, String... args) {
		return notifikasi.kirimSekali(kunci, kepada, Pemberitahuan.of(JENIS, key, tautan, args));
	}

	/** The holder and the holder's superior. */
	static List<Penerima> pemegangDanAtasan(long organisasiId, TingkatLayanan tingkat, Long penggunaId) {
		List<Penerima> kepada = new ArrayList<>(pemegang(organisasiId, tingkat, penggunaId));
		tingkat.atasan().ifPresent(a -> kepada.add(Penerima.peran(a.peran(), organisasiId)));
		return kepada;
	}

}
