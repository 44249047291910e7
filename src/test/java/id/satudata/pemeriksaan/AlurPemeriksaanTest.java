package id.satudata.pemeriksaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import id.satudata.shared.alur.TransisiDitolak;

import id.satudata.pemeriksaan.KonteksPengajuan.Pembina;

/**
 * The review state machine, checked against an explicit table of every allowed step: each
 * (status, action, role, context) either is in the table and leads where the table says, or is
 * refused — 409 when nobody may take that action in that status, 403 when someone else may.
 */
class AlurPemeriksaanTest {

	/** One allowed step: in {@code status}, {@code aksi} by {@code peran} leads to {@code ke}. */
	record Langkah(StatusPengajuan status, AksiPemeriksaan aksi, Boolean praperiksa, Pembina pembina,
			Set<PeranPemeriksaan> peran, StatusPengajuan ke) {

		boolean berlaku(StatusPengajuan s, AksiPemeriksaan a, KonteksPengajuan k) {
			return status == s && aksi == a && (praperiksa == null || praperiksa == k.adaPraperiksa())
					&& (pembina == null || pembina == k.pembina());
		}

	}

	static final PeranPemeriksaan PRODUSEN = PeranPemeriksaan.PRODUSEN;
	static final PeranPemeriksaan PENDUKUNG = PeranPemeriksaan.WALIDATA_PENDUKUNG;
	static final PeranPemeriksaan WALIDATA = PeranPemeriksaan.WALIDATA;
	static final PeranPemeriksaan BPS = PeranPemeriksaan.PEMBINA_STATISTIK;
	static final PeranPemeriksaan GEO = PeranPemeriksaan.PEMBINA_GEOSPASIAL;

