package id.satudata.perencanaan.rencanaaksi;

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

/** The Rencana Aksi state machine against the table of every allowed step. */
class AlurRencanaAksiTest {

	record Langkah(StatusRencanaAksi status, AksiRencanaAksi aksi, Set<PeranRencanaAksi> peran, StatusRencanaAksi ke) {
	}

	static final PeranRencanaAksi PELAKSANA = PeranRencanaAksi.PELAKSANA;
	static final PeranRencanaAksi KOORDINATOR = PeranRencanaAksi.KOORDINATOR;

	static final List<Langkah> TABEL = List.of(
			new Langkah(StatusRencanaAksi.BELUM_MULAI, AksiRencanaAksi.MULAI, Set.of(PELAKSANA, KOORDINATOR),
					StatusRencanaAksi.BERJALAN),
			new Langkah(StatusRencanaAksi.BERJALAN, AksiRencanaAksi.SELESAIKAN, Set.of(PELAKSANA, KOORDINATOR),
					StatusRencanaAksi.SELESAI),
			new Langkah(StatusRencanaAksi.SELESAI, AksiRencanaAksi.BUKA_KEMBALI, Set.of(KOORDINATOR),
					StatusRencanaAksi.BERJALAN),
			new Langkah(StatusRencanaAksi.BELUM_MULAI, AksiRencanaAksi.BATALKAN, Set.of(KOORDINATOR),
					StatusRencanaAksi.DIBATALKAN),
			new Langkah(StatusRencanaAksi.BERJALAN, AksiRencanaAksi.BATALKAN, Set.of(KOORDINATOR),
					StatusRencanaAksi.DIBATALKAN));

	static Optional<Langkah> cari(StatusRencanaAksi s, AksiRencanaAksi a) {
		return TABEL.stream().filter(l -> l.status() == s && l.aksi() == a).findFirst();
	}

	@Test
	void everyStepOfEveryRoleIsAllowedOrRefusedAsTheTableSays() {
		int allowed = 0;
		for (StatusRencanaAksi s : StatusRencanaAksi.values()) {
			for (AksiRencanaAksi a : AksiRencanaAksi.values()) {
				Optional<Langkah> langkah = cari(s, a);
				for (PeranRencanaAksi p : PeranRencanaAksi.values()) {
					String what = s + " " + a + " by " + p;
					if (langkah.isPresent() && langkah.get().peran().contains(p)) {
						assertThat(AlurRencanaAksi.jalankan(s, a, Set.of(p), true, "catatan")).as(what)
							.isEqualTo(langkah.get().ke());
						allowed++;
					}
					else {
						TransisiDitolak e = catchThrowableOfType(TransisiDitolak.class,
								() -> AlurRencanaAksi.jalankan(s, a, Set.of(p), true, "catatan"));
						assertThat(e).as(what).isNotNull();
						assertThat(e.getStatus()).as(what)
							.isEqualTo(langkah.isPresent() ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT);
					}
				}
			}
		}
		assertThat(allowed).isEqualTo(7);
	}

	@Test
	void theActionsOfferedAreExactlyTheAllowedOnes() {
		for (StatusRencanaAksi s : StatusRencanaAksi.values()) {
			for (PeranRencanaAksi p : PeranRencanaAksi.values()) {
				Set<AksiRencanaAksi> expected = EnumSet.noneOf(AksiRencanaAksi.class);
				for (AksiRencanaAksi a : AksiRencanaAksi.values()) {
					cari(s, a).filter(l -> l.peran().contains(p)).ifPresent(l -> expected.add(a));
				}
				assertThat(AlurRencanaAksi.aksiTersedia(s, Set.of(p))).as("%s %s", s, p).isEqualTo(expected);
			}
		}
	}

	@Test
	void finishingNeedsEvidenceAndReopeningOrCancellingANote() {
		assertThatThrownBy(() -> AlurRencanaAksi.jalankan(StatusRencanaAksi.BERJALAN, AksiRencanaAksi.SELESAIKAN,
				Set.of(PELAKSANA), false, null))
			.isInstanceOfSatisfying(TransisiDitolak.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("rencanaAksi.galat.tanpaBukti"));
		assertThatThrownBy(() -> AlurRencanaAksi.jalankan(StatusRencanaAksi.SELESAI, AksiRencanaAksi.BUKA_KEMBALI,
				Set.of(KOORDINATOR), true, " "))
			.isInstanceOfSatisfying(TransisiDitolak.class,
					e -> assertThat(e.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST));
		assertThatThrownBy(() -> AlurRencanaAksi.jalankan(StatusRencanaAksi.BERJALAN, AksiRencanaAksi.BATALKAN,
				Set.of(KOORDINATOR), true, null))
			.isInstanceOfSatisfying(TransisiDitolak.class,
					e -> assertThat(e.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST));
	}

	@Test
	void progressIsReportedOnlyOnOpenItemsByThoseConcerned() {
		assertThat(AlurRencanaAksi.bolehLapor(StatusRencanaAksi.BERJALAN, Set.of(PELAKSANA))).isTrue();
		assertThat(AlurRencanaAksi.bolehLapor(StatusRencanaAksi.BELUM_MULAI, Set.of(KOORDINATOR))).isTrue();
		assertThat(AlurRencanaAksi.bolehLapor(StatusRencanaAksi.SELESAI, Set.of(PELAKSANA, KOORDINATOR))).isFalse();
		assertThat(AlurRencanaAksi.bolehLapor(StatusRencanaAksi.DIBATALKAN, Set.of(KOORDINATOR))).isFalse();
		assertThat(AlurRencanaAksi.bolehLapor(StatusRencanaAksi.BERJALAN, Set.of())).isFalse();
	}

}
