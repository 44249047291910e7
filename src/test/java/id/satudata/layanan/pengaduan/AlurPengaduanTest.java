package id.satudata.layanan.pengaduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.layanan.pengaduan.AlurPengaduan.Langkah;
import id.satudata.shared.alur.TransisiDitolak;

/**
 * The complaint's state machine for every status, action, holding level and role: only the
 * holding level's role acts; the table lists what applies where (null target level: unchanged).
 */
class AlurPengaduanTest {

	record Baris(StatusPengaduan status, AksiPengaduan aksi, StatusPengaduan ke, boolean naik) {
	}

	/** What applies in each status, whoever holds it (escalation only below the Kepala Dinas). */
	static final List<Baris> TABEL = List.of(
			new Baris(StatusPengaduan.DITERIMA, AksiPengaduan.KLASIFIKASI, StatusPengaduan.DIPROSES, false),
			new Baris(StatusPengaduan.DITERIMA, AksiPengaduan.ESKALASI, StatusPengaduan.DITERIMA, true),
			new Baris(StatusPengaduan.DITERIMA, AksiPengaduan.TOLAK, StatusPengaduan.DITOLAK, false),
			new Baris(StatusPengaduan.DIPROSES, AksiPengaduan.KLASIFIKASI, StatusPengaduan.DIPROSES, false),
			new Baris(StatusPengaduan.DIPROSES, AksiPengaduan.TANGGAPI, StatusPengaduan.DIPROSES, false),
			new Baris(StatusPengaduan.DIPROSES, AksiPengaduan.ESKALASI, StatusPengaduan.DIPROSES, true),
			new Baris(StatusPengaduan.DIPROSES, AksiPengaduan.SELESAIKAN, StatusPengaduan.SELESAI, false));

	@Test
	void onlyTheHoldingLevelActsAndOnlyWhereTheTableSays() {
		int allowed = 0;
		for (StatusPengaduan status : StatusPengaduan.values()) {
			for (AksiPengaduan aksi : AksiPengaduan.values()) {
				for (TingkatLayanan pemegang : TingkatLayanan.values()) {
					for (TingkatLayanan peran : TingkatLayanan.values()) {
						Optional<Baris> baris = TABEL.stream().filter(b -> b.status() == status && b.aksi() == aksi
								&& (!b.naik() || pemegang.atasan().isPresent())).findFirst();
						String step = status + " " + aksi + " held by " + pemegang + ", done by " + peran;
						if (baris.isPresent() && peran == pemegang) {
							Langkah l = AlurPengaduan.jalankan(status, aksi, pemegang, Set.of(peran),
									KategoriPengaduan.RINGAN, "teks");
							assertThat(l.status()).as(step).isEqualTo(baris.get().ke());
							assertThat(l.tingkat()).as(step)
								.isEqualTo(baris.get().naik() ? pemegang.atasan().orElseThrow() : pemegang);
							assertThat(AlurPengaduan.aksiTersedia(status, pemegang, Set.of(peran))).as(step).contains(aksi);
							allowed++;
						}
						else {
							TransisiDitolak e = catchThrowableOfType(TransisiDitolak.class, () -> AlurPengaduan
								.jalankan(status, aksi, pemegang, Set.of(peran), KategoriPengaduan.RINGAN, "teks"));
							assertThat(e).as(step).isNotNull();
							assertThat(e.getStatus()).as(step)
								.isEqualTo(baris.isPresent() ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT);
							assertThat(AlurPengaduan.aksiTersedia(status, pemegang, Set.of(peran))).as(step)
								.doesNotContain(aksi);
						}
					}
				}
			}
		}
		// 7 rows for each of 4 levels, minus the two escalations at the top
		assertThat(allowed).isEqualTo(TABEL.size() * 4 - 2);
	}

	@Test
	void aSuperiorDoesNotActOnWhatTheirStaffHolds() {
		assertThat(AlurPengaduan.aksiTersedia(StatusPengaduan.DIPROSES, TingkatLayanan.PETUGAS_LAYANAN,
				EnumSet.of(TingkatLayanan.KEPALA_DINAS, TingkatLayanan.KEPALA_BIDANG))).isEmpty();
	}

	@Test
	void classifyingNeedsATierTheOtherStepsAText() {
		TransisiDitolak e = catchThrowableOfType(TransisiDitolak.class, () -> AlurPengaduan.jalankan(
				StatusPengaduan.DITERIMA, AksiPengaduan.KLASIFIKASI, TingkatLayanan.PETUGAS_LAYANAN,
				Set.of(TingkatLayanan.PETUGAS_LAYANAN), null, null));
		assertThat(e.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(e.getMessageKey()).isEqualTo("layanan.galat.kategoriWajib");
		for (AksiPengaduan aksi : List.of(AksiPengaduan.TANGGAPI, AksiPengaduan.ESKALASI, AksiPengaduan.SELESAIKAN)) {
			TransisiDitolak t = catchThrowableOfType(TransisiDitolak.class, () -> AlurPengaduan.jalankan(
					StatusPengaduan.DIPROSES, aksi, TingkatLayanan.PETUGAS_LAYANAN, Set.of(TingkatLayanan.PETUGAS_LAYANAN),
					null, " "));
			assertThat(t.getMessageKey()).isEqualTo("layanan.galat.catatanWajib." + aksi);
		}
		assertThat(AlurPengaduan.jalankan(StatusPengaduan.DITERIMA, AksiPengaduan.KLASIFIKASI,
				TingkatLayanan.PETUGAS_LAYANAN, Set.of(TingkatLayanan.PETUGAS_LAYANAN), KategoriPengaduan.NORMATIF, null)
			.status()).isEqualTo(StatusPengaduan.DIPROSES);
	}

}