	/** Every allowed step (null: any value of that context field). */
	static final List<Langkah> TABEL = List.of(
			// the producer submits, first time or after a return: to the pre-check if the OPD has one
			step(StatusPengajuan.DRAFT, AksiPemeriksaan.AJUKAN, true, null, Set.of(PRODUSEN), StatusPengajuan.DIAJUKAN),
			step(StatusPengajuan.DRAFT, AksiPemeriksaan.AJUKAN, false, null, Set.of(PRODUSEN),
					StatusPengajuan.DIPERIKSA_WALIDATA),
			step(StatusPengajuan.DIKEMBALIKAN, AksiPemeriksaan.AJUKAN, true, null, Set.of(PRODUSEN),
					StatusPengajuan.DIAJUKAN),
			step(StatusPengajuan.DIKEMBALIKAN, AksiPemeriksaan.AJUKAN, false, null, Set.of(PRODUSEN),
					StatusPengajuan.DIPERIKSA_WALIDATA),
			// the pre-check; the Walidata takes it over when the OPD has no Walidata Pendukung (any more)
			step(StatusPengajuan.DIAJUKAN, AksiPemeriksaan.LOLOS_PRAPERIKSA, true, null, Set.of(PENDUKUNG),
					StatusPengajuan.DIPERIKSA_WALIDATA),
			step(StatusPengajuan.DIAJUKAN, AksiPemeriksaan.LOLOS_PRAPERIKSA, false, null, Set.of(PENDUKUNG, WALIDATA),
					StatusPengajuan.DIPERIKSA_WALIDATA),
			step(StatusPengajuan.DIAJUKAN, AksiPemeriksaan.KEMBALIKAN, true, null, Set.of(PENDUKUNG),
					StatusPengajuan.DIKEMBALIKAN),
			step(StatusPengajuan.DIAJUKAN, AksiPemeriksaan.KEMBALIKAN, false, null, Set.of(PENDUKUNG, WALIDATA),
					StatusPengajuan.DIKEMBALIKAN),
			// the Walidata's check: on to the Pembina of the data's kind, or ready when none re-checks it
			step(StatusPengajuan.DIPERIKSA_WALIDATA, AksiPemeriksaan.SETUJUI_WALIDATA, null, Pembina.STATISTIK,
					Set.of(WALIDATA), StatusPengajuan.DIPERIKSA_PEMBINA),
			step(StatusPengajuan.DIPERIKSA_WALIDATA, AksiPemeriksaan.SETUJUI_WALIDATA, null, Pembina.GEOSPASIAL,
					Set.of(WALIDATA), StatusPengajuan.DIPERIKSA_PEMBINA),
			step(StatusPengajuan.DIPERIKSA_WALIDATA, AksiPemeriksaan.SETUJUI_WALIDATA, null, Pembina.TIDAK_ADA,
					Set.of(WALIDATA), StatusPengajuan.SIAP_TERBIT),
			step(StatusPengajuan.DIPERIKSA_WALIDATA, AksiPemeriksaan.KEMBALIKAN, null, null, Set.of(WALIDATA),
					StatusPengajuan.DIKEMBALIKAN),
			// the Pembina's re-check: BPS for statistics, the geospatial Pembina for geospatial data
			step(StatusPengajuan.DIPERIKSA_PEMBINA, AksiPemeriksaan.SETUJUI_PEMBINA, null, Pembina.STATISTIK, Set.of(BPS),
					StatusPengajuan.SIAP_TERBIT),
			step(StatusPengajuan.DIPERIKSA_PEMBINA, AksiPemeriksaan.SETUJUI_PEMBINA, null, Pembina.GEOSPASIAL,
					Set.of(GEO), StatusPengajuan.SIAP_TERBIT),
			step(StatusPengajuan.DIPERIKSA_PEMBINA, AksiPemeriksaan.SETUJUI_PEMBINA, null, Pembina.TIDAK_ADA,
					Set.of(WALIDATA), StatusPengajuan.SIAP_TERBIT),
			step(StatusPengajuan.DIPERIKSA_PEMBINA, AksiPemeriksaan.KEMBALIKAN, null, Pembina.STATISTIK, Set.of(BPS),
					StatusPengajuan.DIKEMBALIKAN),
			step(StatusPengajuan.DIPERIKSA_PEMBINA, AksiPemeriksaan.KEMBALIKAN, null, Pembina.GEOSPASIAL, Set.of(GEO),
					StatusPengajuan.DIKEMBALIKAN),
			step(StatusPengajuan.DIPERIKSA_PEMBINA, AksiPemeriksaan.KEMBALIKAN, null, Pembina.TIDAK_ADA,
					Set.of(WALIDATA), StatusPengajuan.DIKEMBALIKAN),
			// the Walidata publishes, or still returns it
			step(StatusPengajuan.SIAP_TERBIT, AksiPemeriksaan.TERBITKAN, null, null, Set.of(WALIDATA),
					StatusPengajuan.TERBIT),
			step(StatusPengajuan.SIAP_TERBIT, AksiPemeriksaan.KEMBALIKAN, null, null, Set.of(WALIDATA),
					StatusPengajuan.DIKEMBALIKAN));

	static Langkah step(StatusPengajuan s, AksiPemeriksaan a, Boolean praperiksa, Pembina pembina,
			Set<PeranPemeriksaan> peran, StatusPengajuan ke) {
		return new Langkah(s, a, praperiksa, pembina, peran, ke);
	}

	static List<KonteksPengajuan> semuaKonteks() {
		List<KonteksPengajuan> out = new ArrayList<>();
		for (boolean praperiksa : new boolean[] { true, false }) {
			for (Pembina pembina : Pembina.values()) {
				out.add(new KonteksPengajuan(praperiksa, pembina, false));
			}
		}
		return out;
	}

	static Optional<Langkah> cari(StatusPengajuan s, AksiPemeriksaan a, KonteksPengajuan k) {
		List<Langkah> found = TABEL.stream().filter(l -> l.berlaku(s, a, k)).toList();
		assertThat(found).as("table rows for %s %s %s", s, a, k).hasSizeLessThanOrEqualTo(1);
		return found.stream().findFirst();
	}

