package id.satudata.layanan.permintaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.layanan.permintaan.AlurPermintaan.Langkah;
import id.satudata.shared.alur.TransisiDitolak;

/**
 * The service request's state machine against an explicit table of every allowed step: each
 * (status, action, role) is either in the table and leads where it says, or is refused — 409 when
 * nobody may take that action in that status, 403 when another role may.
 */
class AlurPermintaanTest {

	record Baris(StatusPermintaan status, AksiPermintaan aksi, PeranPermintaan peran, StatusPermintaan ke,
			TingkatLayanan tingkat) {
	}

	static final List<Baris> TABEL = List.of(
			// Kepala Dinas: disposition to the Kepala Bidang, handle personally, or close
			new Baris(StatusPermintaan.DI_KEPALA_DINAS, AksiPermintaan.DISPOSISI, PeranPermintaan.KEPALA_DINAS,
					StatusPermintaan.DI_KEPALA_BIDANG, TingkatLayanan.KEPALA_BIDANG),
			new Baris(StatusPermintaan.DI_KEPALA_DINAS, AksiPermintaan.TANGANI, PeranPermintaan.KEPALA_DINAS,
					StatusPermintaan.DIPROSES, TingkatLayanan.KEPALA_DINAS),
			new Baris(StatusPermintaan.DI_KEPALA_DINAS, AksiPermintaan.TUTUP, PeranPermintaan.KEPALA_DINAS,
					StatusPermintaan.DITUTUP, TingkatLayanan.KEPALA_DINAS),
			// Kepala Bidang: to the Sub Koordinator
			new Baris(StatusPermintaan.DI_KEPALA_BIDANG, AksiPermintaan.DISPOSISI, PeranPermintaan.KEPALA_BIDANG,
					StatusPermintaan.DI_SUB_KOORDINATOR, TingkatLayanan.SUB_KOORDINATOR),
			new Baris(StatusPermintaan.DI_KEPALA_BIDANG, AksiPermintaan.TANGANI, PeranPermintaan.KEPALA_BIDANG,
					StatusPermintaan.DIPROSES, TingkatLayanan.KEPALA_BIDANG),
			new Baris(StatusPermintaan.DI_KEPALA_BIDANG, AksiPermintaan.TUTUP, PeranPermintaan.KEPALA_BIDANG,
					StatusPermintaan.DITUTUP, TingkatLayanan.KEPALA_BIDANG),
			// Sub Koordinator: the instruction to the Petugas Layanan starts the work there
			new Baris(StatusPermintaan.DI_SUB_KOORDINATOR, AksiPermintaan.DISPOSISI, PeranPermintaan.SUB_KOORDINATOR,
					StatusPermintaan.DIPROSES, TingkatLayanan.PETUGAS_LAYANAN),
			new Baris(StatusPermintaan.DI_SUB_KOORDINATOR, AksiPermintaan.TANGANI, PeranPermintaan.SUB_KOORDINATOR,
					StatusPermintaan.DIPROSES, TingkatLayanan.SUB_KOORDINATOR),
			new Baris(StatusPermintaan.DI_SUB_KOORDINATOR, AksiPermintaan.TUTUP, PeranPermintaan.SUB_KOORDINATOR,
					StatusPermintaan.DITUTUP, TingkatLayanan.SUB_KOORDINATOR),
			// whoever handles it resolves it
			new Baris(StatusPermintaan.DIPROSES, AksiPermintaan.SELESAIKAN, PeranPermintaan.PENANGAN,
					StatusPermintaan.SELESAI, null));

