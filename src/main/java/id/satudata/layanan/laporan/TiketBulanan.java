package id.satudata.layanan.laporan;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import id.satudata.layanan.pengaduan.Pengaduan;
import id.satudata.layanan.permintaan.Permintaan;
import id.satudata.layanan.tiket.JenisTiket;
import id.satudata.layanan.tiket.RiwayatLayanan;
import id.satudata.layanan.tiket.SpesifikasiTiket;
import id.satudata.layanan.tiket.Tiket;

/**
 * What the monthly report and evaluation read of one desk's month, filtered in the database: the
 * requests and complaints received or ended in it, those still open and past due at its end, and
 * the steps taken in it.
 */
@Component
class TiketBulanan {

	/** The period of a month (start inclusive, end exclusive) in the office's time zone. */
	record Periode(Instant dari, Instant sampai) {

		static Periode dari(YearMonth bulan, ZoneId zone) {
			return new Periode(bulan.atDay(1).atStartOfDay(zone).toInstant(),
					bulan.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
		}

		boolean memuat(Instant t) {
			return t != null && !t.isBefore(dari) && t.isBefore(sampai);
		}

	}

	private final JenisTiket<Permintaan> permintaan;
	private final JenisTiket<Pengaduan> pengaduan;
	private final RiwayatBulananRepository riwayat;

	TiketBulanan(JenisTiket<Permintaan> permintaan, JenisTiket<Pengaduan> pengaduan, RiwayatBulananRepository riwayat) {
		this.permintaan = permintaan;
		this.pengaduan = pengaduan;
		this.riwayat = riwayat;
	}

	List<Permintaan> permintaan(long organisasi, Periode p) {
		return permintaan.repository().findAll(SpesifikasiTiket.periode(organisasi, p.dari(), p.sampai()));
	}

	List<Pengaduan> pengaduan(long organisasi, Periode p) {
		return pengaduan.repository().findAll(SpesifikasiTiket.periode(organisasi, p.dari(), p.sampai()));
	}

	/** The open requests received by {@code akhir} whose current step or work was due before it, per type. */
	Map<Object, Long> permintaanTerlambat(long organisasi, Instant akhir) {
		return terlambat(permintaan, organisasi, akhir, Permintaan::getJenis);
	}

	/** The open complaints received by {@code akhir} and due before it, per tier (null: not classified yet). */
	Map<Object, Long> pengaduanTerlambat(long organisasi, Instant akhir) {
		return terlambat(pengaduan, organisasi, akhir, Pengaduan::getKategori);
	}

	List<RiwayatLayanan> langkahPermintaan(long organisasi, Periode p) {
		return riwayat.permintaan(organisasi, p.dari(), p.sampai());
	}

	List<RiwayatLayanan> langkahPengaduan(long organisasi, Periode p) {
		return riwayat.pengaduan(organisasi, p.dari(), p.sampai());
	}

	private static <T extends Tiket<?, ?>> Map<Object, Long> terlambat(JenisTiket<T> jenis, long organisasi, Instant akhir,
			Function<T, Object> kelompok) {
		Map<Object, Long> out = new HashMap<>();
		jenis.repository().findAll(jenis.lewatTenggat(akhir).and(SpesifikasiTiket.diterimaSampai(organisasi, akhir)))
			.forEach(t -> out.merge(kelompok.apply(t), 1L, Long::sum));
		return out;
	}

}
