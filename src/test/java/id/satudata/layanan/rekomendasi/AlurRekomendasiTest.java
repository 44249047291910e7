package id.satudata.layanan.rekomendasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import id.satudata.layanan.rekomendasi.AlurRekomendasi.Konteks;
import id.satudata.shared.alur.TransisiDitolak;

/** The recommendation's state machine against the table of every allowed step, per role. */
class AlurRekomendasiTest {

	record Baris(StatusRekomendasi status, AksiRekomendasi aksi, PeranRekomendasi peran, StatusRekomendasi ke) {
	}

	static final PeranRekomendasi PEMOHON = PeranRekomendasi.PEMOHON;
	static final PeranRekomendasi PEMBINA = PeranRekomendasi.PEMBINA;
	static final Konteks LENGKAP = new Konteks(true, true);

	static final List<Baris> TABEL = List.of(
			new Baris(StatusRekomendasi.DRAFT, AksiRekomendasi.AJUKAN, PEMOHON, StatusRekomendasi.DIAJUKAN),
			new Baris(StatusRekomendasi.DRAFT, AksiRekomendasi.BATALKAN, PEMOHON, StatusRekomendasi.DIBATALKAN),
			new Baris(StatusRekomendasi.DIAJUKAN, AksiRekomendasi.PERIKSA, PEMBINA, StatusRekomendasi.DIPERIKSA),
			new Baris(StatusRekomendasi.DIAJUKAN, AksiRekomendasi.KEMBALIKAN, PEMBINA, StatusRekomendasi.DIKEMBALIKAN),
			new Baris(StatusRekomendasi.DIPERIKSA, AksiRekomendasi.KEMBALIKAN, PEMBINA, StatusRekomendasi.DIKEMBALIKAN),
			new Baris(StatusRekomendasi.DIPERIKSA, AksiRekomendasi.NYATAKAN_LAYAK, PEMBINA, StatusRekomendasi.LAYAK),
			new Baris(StatusRekomendasi.DIKEMBALIKAN, AksiRekomendasi.AJUKAN, PEMOHON, StatusRekomendasi.DIAJUKAN),
			new Baris(StatusRekomendasi.DIKEMBALIKAN, AksiRekomendasi.BATALKAN, PEMOHON, StatusRekomendasi.DIBATALKAN));

	@Test
	void everyStepOfEveryRoleIsAllowedExactlyAsTheTableSays() {
		int allowed = 0;
		for (StatusRekomendasi status : StatusRekomendasi.values()) {
			for (AksiRekomendasi aksi : AksiRekomendasi.values()) {
				for (PeranRekomendasi peran : PeranRekomendasi.values()) {
					Optional<Baris> baris = TABEL.stream()
						.filter(b -> b.status() == status && b.aksi() == aksi && b.peran() == peran).findFirst();
					boolean someoneMay = TABEL.stream().anyMatch(b -> b.status() == status && b.aksi() == aksi);
					String step = status + " " + aksi + " by " + peran;
					if (baris.isPresent()) {
						assertThat(AlurRekomendasi.jalankan(status, aksi, Set.of(peran), LENGKAP, "catatan")).as(step)
							.isEqualTo(baris.get().ke());
						assertThat(AlurRekomendasi.aksiTersedia(status, Set.of(peran))).as(step).contains(aksi);
						allowed++;
					}
					else {
						TransisiDitolak e = catchThrowableOfType(TransisiDitolak.class,
								() -> AlurRekomendasi.jalankan(status, aksi, Set.of(peran), LENGKAP, "catatan"));
						assertThat(e).as(step).isNotNull();
						assertThat(e.getStatus()).as(step).isEqualTo(someoneMay ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT);
					}
				}
			}
		}
		assertThat(allowed).isEqualTo(TABEL.size());
	}

	@Test
	void anIncompleteFileCannotBeSubmittedNorAnUnmetChecklistDeclaredLayak() {
		TransisiDitolak e = catchThrowableOfType(TransisiDitolak.class, () -> AlurRekomendasi
			.jalankan(StatusRekomendasi.DRAFT, AksiRekomendasi.AJUKAN, Set.of(PEMOHON), new Konteks(false, true), null));
		assertThat(e.getMessageKey()).isEqualTo("rekomendasi.galat.belumLengkap");
		e = catchThrowableOfType(TransisiDitolak.class, () -> AlurRekomendasi.jalankan(StatusRekomendasi.DIPERIKSA,
				AksiRekomendasi.NYATAKAN_LAYAK, Set.of(PEMBINA), new Konteks(true, false), null));
		assertThat(e.getMessageKey()).isEqualTo("rekomendasi.galat.butirBelumTerpenuhi");
		e = catchThrowableOfType(TransisiDitolak.class, () -> AlurRekomendasi.jalankan(StatusRekomendasi.DIPERIKSA,
				AksiRekomendasi.KEMBALIKAN, Set.of(PEMBINA), LENGKAP, ""));
		assertThat(e.getMessageKey()).isEqualTo("rekomendasi.galat.catatanWajib");
	}

}
