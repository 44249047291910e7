package id.satudata.perencanaan.daftardata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import id.satudata.shared.alur.TransisiDitolak;

/**
 * The Daftar Data state machine against an explicit table of every allowed step: each (status,
 * action, role) is either in the table and leads where it says, or is refused — 409 when nobody may
 * take that action in that status, 403 when another role may.
 */
class AlurEntriTest {

	record Langkah(StatusEntri status, AksiEntri aksi, Set<PeranEntri> peran, StatusEntri ke) {
	}

	static final PeranEntri PRODUSEN = PeranEntri.PRODUSEN;
	static final PeranEntri WALIDATA = PeranEntri.WALIDATA;
	static final PeranEntri FORUM = PeranEntri.FORUM;

	static final List<Langkah> TABEL = List.of(
			// the Walidata submits a checked draft to the Forum
			new Langkah(StatusEntri.DRAFT, AksiEntri.AJUKAN, Set.of(WALIDATA), StatusEntri.MENUNGGU_PERSETUJUAN),
			// the Forum decides
			new Langkah(StatusEntri.MENUNGGU_PERSETUJUAN, AksiEntri.SETUJUI, Set.of(FORUM), StatusEntri.DISETUJUI),
			new Langkah(StatusEntri.MENUNGGU_PERSETUJUAN, AksiEntri.TOLAK, Set.of(FORUM), StatusEntri.DITOLAK),
			// back for revision: the Walidata withdraws it, or the Forum sends it back
			new Langkah(StatusEntri.MENUNGGU_PERSETUJUAN, AksiEntri.KEMBALIKAN, Set.of(WALIDATA, FORUM), StatusEntri.DRAFT),
			// cancelled: a draft by its producer or the Walidata, a waiting one by the Walidata, an approved one by the Forum
			new Langkah(StatusEntri.DRAFT, AksiEntri.BATALKAN, Set.of(PRODUSEN, WALIDATA), StatusEntri.DIBATALKAN),
			new Langkah(StatusEntri.MENUNGGU_PERSETUJUAN, AksiEntri.BATALKAN, Set.of(WALIDATA), StatusEntri.DIBATALKAN),
			new Langkah(StatusEntri.DISETUJUI, AksiEntri.BATALKAN, Set.of(FORUM), StatusEntri.DIBATALKAN));

	static Optional<Langkah> cari(StatusEntri s, AksiEntri a) {
		return TABEL.stream().filter(l -> l.status() == s && l.aksi() == a).findFirst();
	}

	@Test
	void everyStepOfEveryRoleIsAllowedOrRefusedAsTheTableSays() {
		int allowed = 0;
		int forbidden = 0;
		int notApplicable = 0;
		for (StatusEntri s : StatusEntri.values()) {
			for (AksiEntri a : AksiEntri.values()) {
				Optional<Langkah> langkah = cari(s, a);
				for (PeranEntri p : PeranEntri.values()) {
					String what = s + " " + a + " by " + p;
					if (langkah.isPresent() && langkah.get().peran().contains(p)) {
						assertThat(AlurEntri.jalankan(s, a, Set.of(p), "alasan")).as(what).isEqualTo(langkah.get().ke());
						allowed++;
					}
					else {
						TransisiDitolak e = catchThrowableOfType(TransisiDitolak.class,
								() -> AlurEntri.jalankan(s, a, Set.of(p), "alasan"));
						assertThat(e).as(what).isNotNull();
						if (langkah.isPresent()) {
							assertThat(e.getStatus()).as(what).isEqualTo(HttpStatus.FORBIDDEN);
							assertThat(e.getMessageKey()).isEqualTo("entri.galat.tidakBerwenang");
							forbidden++;
						}
						else {
							assertThat(e.getStatus()).as(what).isEqualTo(HttpStatus.CONFLICT);
							assertThat(e.getMessageKey()).isEqualTo("entri.galat.tidakBerlaku");
							notApplicable++;
						}
					}
				}
			}
		}
		assertThat(allowed + forbidden + notApplicable).isEqualTo(5 * 5 * 3);
		assertThat(allowed).isEqualTo(9);
		assertThat(forbidden).isEqualTo(7 * 3 - 9);
	}

