package id.satudata.ppid.permohonan;

import static id.satudata.ppid.permohonan.AksiPermohonan.*;
import static id.satudata.ppid.permohonan.PeranPermohonan.*;
import static id.satudata.ppid.permohonan.StatusPermohonan.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

import id.satudata.shared.alur.TransisiDitolak;

/** The request's state machine, row by row, and every pair outside the table refused. */
class AlurPermohonanTest {

	record Baris(StatusPermohonan dari, AksiPermohonan aksi, PeranPermohonan oleh, StatusPermohonan ke) {
	}

	static final List<Baris> TABEL = List.of(new Baris(DIAJUKAN, REGISTRASI, PPID, DIPROSES),
			new Baris(DIAJUKAN, BATALKAN, PEMOHON, DIBATALKAN), new Baris(DIPROSES, TERUSKAN, PPID, MENUNGGU_PENDAPAT),
			new Baris(MENUNGGU_PENDAPAT, BERI_PENDAPAT, PEMBERI_PENDAPAT, DIPROSES),
			new Baris(DIPROSES, PERPANJANG, PPID, DIPROSES), new Baris(MENUNGGU_PENDAPAT, PERPANJANG, PPID, MENUNGGU_PENDAPAT),
			new Baris(DIPROSES, KABULKAN, PPID, DIKABULKAN), new Baris(MENUNGGU_PENDAPAT, KABULKAN, PPID, DIKABULKAN),
			new Baris(DIPROSES, TOLAK, PPID, DITOLAK), new Baris(MENUNGGU_PENDAPAT, TOLAK, PPID, DITOLAK),
			new Baris(DITOLAK, AJUKAN_KEBERATAN, PEMOHON, KEBERATAN), new Baris(KEBERATAN, TERIMA_KEBERATAN, ATASAN, DIKABULKAN),
			new Baris(KEBERATAN, TOLAK_KEBERATAN, ATASAN, KEBERATAN_DITOLAK));

	static Stream<Baris> tabel() {
		return TABEL.stream();
	}

	@ParameterizedTest
	@MethodSource("tabel")
	void eachRowLeadsWhereTheTableSaysForItsPartOnly(Baris b) {
		assertThat(AlurPermohonan.jalankan(b.dari(), b.aksi(), Set.of(b.oleh()), AlurPermohonan.Konteks.BIASA, "catatan"))
			.isEqualTo(b.ke());
		for (PeranPermohonan lain : EnumSet.complementOf(EnumSet.of(b.oleh()))) {
			assertThatThrownBy(() -> AlurPermohonan.jalankan(b.dari(), b.aksi(), Set.of(lain), AlurPermohonan.Konteks.BIASA,
					"catatan"))
				.isInstanceOfSatisfying(TransisiDitolak.class, e -> assertThat(e.getStatus()).isEqualTo(HttpStatus.FORBIDDEN));
		}
	}

	static Stream<Arguments> diLuarTabel() {
		List<Arguments> out = new ArrayList<>();
		for (StatusPermohonan s : StatusPermohonan.values()) {
			for (AksiPermohonan a : AksiPermohonan.values()) {
				if (TABEL.stream().noneMatch(b -> b.dari() == s && b.aksi() == a)) {
					out.add(Arguments.of(s, a));
				}
			}
		}
		return out.stream();
	}

	@ParameterizedTest
	@MethodSource("diLuarTabel")
	void everyOtherPairIsNotApplicable(StatusPermohonan s, AksiPermohonan a) {
		assertThatThrownBy(() -> AlurPermohonan.jalankan(s, a, EnumSet.allOf(PeranPermohonan.class),
				AlurPermohonan.Konteks.BIASA, "catatan"))
			.isInstanceOfSatisfying(TransisiDitolak.class, e -> assertThat(e.getStatus()).isEqualTo(HttpStatus.CONFLICT));
	}

	@Test
	void conditions() {
		// a view, an extension, a refusal, an objection and the superior's answers need a written note
		for (AksiPermohonan a : List.of(BERI_PENDAPAT, PERPANJANG, TOLAK, AJUKAN_KEBERATAN, TERIMA_KEBERATAN,
				TOLAK_KEBERATAN)) {
			Baris b = TABEL.stream().filter(r -> r.aksi() == a).findFirst().orElseThrow();
			assertThatThrownBy(() -> AlurPermohonan.jalankan(b.dari(), a, Set.of(b.oleh()), AlurPermohonan.Konteks.BIASA,
					" "))
				.as(a.name()).isInstanceOfSatisfying(TransisiDitolak.class,
						e -> assertThat(e.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST));
		}
		// extended only once
		assertThatThrownBy(() -> AlurPermohonan.jalankan(DIPROSES, PERPANJANG, Set.of(PPID),
				new AlurPermohonan.Konteks(true, true, true), "alasan"))
			.isInstanceOfSatisfying(TransisiDitolak.class, e -> assertThat(e.getStatus()).isEqualTo(HttpStatus.CONFLICT));
		// an objection only within its period
		assertThatThrownBy(() -> AlurPermohonan.jalankan(DITOLAK, AJUKAN_KEBERATAN, Set.of(PEMOHON),
				new AlurPermohonan.Konteks(false, false, true), "keberatan"))
			.isInstanceOfSatisfying(TransisiDitolak.class, e -> assertThat(e.getStatus()).isEqualTo(HttpStatus.CONFLICT));
		// a refusal names its Pasal 17 ground
		assertThatThrownBy(() -> AlurPermohonan.jalankan(DIPROSES, TOLAK, Set.of(PPID),
				new AlurPermohonan.Konteks(false, true, false), "uji konsekuensi"))
			.isInstanceOfSatisfying(TransisiDitolak.class, e -> assertThat(e.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST));
		assertThat(AlurPermohonan.aksiTersedia(DIPROSES, Set.of(PPID))).containsExactlyInAnyOrder(TERUSKAN, PERPANJANG,
				KABULKAN, TOLAK);
		assertThat(AlurPermohonan.aksiTersedia(DIPROSES, Set.of(PEMOHON))).isEmpty();
	}

}