	@Test
	void everyStepOfEveryRoleIsAllowedExactlyAsTheTableSays() {
		int allowed = 0;
		for (StatusPermintaan status : StatusPermintaan.values()) {
			for (AksiPermintaan aksi : AksiPermintaan.values()) {
				for (PeranPermintaan peran : PeranPermintaan.values()) {
					Optional<Baris> baris = TABEL.stream()
						.filter(b -> b.status() == status && b.aksi() == aksi && b.peran() == peran).findFirst();
					boolean someoneMay = TABEL.stream().anyMatch(b -> b.status() == status && b.aksi() == aksi);
					String step = status + " " + aksi + " by " + peran;
					if (baris.isPresent()) {
						Langkah l = AlurPermintaan.jalankan(status, aksi, Set.of(peran), "catatan");
						assertThat(l).as(step).isEqualTo(new Langkah(baris.get().ke(), baris.get().tingkat()));
						assertThat(AlurPermintaan.aksiTersedia(status, Set.of(peran))).as(step).contains(aksi);
						allowed++;
					}
					else {
						TransisiDitolak e = catchThrowableOfType(TransisiDitolak.class,
								() -> AlurPermintaan.jalankan(status, aksi, Set.of(peran), "catatan"));
						assertThat(e).as(step).isNotNull();
						assertThat(e.getStatus()).as(step).isEqualTo(someoneMay ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT);
						assertThat(AlurPermintaan.aksiTersedia(status, Set.of(peran))).as(step).doesNotContain(aksi);
					}
				}
			}
		}
		assertThat(allowed).isEqualTo(TABEL.size());
	}

	@Test
	void finalStatesAllowNothing() {
		for (StatusPermintaan s : List.of(StatusPermintaan.SELESAI, StatusPermintaan.DITUTUP)) {
			assertThat(AlurPermintaan.aksiTersedia(s, EnumSet.allOf(PeranPermintaan.class))).isEmpty();
			assertThat(s.terbuka()).isFalse();
		}
	}

	@Test
	void aPetugasOnlyResolvesWhatTheyHandle() {
		for (StatusPermintaan s : StatusPermintaan.values()) {
			assertThat(AlurPermintaan.aksiTersedia(s, Set.of(PeranPermintaan.PETUGAS_LAYANAN))).as(s.name()).isEmpty();
		}
		assertThat(AlurPermintaan.aksiTersedia(StatusPermintaan.DIPROSES,
				Set.of(PeranPermintaan.PETUGAS_LAYANAN, PeranPermintaan.PENANGAN))).containsExactly(AksiPermintaan.SELESAIKAN);
	}

	@Test
	void dispositionsClosingAndResolvingNeedATextHandlingDoesNot() {
		for (AksiPermintaan aksi : List.of(AksiPermintaan.DISPOSISI, AksiPermintaan.TUTUP)) {
			TransisiDitolak e = catchThrowableOfType(TransisiDitolak.class, () -> AlurPermintaan
				.jalankan(StatusPermintaan.DI_KEPALA_DINAS, aksi, Set.of(PeranPermintaan.KEPALA_DINAS), "  "));
			assertThat(e.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(e.getMessageKey()).isEqualTo("layanan.galat.catatanWajib." + aksi);
		}
		TransisiDitolak e = catchThrowableOfType(TransisiDitolak.class, () -> AlurPermintaan
			.jalankan(StatusPermintaan.DIPROSES, AksiPermintaan.SELESAIKAN, Set.of(PeranPermintaan.PENANGAN), null));
		assertThat(e.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(AlurPermintaan.jalankan(StatusPermintaan.DI_KEPALA_BIDANG, AksiPermintaan.TANGANI,
				Set.of(PeranPermintaan.KEPALA_BIDANG), null).status()).isEqualTo(StatusPermintaan.DIPROSES);
	}

	@Test
	void theChainRunsTopToBottom() {
		assertThat(TingkatLayanan.KEPALA_DINAS.bawahan()).contains(TingkatLayanan.KEPALA_BIDANG);
		assertThat(TingkatLayanan.PETUGAS_LAYANAN.bawahan()).isEmpty();
		assertThat(TingkatLayanan.PETUGAS_LAYANAN.atasan()).contains(TingkatLayanan.SUB_KOORDINATOR);
		assertThat(TingkatLayanan.KEPALA_DINAS.atasan()).isEmpty();
	}

}
