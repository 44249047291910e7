package id.satudata.standar.usulan;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;

import id.satudata.shared.alur.Alur;
import id.satudata.shared.alur.TransisiDitolak;

/**
 * The SDS proposal state machine: DRAFT → (AJUKAN) the first active level → (TERUSKAN) the next
 * active level … → DI_PEMBINA_PUSAT → (SETUJUI) DISETUJUI or (TOLAK) DITOLAK; every level may
 * KEMBALIKAN to the producer (DIKEMBALIKAN), who revises and submits again (back to the first active
 * level: every level sees the revised text) or BATALKAN. Rules:
 * <ul>
 * <li>Which levels are active is the proposal's context: a level without an organization in this
 * deployment, or skipped by configuration, is passed over; the Pembina Data level is always
 * active.</li>
 * <li>A proposal waiting at a level that is no longer active (the configuration changed meanwhile)
 * is handled by the next active level above it, so nothing is stuck.</li>
 * <li>Forwarding and approving need the level's checklist complete; returning and rejecting need a
 * note.</li>
 * </ul>
 * Pure logic: the service derives the user's {@link PeranUsulan}s, applies the status the table
 * answers under optimistic locking, records the step and its handling time, audits and notifies.
 */
final class AlurUsulanSds {

	/**
	 * @param aktif the review levels this proposal passes through (the Pembina level is added if missing)
	 */
	record Konteks(Set<TingkatUsulan> aktif) {

		Konteks {
			Set<TingkatUsulan> s = aktif.isEmpty() ? EnumSet.noneOf(TingkatUsulan.class) : EnumSet.copyOf(aktif);
			s.add(TingkatUsulan.PEMBINA_PUSAT);
			aktif = Set.copyOf(s);
		}

		TingkatUsulan pertama() {
			return berikut(null);
		}

		/** The first active level above {@code t} ({@code null}: from the bottom). */
		TingkatUsulan berikut(TingkatUsulan t) {
			for (TingkatUsulan x : TingkatUsulan.values()) {
				if ((t == null || x.ordinal() > t.ordinal()) && aktif.contains(x)) {
					return x;
				}
			}
			return null;
		}

		/** Who handles a proposal waiting at {@code t}: that level, or the next active one when it is skipped. */
		TingkatUsulan penanganan(TingkatUsulan t) {
			return aktif.contains(t) ? t : berikut(t);
		}

	}

	/** What a step is checked against: the proposal's levels, and whether the level's checklist is done. */
	private record Langkah(Konteks jenjang, boolean checklistLengkap) {
	}

	/** The statuses that wait for a reviewer. */
	private static final Set<StatusUsulan> MENUNGGU = EnumSet.of(StatusUsulan.DI_WALIDATA_KABUPATEN,
			StatusUsulan.DI_WALIDATA_PROVINSI, StatusUsulan.DI_WALIDATA_PUSAT, StatusUsulan.DI_PEMBINA_PUSAT);