	@Test
	void everyStepOfEveryRoleIsAllowedOrRefusedAsTheTableSays() {
		int allowed = 0;
		int forbidden = 0;
		int notApplicable = 0;
		for (KonteksPengajuan k : semuaKonteks()) {
			for (StatusPengajuan s : StatusPengajuan.values()) {
				for (AksiPemeriksaan a : AksiPemeriksaan.values()) {
					Optional<Langkah> langkah = cari(s, a, k);
					for (PeranPemeriksaan p : PeranPemeriksaan.values()) {
						String what = s + " " + a + " by " + p + " with " + k;
						if (langkah.isPresent() && langkah.get().peran().contains(p)) {
							assertThat(AlurPemeriksaan.jalankan(s, a, Set.of(p), k, "catatan")).as(what)
								.isEqualTo(langkah.get().ke());
							allowed++;
						}
						else {
							TransisiDitolak e = catchThrowableOfType(TransisiDitolak.class,
									() -> AlurPemeriksaan.jalankan(s, a, Set.of(p), k, "catatan"));
							assertThat(e).as(what).isNotNull();
							if (langkah.isPresent()) {
								assertThat(e.getStatus()).as(what).isEqualTo(HttpStatus.FORBIDDEN);
								assertThat(e.getMessageKey()).isEqualTo("pemeriksaan.galat.tidakBerwenang");
								forbidden++;
							}
							else {
								assertThat(e.getStatus()).as(what).isEqualTo(HttpStatus.CONFLICT);
								assertThat(e.getMessageKey()).isEqualTo("pemeriksaan.galat.tidakBerlaku");
								notApplicable++;
							}
						}
					}
				}
			}
		}
		// 6 contexts x 7 statuses x 6 actions x 5 roles
		assertThat(allowed + forbidden + notApplicable).isEqualTo(6 * 7 * 6 * 5);
		assertThat(allowed).isEqualTo(66);
		assertThat(forbidden).isPositive();
	}

	@Test
	void theActionsOfferedAreExactlyTheAllowedOnes() {
		for (KonteksPengajuan k : semuaKonteks()) {
			for (StatusPengajuan s : StatusPengajuan.values()) {
				for (PeranPemeriksaan p : PeranPemeriksaan.values()) {
					Set<AksiPemeriksaan> expected = EnumSet.noneOf(AksiPemeriksaan.class);
					for (AksiPemeriksaan a : AksiPemeriksaan.values()) {
						cari(s, a, k).filter(l -> l.peran().contains(p)).ifPresent(l -> expected.add(a));
					}
					assertThat(AlurPemeriksaan.aksiTersedia(s, Set.of(p), k)).as("%s %s %s", s, p, k)
						.isEqualTo(expected);
				}
			}
		}
	}

	@Test
	void aUserWithSeveralPartsMayTakeTheStepOfAnyOfThem() {
		KonteksPengajuan k = new KonteksPengajuan(true, Pembina.STATISTIK, false);
		assertThat(AlurPemeriksaan.jalankan(StatusPengajuan.DIPERIKSA_WALIDATA, AksiPemeriksaan.SETUJUI_WALIDATA,
				Set.of(PRODUSEN, WALIDATA), k, null)).isEqualTo(StatusPengajuan.DIPERIKSA_PEMBINA);
	}

	@Test
	void aSubmissionWithValidationErrorsCannotBeSubmitted() {
		KonteksPengajuan k = new KonteksPengajuan(false, Pembina.STATISTIK, true);
		for (StatusPengajuan s : List.of(StatusPengajuan.DRAFT, StatusPengajuan.DIKEMBALIKAN)) {
			assertThatThrownBy(() -> AlurPemeriksaan.jalankan(s, AksiPemeriksaan.AJUKAN, Set.of(PRODUSEN), k, null))
				.isInstanceOfSatisfying(TransisiDitolak.class, e -> {
					assertThat(e.getStatus()).isEqualTo(HttpStatus.CONFLICT);
					assertThat(e.getMessageKey()).isEqualTo("pemeriksaan.galat.masihAdaGalat");
				});
		}
		// errors do not stop a reviewer from returning it
		assertThat(AlurPemeriksaan.jalankan(StatusPengajuan.DIPERIKSA_WALIDATA, AksiPemeriksaan.KEMBALIKAN,
				Set.of(WALIDATA), k, "Kolom jumlah kosong di baris 4")).isEqualTo(StatusPengajuan.DIKEMBALIKAN);
	}

