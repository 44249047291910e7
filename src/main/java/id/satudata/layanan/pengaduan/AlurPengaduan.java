package id.satudata.layanan.pengaduan;

import static id.satudata.layanan.pengaduan.AksiPengaduan.ESKALASI;
import static id.satudata.layanan.pengaduan.AksiPengaduan.KLASIFIKASI;
import static id.satudata.layanan.pengaduan.AksiPengaduan.SELESAIKAN;
import static id.satudata.layanan.pengaduan.AksiPengaduan.TANGGAPI;
import static id.satudata.layanan.pengaduan.AksiPengaduan.TOLAK;
import static id.satudata.layanan.pengaduan.StatusPengaduan.DIPROSES;
import static id.satudata.layanan.pengaduan.StatusPengaduan.DITERIMA;
import static id.satudata.layanan.pengaduan.StatusPengaduan.DITOLAK;
import static id.satudata.layanan.pengaduan.StatusPengaduan.SELESAI;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.http.HttpStatus;

import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.shared.alur.Alur;
import id.satudata.shared.alur.TransisiDitolak;

/**
 * The complaint's state machine:
 * <pre>
 * DITERIMA --KLASIFIKASI--> DIPROSES --SELESAIKAN--> SELESAI
 * DITERIMA --TOLAK--> DITOLAK
 * DIPROSES --KLASIFIKASI | TANGGAPI | ESKALASI--> DIPROSES;  DITERIMA --ESKALASI--> DITERIMA
 * </pre>
 * A complaint is held by one level of the service desk, the Petugas Layanan first; only that
 * level's role in the complaint's organization acts on it (the parts a user plays are the levels
 * whose role they hold there), and escalation hands it to the level above (none above the Kepala
 * Dinas). Classifying needs a tier; responding, escalating, resolving and refusing need a text. The
 * machine answers the next status and the level that holds the complaint then; the complaint
 * applies exactly that.
 */
final class AlurPengaduan {

	/** Where a step leads: the new status and the level that holds the complaint then. */
	record Langkah(StatusPengaduan status, TingkatLayanan tingkat) {
	}

	/** What a step depends on besides the status: the level holding the complaint, the tier chosen. */
	record Konteks(TingkatLayanan pemegang, KategoriPengaduan kategori) {
	}

	/** The table: every step, from which statuses, where it leads and who may take it. */
	private static final Alur<StatusPengaduan, AksiPengaduan, TingkatLayanan, Konteks> ALUR = Alur
		.<StatusPengaduan, AksiPengaduan, TingkatLayanan, Konteks>tabel(StatusPengaduan.class, AksiPengaduan.class,
				"layanan.galat.tidakBerlaku", "layanan.galat.tidakBerwenang", StatusPengaduan::labelKey,
				AksiPengaduan::labelKey)
		.langkah(KLASIFIKASI).dari(DITERIMA, DIPROSES).ke(DIPROSES).olehKonteks(AlurPengaduan::pemegang)
		.langkah(TANGGAPI).dari(DIPROSES).ke(DIPROSES).olehKonteks(AlurPengaduan::pemegang)
		// escalation keeps the status and hands it one level up: not possible above the Kepala Dinas
		.langkah(ESKALASI).dari(DITERIMA, DIPROSES).ke((s, k) -> s)
		.olehKonteks(k -> k.pemegang().atasan().isPresent() ? pemegang(k) : Set.of())
		.langkah(SELESAIKAN).dari(DIPROSES).ke(SELESAI).olehKonteks(AlurPengaduan::pemegang)
		.langkah(TOLAK).dari(DITERIMA).ke(DITOLAK).olehKonteks(AlurPengaduan::pemegang)
		.syarat(m -> m.konteks().kategori() != null, HttpStatus.BAD_REQUEST, "layanan.galat.kategoriWajib", KLASIFIKASI)
		.catatanWajib(a -> "layanan.galat.catatanWajib." + a.name(), TANGGAPI, ESKALASI, SELESAIKAN, TOLAK)
		.bangun();

	private AlurPengaduan() {
	}

	/**
	 * The status and holder after {@code aksi}, or the reason it is refused ({@link TransisiDitolak}):
	 * 409 when the action does not apply, 403 when the user does not hold the complaint's level, 400
	 * when a tier or a text is missing.
	 *
	 * @param pemegang the level that holds the complaint now
	 * @param peran the levels whose role the user holds in the complaint's organization
	 */
	static Langkah jalankan(StatusPengaduan dari, AksiPengaduan aksi, TingkatLayanan pemegang, Set<TingkatLayanan> peran,
			KategoriPengaduan kategori, String catatan) {
		StatusPengaduan ke = ALUR.jalankan(dari, aksi, peran, new Konteks(pemegang, kategori), catatan);
		return new Langkah(ke, aksi == ESKALASI ? pemegang.atasan().orElseThrow() : pemegang);
	}

	/** The actions the user may take (texts not considered). */
	static Set<AksiPengaduan> aksiTersedia(StatusPengaduan status, TingkatLayanan pemegang, Set<TingkatLayanan> peran) {
		return ALUR.aksiTersedia(status, peran, new Konteks(pemegang, null));
	}

	/** Only the level that holds the complaint acts on it. */
	private static Set<TingkatLayanan> pemegang(Konteks k) {
		return EnumSet.of(k.pemegang());
	}

}
