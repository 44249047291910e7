package id.satudata.standar.usulan;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;

import id.satudata.shared.web.UserFacingException;

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
 * Pure logic: the service derives the user's {@link PeranUsulan}s, applies the status under
 * optimistic locking, records the step and its handling time, audits and notifies.
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

	private AlurUsulanSds() {
	}

	/**
	 * The status after {@code aksi}, or the reason it is refused: 409 when the action does not apply
	 * to the status, 403 when the user plays no part that may take it, 400 when the checklist is not
	 * done (forward, approve) or a note is missing (return, reject).
	 */
	static StatusUsulan jalankan(StatusUsulan dari, AksiUsulan aksi, Set<PeranUsulan> peran, Konteks konteks,
			boolean checklistLengkap, String catatan) {
		Set<PeranUsulan> boleh = pelaku(dari, aksi, konteks);
		if (boleh.isEmpty()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "sds.galat.tidakBerlaku");
		}
		if (peran.stream().noneMatch(boleh::contains)) {
			throw new UserFacingException(HttpStatus.FORBIDDEN, "sds.galat.tidakBerwenang");
		}
		if ((aksi == AksiUsulan.TERUSKAN || aksi == AksiUsulan.SETUJUI) && !checklistLengkap) {
			throw new UserFacingException(HttpStatus.BAD_REQUEST, "sds.galat.checklist");
		}
		if ((aksi == AksiUsulan.KEMBALIKAN || aksi == AksiUsulan.TOLAK) && (catatan == null || catatan.isBlank())) {
			throw new UserFacingException(HttpStatus.BAD_REQUEST, "sds.galat.catatanWajib");
		}
		return tujuan(dari, aksi, konteks);
	}

	/** The actions this user may take now (checklist and notes not considered). */
	static Set<AksiUsulan> aksiTersedia(StatusUsulan status, Set<PeranUsulan> peran, Konteks konteks) {
		Set<AksiUsulan> out = EnumSet.noneOf(AksiUsulan.class);
		for (AksiUsulan a : AksiUsulan.values()) {
			if (pelaku(status, a, konteks).stream().anyMatch(peran::contains)) {
				out.add(a);
			}
		}
		return out;
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
		Set<PeranUsulan> tidakAda = EnumSet.noneOf(PeranUsulan.class);
		TingkatUsulan t = status.tingkat();
		Set<PeranUsulan> peninjau = t == null ? tidakAda : EnumSet.of(PeranUsulan.dari(konteks.penanganan(t)));
		boolean diPembina = t != null && konteks.penanganan(t) == TingkatUsulan.PEMBINA_PUSAT;
		return switch (aksi) {
			case AJUKAN, BATALKAN -> status == StatusUsulan.DRAFT || status == StatusUsulan.DIKEMBALIKAN
					? EnumSet.of(PeranUsulan.PENGUSUL) : tidakAda;
			case TERUSKAN -> t != null && !diPembina ? peninjau : tidakAda;
			case KEMBALIKAN -> peninjau;
			case SETUJUI, TOLAK -> diPembina ? peninjau : tidakAda;
		};
	}

	private static StatusUsulan tujuan(StatusUsulan dari, AksiUsulan aksi, Konteks konteks) {
		return switch (aksi) {
			case AJUKAN -> StatusUsulan.di(konteks.pertama());
			case TERUSKAN -> StatusUsulan.di(konteks.berikut(konteks.penanganan(dari.tingkat())));
			case KEMBALIKAN -> StatusUsulan.DIKEMBALIKAN;
			case SETUJUI -> StatusUsulan.DISETUJUI;
			case TOLAK -> StatusUsulan.DITOLAK;
			case BATALKAN -> StatusUsulan.DIBATALKAN;
		};
	}

}
