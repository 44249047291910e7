package id.satudata.standar.usulan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import id.satudata.shared.alur.TransisiDitolak;

/**
 * The SDS proposal state machine against an explicit table of every allowed step, for every role
 * and every combination of active levels (Walidata Kabupaten, Provinsi, Pusat present or skipped):
 * a step in the table leads where the table says, any other is refused — 409 when nobody may take
 * it in that status, 403 when someone else may.
 */
class AlurUsulanSdsTest {

	static final StatusUsulan DRAFT = StatusUsulan.DRAFT;
	static final StatusUsulan KAB = StatusUsulan.DI_WALIDATA_KABUPATEN;
	static final StatusUsulan PROV = StatusUsulan.DI_WALIDATA_PROVINSI;
	static final StatusUsulan PUSAT = StatusUsulan.DI_WALIDATA_PUSAT;
	static final StatusUsulan PEMBINA = StatusUsulan.DI_PEMBINA_PUSAT;
	static final StatusUsulan KEMBALI = StatusUsulan.DIKEMBALIKAN;

	static final PeranUsulan P = PeranUsulan.PENGUSUL;
	static final PeranUsulan WK = PeranUsulan.WALIDATA_KABUPATEN;
	static final PeranUsulan WP = PeranUsulan.WALIDATA_PROVINSI;
	static final PeranUsulan WN = PeranUsulan.WALIDATA_PUSAT;
	static final PeranUsulan BPS = PeranUsulan.PEMBINA_PUSAT;

	/** One allowed step; {@code kab/prov/pusat}: whether that level must be active (null: either). */
	record Langkah(StatusUsulan dari, AksiUsulan aksi, Boolean kab, Boolean prov, Boolean pusat, PeranUsulan peran,
			StatusUsulan ke) {

		boolean berlaku(StatusUsulan s, AksiUsulan a, AlurUsulanSds.Konteks k) {
			return dari == s && aksi == a && cocok(kab, k, TingkatUsulan.WALIDATA_KABUPATEN)
					&& cocok(prov, k, TingkatUsulan.WALIDATA_PROVINSI) && cocok(pusat, k, TingkatUsulan.WALIDATA_PUSAT);
		}

		private static boolean cocok(Boolean want, AlurUsulanSds.Konteks k, TingkatUsulan t) {
			return want == null || want == k.aktif().contains(t);
		}

	}

	static final Boolean Y = true;
	static final Boolean N = false;
	static final Boolean _X = null;

	static final List<Langkah> TABEL = new ArrayList<>();

	static void row(StatusUsulan s, AksiUsulan a, Boolean kab, Boolean prov, Boolean pusat, PeranUsulan p, StatusUsulan ke) {
		TABEL.add(new Langkah(s, a, kab, prov, pusat, p, ke));
	}

