package id.satudata.perencanaan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Numbers and dates in Indonesian words, as a berita acara writes its day. */
class TerbilangTest {

	@Test
	void numbersInWords() {
		assertThat(Terbilang.angka(0)).isEqualTo("nol");
		assertThat(Terbilang.angka(1)).isEqualTo("satu");
		assertThat(Terbilang.angka(10)).isEqualTo("sepuluh");
		assertThat(Terbilang.angka(11)).isEqualTo("sebelas");
		assertThat(Terbilang.angka(12)).isEqualTo("dua belas");
		assertThat(Terbilang.angka(17)).isEqualTo("tujuh belas");
		assertThat(Terbilang.angka(20)).isEqualTo("dua puluh");
		assertThat(Terbilang.angka(31)).isEqualTo("tiga puluh satu");
		assertThat(Terbilang.angka(100)).isEqualTo("seratus");
		assertThat(Terbilang.angka(111)).isEqualTo("seratus sebelas");
		assertThat(Terbilang.angka(999)).isEqualTo("sembilan ratus sembilan puluh sembilan");
		assertThat(Terbilang.angka(1000)).isEqualTo("seribu");
		assertThat(Terbilang.angka(1999)).isEqualTo("seribu sembilan ratus sembilan puluh sembilan");
		assertThat(Terbilang.angka(2026)).isEqualTo("dua ribu dua puluh enam");
		assertThat(Terbilang.angka(2100)).isEqualTo("dua ribu seratus");
		assertThat(Terbilang.angka(11_000)).isEqualTo("sebelas ribu");
		assertThat(Terbilang.angka(100_000)).isEqualTo("seratus ribu");
		assertThat(Terbilang.angka(1_000_000)).isEqualTo("satu juta");
		assertThat(Terbilang.angka(2_500_000_000L)).isEqualTo("dua miliar lima ratus juta");
		assertThatThrownBy(() -> Terbilang.angka(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theDayOfABeritaAcara() {
		assertThat(Terbilang.hariTanggal(LocalDate.of(2026, 3, 17)))
			.isEqualTo("Selasa, tanggal tujuh belas bulan Maret tahun dua ribu dua puluh enam");
		assertThat(Terbilang.hariTanggal(LocalDate.of(2026, 8, 1)))
			.isEqualTo("Sabtu, tanggal satu bulan Agustus tahun dua ribu dua puluh enam");
		assertThat(Terbilang.tanggal(LocalDate.of(2026, 12, 31))).isEqualTo("31 Desember 2026");
	}

}
