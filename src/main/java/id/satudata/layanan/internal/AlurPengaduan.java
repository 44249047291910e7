package id.satudata.layanan.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * The complaint's state machine:
 * <pre>
 * DITERIMA --KLASIFIKASI--> DIPROSES --SELESAIKAN--> SELESAI
 * DITERIMA --TOLAK--> DITOLAK
 * DIPROSES --KLASIFIKASI | TANGGAPI | ESKALASI--> DIPROSES;  DITERIMA --ESKALASI--> DITERIMA
 * </pre>
 * A complaint is held by one level of the service desk, the Petugas Layanan first; only that
 * level's role in the complaint's organization acts on it, and escalation hands it to the level
 * above (none above the Kepala Dinas). Classifying needs a tier; responding, escalating, resolving
 * and refusing need a text. Pure logic, like {@link AlurPermintaan}.
 */
final class AlurPengaduan {

	/** Where a step leads: the new status and the level that holds the complaint then. */
	record Langkah(StatusPengaduan status, TingkatLayanan tingkat) {
	}

	private AlurPengaduan() {
	}

	/**
	 * @param pemegang the level that holds the complaint now
	 * @param peran the levels whose role the user holds in the complaint's organization
	 */
	static Langkah jalankan(StatusPengaduan dari, AksiPengaduan aksi, TingkatLayanan pemegang, Set<TingkatLayanan> peran,
			KategoriPengaduan kategori, String catatan) {
		if (!berlaku(dari, aksi, pemegang)) {
			throw new TransisiDitolak(HttpStatus.CONFLICT, "layanan.galat.tidakBerlaku", label(aksi.labelKey()),
					label(dari.labelKey()));
		}
		if (!peran.contains(pemegang)) {
			throw new TransisiDitolak(HttpStatus.FORBIDDEN, "layanan.galat.tidakBerwenang", label(aksi.labelKey()));
		}
		if (aksi == AksiPengaduan.KLASIFIKASI && kategori == null) {
			throw new TransisiDitolak(HttpStatus.BAD_REQUEST, "layanan.galat.kategoriWajib");
		}
		if (aksi != AksiPengaduan.KLASIFIKASI && (catatan == null || catatan.isBlank())) {
			throw new TransisiDitolak(HttpStatus.BAD_REQUEST, "layanan.galat.catatanWajib." + aksi.name());
		}
		return switch (aksi) {
			case KLASIFIKASI, TANGGAPI -> new Langkah(StatusPengaduan.DIPROSES, pemegang);
			case ESKALASI -> new Langkah(dari, pemegang.atasan().orElseThrow());
			case SELESAIKAN -> new Langkah(StatusPengaduan.SELESAI, pemegang);
			case TOLAK -> new Langkah(StatusPengaduan.DITOLAK, pemegang);
		};
	}

	/** The actions the user may take (texts not considered). */
	static Set<AksiPengaduan> aksiTersedia(StatusPengaduan status, TingkatLayanan pemegang, Set<TingkatLayanan> peran) {
		Set<AksiPengaduan> out = EnumSet.noneOf(AksiPengaduan.class);
		if (!peran.contains(pemegang)) {
			return out;
		}
		for (AksiPengaduan a : AksiPengaduan.values()) {
			if (berlaku(status, a, pemegang)) {
				out.add(a);
			}
		}
		return out;
	}

	/** Whether {@code aksi} applies to a complaint in {@code status} held at {@code pemegang}. */
	static boolean berlaku(StatusPengaduan status, AksiPengaduan aksi, TingkatLayanan pemegang) {
		return switch (aksi) {
			case KLASIFIKASI, ESKALASI -> status.terbuka() && (aksi != AksiPengaduan.ESKALASI || pemegang.atasan().isPresent());
			case TANGGAPI, SELESAIKAN -> status == StatusPengaduan.DIPROSES;
			case TOLAK -> status == StatusPengaduan.DITERIMA;
		};
	}

	private static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

}