	static {
		for (StatusUsulan s : List.of(DRAFT, KEMBALI)) {
			// submitting goes to the lowest level this deployment has
			row(s, AksiUsulan.AJUKAN, Y, _X, _X, P, KAB);
			row(s, AksiUsulan.AJUKAN, N, Y, _X, P, PROV);
			row(s, AksiUsulan.AJUKAN, N, N, Y, P, PUSAT);
			row(s, AksiUsulan.AJUKAN, N, N, N, P, PEMBINA);
			row(s, AksiUsulan.BATALKAN, _X, _X, _X, P, StatusUsulan.DIBATALKAN);
		}
		// at the Walidata Kabupaten (or, when that level is skipped, whoever is next)
		row(KAB, AksiUsulan.TERUSKAN, Y, Y, _X, WK, PROV);
		row(KAB, AksiUsulan.TERUSKAN, Y, N, Y, WK, PUSAT);
		row(KAB, AksiUsulan.TERUSKAN, Y, N, N, WK, PEMBINA);
		row(KAB, AksiUsulan.TERUSKAN, N, Y, Y, WP, PUSAT);
		row(KAB, AksiUsulan.TERUSKAN, N, Y, N, WP, PEMBINA);
		row(KAB, AksiUsulan.TERUSKAN, N, N, Y, WN, PEMBINA);
		row(KAB, AksiUsulan.KEMBALIKAN, Y, _X, _X, WK, KEMBALI);
		row(KAB, AksiUsulan.KEMBALIKAN, N, Y, _X, WP, KEMBALI);
		row(KAB, AksiUsulan.KEMBALIKAN, N, N, Y, WN, KEMBALI);
		row(KAB, AksiUsulan.KEMBALIKAN, N, N, N, BPS, KEMBALI);
		row(KAB, AksiUsulan.SETUJUI, N, N, N, BPS, StatusUsulan.DISETUJUI);
		row(KAB, AksiUsulan.TOLAK, N, N, N, BPS, StatusUsulan.DITOLAK);
		// at the Walidata Provinsi
		row(PROV, AksiUsulan.TERUSKAN, _X, Y, Y, WP, PUSAT);
		row(PROV, AksiUsulan.TERUSKAN, _X, Y, N, WP, PEMBINA);
		row(PROV, AksiUsulan.TERUSKAN, _X, N, Y, WN, PEMBINA);
		row(PROV, AksiUsulan.KEMBALIKAN, _X, Y, _X, WP, KEMBALI);
		row(PROV, AksiUsulan.KEMBALIKAN, _X, N, Y, WN, KEMBALI);
		row(PROV, AksiUsulan.KEMBALIKAN, _X, N, N, BPS, KEMBALI);
		row(PROV, AksiUsulan.SETUJUI, _X, N, N, BPS, StatusUsulan.DISETUJUI);
		row(PROV, AksiUsulan.TOLAK, _X, N, N, BPS, StatusUsulan.DITOLAK);
		// at the Walidata Pusat
		row(PUSAT, AksiUsulan.TERUSKAN, _X, _X, Y, WN, PEMBINA);
		row(PUSAT, AksiUsulan.KEMBALIKAN, _X, _X, Y, WN, KEMBALI);
		row(PUSAT, AksiUsulan.KEMBALIKAN, _X, _X, N, BPS, KEMBALI);
		row(PUSAT, AksiUsulan.SETUJUI, _X, _X, N, BPS, StatusUsulan.DISETUJUI);
		row(PUSAT, AksiUsulan.TOLAK, _X, _X, N, BPS, StatusUsulan.DITOLAK);
		// at the Pembina Data Pusat
		row(PEMBINA, AksiUsulan.KEMBALIKAN, _X, _X, _X, BPS, KEMBALI);
		row(PEMBINA, AksiUsulan.SETUJUI, _X, _X, _X, BPS, StatusUsulan.DISETUJUI);
		row(PEMBINA, AksiUsulan.TOLAK, _X, _X, _X, BPS, StatusUsulan.DITOLAK);
	}

	static List<AlurUsulanSds.Konteks> semuaKonteks() {
		List<AlurUsulanSds.Konteks> out = new ArrayList<>();
		for (int mask = 0; mask < 8; mask++) {
			Set<TingkatUsulan> aktif = EnumSet.noneOf(TingkatUsulan.class);
			if ((mask & 1) != 0) {
				aktif.add(TingkatUsulan.WALIDATA_KABUPATEN);
			}
			if ((mask & 2) != 0) {
				aktif.add(TingkatUsulan.WALIDATA_PROVINSI);
			}
			if ((mask & 4) != 0) {
				aktif.add(TingkatUsulan.WALIDATA_PUSAT);
			}
			out.add(new AlurUsulanSds.Konteks(aktif));
		}
		return out;
	}

	static List<Langkah> cari(StatusUsulan s, AksiUsulan a, AlurUsulanSds.Konteks k) {
		return TABEL.stream().filter(l -> l.berlaku(s, a, k)).toList();
	}

