package id.satudata.layanan.tiket;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import id.satudata.layanan.internal.TingkatLayanan;

/**
 * One kind of ticket as the ticket core serves it (service requests, complaints), implemented by the
 * kind's feature: how it is named across the desk, its table, which of its statuses are open, who
 * has it in their inbox, when it is past due, and what the requester sees of its kind. The core
 * ({@link TiketLayanan}) does the rest the same way for every kind: filing, tracking codes, rating,
 * the history, the clocks and breach warnings.
 */
public interface JenisTiket<T extends Tiket<?, ?>> {

	/**
	 * How a kind of ticket is named across the desk.
	 *
	 * @param awalan its numbers' prefix ({@link NomorTiket})
	 * @param kunciTimer the first letter of its clocks' keys on the pages ({@code P12})
	 * @param objekTipe the object type of its history and attachments ({@link RiwayatLayanan})
	 * @param auditTipe the object type of its audit events
	 * @param auditAwalan the prefix of its audit actions ({@code layanan.diajukan})
	 * @param tautanKelola its list in the back office; a ticket's page is this plus {@code /nomor}
	 * @param notifMasuk the notification to its first holder when it is filed
	 * @param notifDiterima the notification to the requester when it is filed
	 * @param kartuKey the message key of the home-page card of what waits for the user
	 * @param ikon the card's icon
	 */
	record Sebutan(String awalan, char kunciTimer, String objekTipe, String auditTipe, String auditAwalan,
			String tautanKelola, String notifMasuk, String notifDiterima, String kartuKey, String ikon) {

		public String tautan(String nomor) {
			return tautanKelola + "/" + nomor;
		}

	}

	Sebutan sebutan();

	TiketRepository<T> repository();

	/** The statuses in which it is still being handled. */
	Collection<? extends StatusTiket> statusTerbuka();

	/** The order of its inbox and of the list of open tickets (e.g. the most urgent first). */
	Sort urutan();

	/**
	 * What waits for the user: open tickets held at a level whose role they hold in the ticket's
	 * organization ({@code tingkat}: the user's levels per organization).
	 */
	default Specification<T> kotakMasuk(Map<Long, Set<TingkatLayanan>> tingkat, long penggunaId) {
		return terbuka().and(SpesifikasiTiket.dipegang(tingkat));
	}

	/** Open tickets whose clock ran past its due time at {@code sekarang}. */
	default Specification<T> lewatTenggat(Instant sekarang) {
		return terbuka().and((root, query, cb) -> cb.lessThan(root.get("tenggat"), sekarang));
	}

	/** The message key of the breach warning for this ticket, and the key under which it is sent once. */
	String pesanTerlambat(T tiket);

	String kunciTerlambat(T tiket);

	/** What its channel and type add to the audit summary of its filing ("EMAIL, PERENCANAAN"). */
	String keterangan(T tiket);

	/** What the requester sees of its kind on the tracking page. */
	TiketPublik.Jenis jenisPublik(T tiket);

	/**
	 * Whether the current user may read a ticket of this kind in the back office: by default the staff
	 * of its organization's service desk (and administrators).
	 */
	default boolean bolehLihat(T tiket, id.satudata.layanan.internal.LayananAkses akses) {
		return akses.bolehLihat(tiket.getOrganisasiId());
	}

	/**
	 * Whether the user may open the back-office list of this kind ({@link Sebutan#tautanKelola()}): by
	 * default the staff of any organization's service desk and administrators, as the URL rules of
	 * {@code /kelola/layanan} and {@code /kelola/pengaduan} say. The home page shows a kind's card only
	 * to those.
	 */
	default boolean bolehBukaDaftar(id.satudata.layanan.internal.LayananAkses akses) {
		return akses.admin() || !akses.organisasiStaf().isEmpty();
	}

	/** Who is told when one is filed: by default whoever holds the level that first has it. */
	default java.util.List<id.satudata.notifikasi.Penerima> penerimaMasuk(T tiket) {
		return KabarLayanan.pemegang(tiket.getOrganisasiId(), tiket.getTingkat(), tiket.getPemegangId());
	}

	/** Who is warned when one is past due: by default the holder and the holder's superior. */
	default java.util.List<id.satudata.notifikasi.Penerima> penerimaTerlambat(T tiket) {
		return KabarLayanan.pemegangDanAtasan(tiket.getOrganisasiId(), tiket.getTingkat(), tiket.getPemegangId());
	}

	/** Whether it moves along the levels of the service desk (its history names the level that holds it). */
	default boolean bertingkat() {
		return true;
	}

	/** Still being handled. */
	default Specification<T> terbuka() {
		return (root, query, cb) -> root.get("status").in(statusTerbuka());
	}

}