	@Test
	void aReturnNeedsANote() {
		KonteksPengajuan k = new KonteksPengajuan(false, Pembina.STATISTIK, false);
		for (String catatan : new String[] { null, "", "   " }) {
			assertThatThrownBy(() -> AlurPemeriksaan.jalankan(StatusPengajuan.DIPERIKSA_PEMBINA,
					AksiPemeriksaan.KEMBALIKAN, Set.of(BPS), k, catatan))
				.isInstanceOfSatisfying(TransisiDitolak.class, e -> {
					assertThat(e.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
					assertThat(e.getMessageKey()).isEqualTo("pemeriksaan.galat.catatanWajib");
				});
		}
	}

	@Test
	void aPublishedSubmissionIsFinal() {
		for (KonteksPengajuan k : semuaKonteks()) {
			assertThat(AlurPemeriksaan.aksiTersedia(StatusPengajuan.TERBIT, EnumSet.allOf(PeranPemeriksaan.class), k))
				.isEmpty();
			assertThat(AlurPemeriksaan.menunggu(StatusPengajuan.TERBIT, k)).isEmpty();
		}
	}

	@Test
	void theInboxAwaitingAStepIsTheOneThatMayTakeIt() {
		for (KonteksPengajuan k : semuaKonteks()) {
			for (StatusPengajuan s : StatusPengajuan.values()) {
				Optional<PeranPemeriksaan> menunggu = AlurPemeriksaan.menunggu(s, k);
				if (s == StatusPengajuan.TERBIT) {
					continue;
				}
				assertThat(menunggu).as("%s %s", s, k).isPresent();
				assertThat(AlurPemeriksaan.aksiTersedia(s, Set.of(menunggu.get()), k)).as("%s %s", s, k).isNotEmpty();
			}
		}
		KonteksPengajuan geo = new KonteksPengajuan(true, Pembina.GEOSPASIAL, false);
		assertThat(AlurPemeriksaan.menunggu(StatusPengajuan.DIPERIKSA_PEMBINA, geo)).contains(GEO);
		assertThat(AlurPemeriksaan.menunggu(StatusPengajuan.DIAJUKAN, geo)).contains(PENDUKUNG);
	}

	@Test
	void theHappyPathsFromDraftToPublished() {
		KonteksPengajuan statistik = new KonteksPengajuan(true, Pembina.STATISTIK, false);
		StatusPengajuan s = StatusPengajuan.DRAFT;
		s = AlurPemeriksaan.jalankan(s, AksiPemeriksaan.AJUKAN, Set.of(PRODUSEN), statistik, null);
		s = AlurPemeriksaan.jalankan(s, AksiPemeriksaan.LOLOS_PRAPERIKSA, Set.of(PENDUKUNG), statistik, null);
		s = AlurPemeriksaan.jalankan(s, AksiPemeriksaan.KEMBALIKAN, Set.of(WALIDATA), statistik, "Satuan belum diisi");
		assertThat(s).isEqualTo(StatusPengajuan.DIKEMBALIKAN);
		s = AlurPemeriksaan.jalankan(s, AksiPemeriksaan.AJUKAN, Set.of(PRODUSEN), statistik, null);
		s = AlurPemeriksaan.jalankan(s, AksiPemeriksaan.LOLOS_PRAPERIKSA, Set.of(PENDUKUNG), statistik, null);
		s = AlurPemeriksaan.jalankan(s, AksiPemeriksaan.SETUJUI_WALIDATA, Set.of(WALIDATA), statistik, null);
		s = AlurPemeriksaan.jalankan(s, AksiPemeriksaan.SETUJUI_PEMBINA, Set.of(BPS), statistik, null);
		s = AlurPemeriksaan.jalankan(s, AksiPemeriksaan.TERBITKAN, Set.of(WALIDATA), statistik, null);
		assertThat(s).isEqualTo(StatusPengajuan.TERBIT);

		KonteksPengajuan keuangan = new KonteksPengajuan(false, Pembina.TIDAK_ADA, false);
		s = AlurPemeriksaan.jalankan(StatusPengajuan.DRAFT, AksiPemeriksaan.AJUKAN, Set.of(PRODUSEN), keuangan, null);
		assertThat(s).isEqualTo(StatusPengajuan.DIPERIKSA_WALIDATA);
		s = AlurPemeriksaan.jalankan(s, AksiPemeriksaan.SETUJUI_WALIDATA, Set.of(WALIDATA), keuangan, null);
		assertThat(s).isEqualTo(StatusPengajuan.SIAP_TERBIT);
	}

}