	@Test
	void everyStepOfEveryRoleAtEveryLevelCombinationIsAllowedOrRefusedAsTheTableSays() {
		int allowed = 0;
		int forbidden = 0;
		int notApplicable = 0;
		for (AlurUsulanSds.Konteks k : semuaKonteks()) {
			for (StatusUsulan s : StatusUsulan.values()) {
				for (AksiUsulan a : AksiUsulan.values()) {
					List<Langkah> rows = cari(s, a, k);
					assertThat(rows).as("table rows for %s %s %s", s, a, k).hasSizeLessThanOrEqualTo(1);
					for (PeranUsulan p : PeranUsulan.values()) {
						String what = s + " " + a + " by " + p + " with " + k.aktif();
						if (!rows.isEmpty() && rows.get(0).peran() == p) {
							assertThat(AlurUsulanSds.jalankan(s, a, Set.of(p), k, true, "catatan")).as(what)
								.isEqualTo(rows.get(0).ke());
							allowed++;
						}
						else {
							TransisiDitolak e = catchThrowableOfType(TransisiDitolak.class,
									() -> AlurUsulanSds.jalankan(s, a, Set.of(p), k, true, "catatan"));
							assertThat(e).as(what).isNotNull();
							if (!rows.isEmpty()) {
								assertThat(e.getStatus()).as(what).isEqualTo(HttpStatus.FORBIDDEN);
								forbidden++;
							}
							else {
								assertThat(e.getStatus()).as(what).isEqualTo(HttpStatus.CONFLICT);
								notApplicable++;
							}
						}
					}
				}
			}
		}
		assertThat(allowed + forbidden + notApplicable).isEqualTo(8 * 9 * 6 * 5);
		// per context: 4 by the producer (submit or withdraw a draft or a returned proposal), then at each
		// of the 4 waiting statuses 2 (forward, return) or, where the Pembina handles it, 3 (approve, reject, return)
		assertThat(allowed).isEqualTo(8 * 4 + 8 * 4 * 2 + handledByPembina());
		assertThat(forbidden).isPositive();
	}

	/** Waiting statuses the Pembina handles (its own, and those of skipped levels above which no Walidata is active). */
	private static int handledByPembina() {
		int n = 0;
		for (AlurUsulanSds.Konteks k : semuaKonteks()) {
			for (StatusUsulan s : List.of(KAB, PROV, PUSAT, PEMBINA)) {
				if (k.penanganan(s.tingkat()) == TingkatUsulan.PEMBINA_PUSAT) {
					n++;
				}
			}
		}
		return n;
	}

	@Test
	void theActionsOfferedAreExactlyTheAllowedOnesAndTheInboxMayTakeThem() {
		for (AlurUsulanSds.Konteks k : semuaKonteks()) {
			for (StatusUsulan s : StatusUsulan.values()) {
				for (PeranUsulan p : PeranUsulan.values()) {
					Set<AksiUsulan> expected = EnumSet.noneOf(AksiUsulan.class);
					for (AksiUsulan a : AksiUsulan.values()) {
						cari(s, a, k).stream().filter(l -> l.peran() == p).forEach(l -> expected.add(a));
					}
					assertThat(AlurUsulanSds.aksiTersedia(s, Set.of(p), k)).as("%s %s %s", s, p, k.aktif()).isEqualTo(expected);
				}
				Optional<PeranUsulan> menunggu = AlurUsulanSds.menunggu(s, k);
				if (s.akhir()) {
					assertThat(menunggu).isEmpty();
					assertThat(AlurUsulanSds.aksiTersedia(s, EnumSet.allOf(PeranUsulan.class), k)).isEmpty();
				}
				else {
					assertThat(AlurUsulanSds.aksiTersedia(s, Set.of(menunggu.orElseThrow()), k)).isNotEmpty();
				}
			}
		}
	}