	@Test
	void aUserWithoutAnyPartIsRefusedEverywhere() {
		for (StatusEntri s : StatusEntri.values()) {
			for (AksiEntri a : AksiEntri.values()) {
				assertThatThrownBy(() -> AlurEntri.jalankan(s, a, Set.of(), "alasan"))
					.isInstanceOf(TransisiDitolak.class);
			}
		}
	}

	@Test
	void theActionsOfferedAreExactlyTheAllowedOnes() {
		for (StatusEntri s : StatusEntri.values()) {
			for (PeranEntri p : PeranEntri.values()) {
				Set<AksiEntri> expected = EnumSet.noneOf(AksiEntri.class);
				for (AksiEntri a : AksiEntri.values()) {
					cari(s, a).filter(l -> l.peran().contains(p)).ifPresent(l -> expected.add(a));
				}
				assertThat(AlurEntri.aksiTersedia(s, Set.of(p))).as("%s %s", s, p).isEqualTo(expected);
			}
		}
	}

	@Test
	void rejectingReturningAndCancellingNeedANoteSubmittingAndApprovingDoNot() {
		for (String catatan : new String[] { null, "", "  " }) {
			for (Langkah l : TABEL) {
				PeranEntri p = l.peran().iterator().next();
				if (AlurEntri.perluCatatan(l.aksi())) {
					assertThatThrownBy(() -> AlurEntri.jalankan(l.status(), l.aksi(), Set.of(p), catatan))
						.isInstanceOfSatisfying(TransisiDitolak.class, e -> {
							assertThat(e.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
							assertThat(e.getMessageKey()).isEqualTo("entri.galat.catatanWajib");
						});
				}
				else {
					assertThat(AlurEntri.jalankan(l.status(), l.aksi(), Set.of(p), catatan)).isEqualTo(l.ke());
				}
			}
		}
		assertThat(EnumSet.allOf(AksiEntri.class).stream().filter(AlurEntri::perluCatatan).toList())
			.containsExactly(AksiEntri.TOLAK, AksiEntri.KEMBALIKAN, AksiEntri.BATALKAN);
	}

	@Test
	void rejectedAndCancelledEntriesAreFinal() {
		for (StatusEntri s : List.of(StatusEntri.DITOLAK, StatusEntri.DIBATALKAN)) {
			assertThat(AlurEntri.aksiTersedia(s, EnumSet.allOf(PeranEntri.class))).isEmpty();
			assertThat(s.aktif()).isFalse();
		}
	}

	@Test
	void aProducerProposesTheWalidataSubmitsTheForumDecides() {
		StatusEntri s = StatusEntri.DRAFT;
		// the producer cannot submit its own draft: the Walidata compiles and submits the list
		assertThatThrownBy(() -> AlurEntri.jalankan(StatusEntri.DRAFT, AksiEntri.AJUKAN, Set.of(PRODUSEN), null))
			.isInstanceOfSatisfying(TransisiDitolak.class,
					e -> assertThat(e.getStatus()).isEqualTo(HttpStatus.FORBIDDEN));
		s = AlurEntri.jalankan(s, AksiEntri.AJUKAN, Set.of(WALIDATA), null);
		// the Walidata cannot approve: only the Forum decides
		StatusEntri waiting = s;
		assertThatThrownBy(() -> AlurEntri.jalankan(waiting, AksiEntri.SETUJUI, Set.of(WALIDATA, PRODUSEN), null))
			.isInstanceOfSatisfying(TransisiDitolak.class,
					e -> assertThat(e.getStatus()).isEqualTo(HttpStatus.FORBIDDEN));
		s = AlurEntri.jalankan(s, AksiEntri.KEMBALIKAN, Set.of(FORUM), "Perjelas definisi operasional");
		assertThat(s).isEqualTo(StatusEntri.DRAFT);
		s = AlurEntri.jalankan(s, AksiEntri.AJUKAN, Set.of(WALIDATA), null);
		s = AlurEntri.jalankan(s, AksiEntri.SETUJUI, Set.of(FORUM), null);
		assertThat(s).isEqualTo(StatusEntri.DISETUJUI);
		// once approved neither the producer nor the Walidata can drop it; the Forum can
		assertThat(AlurEntri.aksiTersedia(s, Set.of(PRODUSEN, WALIDATA))).isEmpty();
		assertThat(AlurEntri.jalankan(s, AksiEntri.BATALKAN, Set.of(FORUM), "Data tidak lagi dibutuhkan"))
			.isEqualTo(StatusEntri.DIBATALKAN);
	}

}