	/** The table: every step, from which statuses, where it leads and who may take it. */
	private static final Alur<StatusUsulan, AksiUsulan, PeranUsulan, Langkah> ALUR = Alur
			.<StatusUsulan, AksiUsulan, PeranUsulan, Langkah>tabel(StatusUsulan.class, AksiUsulan.class,
					"sds.galat.tidakBerlaku", "sds.galat.tidakBerwenang", StatusUsulan::labelKey, AksiUsulan::labelKey)
			// the producer submits (again, after a return) to the first active level, or withdraws
			.langkah(AksiUsulan.AJUKAN).dari(StatusUsulan.DRAFT, StatusUsulan.DIKEMBALIKAN)
			.ke(Alur.menurut(l -> StatusUsulan.di(l.jenjang().pertama()))).oleh(PeranUsulan.PENGUSUL)
			.langkah(AksiUsulan.BATALKAN).dari(StatusUsulan.DRAFT, StatusUsulan.DIKEMBALIKAN)
			.ke(StatusUsulan.DIBATALKAN).oleh(PeranUsulan.PENGUSUL)
			// a Walidata level forwards to the next active level; the Pembina approves or rejects; any level returns
			.langkah(AksiUsulan.TERUSKAN).dari(MENUNGGU)
			.ke((s, l) -> StatusUsulan.di(l.jenjang().berikut(l.jenjang().penanganan(s.tingkat()))))
			.oleh((s, l) -> diPembina(s, l) ? Set.of() : peninjau(s, l))
			.langkah(AksiUsulan.KEMBALIKAN).dari(MENUNGGU).ke(StatusUsulan.DIKEMBALIKAN).oleh(AlurUsulanSds::peninjau)
			.langkah(AksiUsulan.SETUJUI).dari(MENUNGGU).ke(StatusUsulan.DISETUJUI)
			.oleh((s, l) -> diPembina(s, l) ? peninjau(s, l) : Set.of())
			.langkah(AksiUsulan.TOLAK).dari(MENUNGGU).ke(StatusUsulan.DITOLAK)
			.oleh((s, l) -> diPembina(s, l) ? peninjau(s, l) : Set.of())
			.syarat(m -> m.konteks().checklistLengkap(), HttpStatus.BAD_REQUEST, "sds.galat.checklist",
					AksiUsulan.TERUSKAN, AksiUsulan.SETUJUI)
			.catatanWajib("sds.galat.catatanWajib", AksiUsulan.KEMBALIKAN, AksiUsulan.TOLAK)
			.bangun();

	private AlurUsulanSds() {
	}

	/**
	 * The status after {@code aksi}, or the reason it is refused ({@link TransisiDitolak}): 409 when the
	 * action does not apply to the status, 403 when the user plays no part that may take it, 400 when
	 * the checklist is not done (forward, approve) or a note is missing (return, reject).
	 */
	static StatusUsulan jalankan(StatusUsulan dari, AksiUsulan aksi, Set<PeranUsulan> peran, Konteks konteks,
			boolean checklistLengkap, String catatan) {
		return ALUR.jalankan(dari, aksi, peran, new Langkah(konteks, checklistLengkap), catatan);
	}

	/** The actions this user may take now (checklist and notes not considered). */
	static Set<AksiUsulan> aksiTersedia(StatusUsulan status, Set<PeranUsulan> peran, Konteks konteks) {
		return ALUR.aksiTersedia(status, peran, new Langkah(konteks, false));
	}

	/**
	 * The proposal's content may change only while its producer holds it (a draft or a returned
	 * proposal); otherwise refused with 409.
	 */
	static void pastikanIsiBisaDiubah(StatusUsulan status) {
		if (status != StatusUsulan.DRAFT && status != StatusUsulan.DIKEMBALIKAN) {
			throw new TransisiDitolak(HttpStatus.CONFLICT, "sds.galat.tidakDapatDiubah");
		}
	}

	/** Whose turn it is (none once final). */
	static Optional<PeranUsulan> menunggu(StatusUsulan status, Konteks konteks) {
		if (status == StatusUsulan.DRAFT || status == StatusUsulan.DIKEMBALIKAN) {
			return Optional.of(PeranUsulan.PENGUSUL);
		}
		TingkatUsulan t = status.tingkat();
		return t == null ? Optional.empty() : Optional.of(PeranUsulan.dari(konteks.penanganan(t)));
	}

	/** Who may take {@code aksi} in {@code status}; empty when it does not apply there. */
	static Set<PeranUsulan> pelaku(StatusUsulan status, AksiUsulan aksi, Konteks konteks) {
		return ALUR.pelaku(status, aksi, new Langkah(konteks, false));
	}

	/** The reviewer of a waiting proposal: its level, or the next active one when that level is skipped. */
	private static Set<PeranUsulan> peninjau(StatusUsulan status, Langkah l) {
		return Set.of(PeranUsulan.dari(l.jenjang().penanganan(status.tingkat())));
	}

	private static boolean diPembina(StatusUsulan status, Langkah l) {
		return l.jenjang().penanganan(status.tingkat()) == TingkatUsulan.PEMBINA_PUSAT;
	}

}