	@Test
	void aKabupatenProposalClimbsEveryLevelWithOneReturn() {
		AlurUsulanSds.Konteks semua = new AlurUsulanSds.Konteks(EnumSet.allOf(TingkatUsulan.class));
		StatusUsulan s = AlurUsulanSds.jalankan(DRAFT, AksiUsulan.AJUKAN, Set.of(P), semua, false, null);
		assertThat(s).isEqualTo(KAB);
		s = AlurUsulanSds.jalankan(s, AksiUsulan.TERUSKAN, Set.of(WK), semua, true, null);
		s = AlurUsulanSds.jalankan(s, AksiUsulan.KEMBALIKAN, Set.of(WP), semua, false, "Definisi belum jelas");
		assertThat(s).isEqualTo(KEMBALI);
		// the revision starts again at the first level
		s = AlurUsulanSds.jalankan(s, AksiUsulan.AJUKAN, Set.of(P), semua, false, null);
		assertThat(s).isEqualTo(KAB);
		s = AlurUsulanSds.jalankan(s, AksiUsulan.TERUSKAN, Set.of(WK), semua, true, null);
		s = AlurUsulanSds.jalankan(s, AksiUsulan.TERUSKAN, Set.of(WP), semua, true, null);
		s = AlurUsulanSds.jalankan(s, AksiUsulan.TERUSKAN, Set.of(WN), semua, true, null);
		assertThat(s).isEqualTo(PEMBINA);
		assertThat(AlurUsulanSds.jalankan(s, AksiUsulan.SETUJUI, Set.of(BPS), semua, true, null)).isEqualTo(StatusUsulan.DISETUJUI);
	}

	@Test
	void aProvinceOnlyDeploymentStartsAtTheWalidataProvinsi() {
		AlurUsulanSds.Konteks provinsi = new AlurUsulanSds.Konteks(EnumSet.of(TingkatUsulan.WALIDATA_PROVINSI));
		StatusUsulan s = AlurUsulanSds.jalankan(DRAFT, AksiUsulan.AJUKAN, Set.of(P), provinsi, false, null);
		assertThat(s).isEqualTo(PROV);
		assertThat(AlurUsulanSds.jalankan(s, AksiUsulan.TERUSKAN, Set.of(WP), provinsi, true, null)).isEqualTo(PEMBINA);
		// a proposal left waiting at a level the configuration now skips moves on through the next level
		assertThat(AlurUsulanSds.menunggu(KAB, provinsi)).contains(WP);
		assertThat(AlurUsulanSds.menunggu(PUSAT, provinsi)).contains(BPS);
	}

	@Test
	void forwardingNeedsTheChecklistAndAReturnOrRejectionNeedsANote() {
		AlurUsulanSds.Konteks semua = new AlurUsulanSds.Konteks(EnumSet.allOf(TingkatUsulan.class));
		assertThat(catchThrowableOfType(TransisiDitolak.class,
				() -> AlurUsulanSds.jalankan(KAB, AksiUsulan.TERUSKAN, Set.of(WK), semua, false, null)).getMessageKey())
			.isEqualTo("sds.galat.checklist");
		assertThat(catchThrowableOfType(TransisiDitolak.class,
				() -> AlurUsulanSds.jalankan(PEMBINA, AksiUsulan.SETUJUI, Set.of(BPS), semua, false, null)).getMessageKey())
			.isEqualTo("sds.galat.checklist");
		for (String note : new String[] { null, "", "  " }) {
			assertThat(catchThrowableOfType(TransisiDitolak.class,
					() -> AlurUsulanSds.jalankan(PROV, AksiUsulan.KEMBALIKAN, Set.of(WP), semua, true, note)).getStatus())
				.isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(catchThrowableOfType(TransisiDitolak.class,
					() -> AlurUsulanSds.jalankan(PEMBINA, AksiUsulan.TOLAK, Set.of(BPS), semua, true, note)).getMessageKey())
				.isEqualTo("sds.galat.catatanWajib");
		}
		// a user holding several parts may take the step of any of them
		assertThat(AlurUsulanSds.jalankan(PUSAT, AksiUsulan.TERUSKAN, Set.of(P, WN), semua, true, null)).isEqualTo(PEMBINA);
	}

}
