package id.satudata.layanan.laporan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import id.satudata.layanan.tiket.JamLayanan;
import id.satudata.layanan.tiket.Tiket;
import id.satudata.shared.tabular.SpreadsheetSafe;
import id.satudata.shared.web.Messages;
import id.satudata.shared.web.Waktu;

/**
 * The monthly evaluation as a workbook (streamed with POI's SXSSF): a summary sheet (SLA per type
 * and tier, dispositions, availability), the staff sheet, and the month's requests and complaints.
 * Times are numbers of working hours so they can be summed and charted; every text cell that looks
 * like a formula is neutralized.
 */
@Component
class EvaluasiXlsx {

	private final Messages messages;
	private final Waktu waktu;
	private final JamLayanan jam;

	EvaluasiXlsx(Messages messages, Waktu waktu, JamLayanan jam) {
		this.messages = messages;
		this.waktu = waktu;
		this.jam = jam;
	}

	void tulis(EvaluasiBulanan e, OutputStream out) {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
			CellStyle tebal = wb.createCellStyle();
			Font f = wb.createFont();
			f.setBold(true);
			tebal.setFont(f);
			CellStyle desimal = wb.createCellStyle();
			desimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
			ringkasan(wb.createSheet(m("layanan.xlsx.ringkasan")), e.ringkasan(), tebal, desimal);
			pelaksana(wb.createSheet(m("layanan.xlsx.pelaksana")), e.pelaksana(), tebal, desimal);
			tiket(wb.createSheet(m("layanan.xlsx.permintaan")), e.permintaan(), "layanan.form.jenis", "layanan.form.perihal",
					p -> m(p.getJenis().labelKey()), tebal, desimal);
			tiket(wb.createSheet(m("layanan.xlsx.pengaduan")), e.pengaduan(), "layanan.kategori", "layanan.aduan.perihal",
					a -> a.getKategori() == null ? m("layanan.belumDiklasifikasi") : m(a.getKategori().labelKey()), tebal,
					desimal);
			wb.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void ringkasan(SXSSFSheet s, LaporanBulanan l, CellStyle tebal, CellStyle desimal) {
		int r = 0;
		teks(s.createRow(r++), 0, m("layanan.evaluasi.judul"), tebal);
		teks(s.createRow(r++), 0, l.namaDinas() + " — " + bulan(l), null);
		r++;
		Row kt = s.createRow(r++);
		teks(kt, 0, m("layanan.laporan.ketersediaan"), tebal);
		angka(kt, 1, l.ketersediaan().persen(), desimal);
		teks(kt, 2, m("layanan.laporan.target", Math.round(l.targetKetersediaan() * 100)), null);
		Row kr = s.createRow(r++);
		teks(kr, 0, m("layanan.laporan.menitKerja"), null);
		angka(kr, 1, (double) l.ketersediaan().menitKerja(), null);
		angka(kr, 2, (double) l.ketersediaan().menitTersedia(), null);
		Row nr = s.createRow(r++);
		teks(nr, 0, m("layanan.laporan.nilaiRata"), null);
		angka(nr, 1, l.nilaiRata(), desimal);
		angka(nr, 2, (double) l.jumlahNilai(), null);
		r++;
		r = tabel(s, r, m("layanan.laporan.permintaan"), l.permintaan(), l.totalPermintaan(), tebal, desimal);
		r++;
		r = tabel(s, r, m("layanan.laporan.pengaduan"), l.pengaduan(), l.totalPengaduan(), tebal, desimal);
		r++;
		teks(s.createRow(r++), 0, m("layanan.laporan.disposisi"), tebal);
		Row h = s.createRow(r++);
		String[] kepala = { m("layanan.laporan.tingkat"), m("layanan.laporan.target.kolom"), m("layanan.laporan.jumlahLangkah"),
				m("layanan.laporan.tepatWaktu"), m("layanan.laporan.persenTepat"), m("layanan.laporan.medianMenit"),
				m("layanan.laporan.p90Menit") };
		for (int i = 0; i < kepala.length; i++) {
			teks(h, i, kepala[i], tebal);
		}
		for (LaporanBulanan.BarisLangkah b : l.disposisi()) {
			Row x = s.createRow(r++);
			teks(x, 0, m(b.tingkat().labelKey()), null);
			teks(x, 1, m(b.batas().labelKey(), b.batas().min(), b.batas().maks()), null);
			angka(x, 2, (double) b.jumlah(), null);
			angka(x, 3, (double) b.tepatWaktu(), null);
			angka(x, 4, b.persenTepat(), desimal);
			angka(x, 5, menit(b.median()), desimal);
			angka(x, 6, menit(b.p90()), desimal);
		}
		s.setColumnWidth(0, 40 * 256);
	}

	private int tabel(Sheet s, int r, String judul, List<LaporanBulanan.Baris> baris, LaporanBulanan.Baris total,
			CellStyle tebal, CellStyle desimal) {
		teks(s.createRow(r++), 0, judul, tebal);
		Row h = s.createRow(r++);
		String[] kepala = { m("layanan.laporan.jenis"), m("layanan.laporan.target.kolom"), m("layanan.laporan.diterima"),
				m("layanan.laporan.diselesaikan"), m("layanan.laporan.tepatWaktu"), m("layanan.laporan.persenTepat"),
				m("layanan.laporan.ditutup"), m("layanan.laporan.terbukaTerlambat"), m("layanan.laporan.medianJam"),
				m("layanan.laporan.p90Jam") };
		for (int i = 0; i < kepala.length; i++) {
			teks(h, i, kepala[i], tebal);
		}
		for (LaporanBulanan.Baris b : baris) {
			r = baris(s, r, b, null, desimal);
		}
		return baris(s, r, total, tebal, desimal);
	}

	private int baris(Sheet s, int r, LaporanBulanan.Baris b, CellStyle gaya, CellStyle desimal) {
		Row x = s.createRow(r);
		teks(x, 0, m(b.labelKey()), gaya);
		teks(x, 1, b.batas() == null ? "" : m(b.batas().labelKey(), b.batas().min(), b.batas().maks()), null);
		angka(x, 2, (double) b.diterima(), null);
		angka(x, 3, (double) b.diselesaikan(), null);
		angka(x, 4, (double) b.tepatWaktu(), null);
		angka(x, 5, b.persenTepat(), desimal);
		angka(x, 6, (double) b.ditutup(), null);
		angka(x, 7, (double) b.terbukaTerlambat(), null);
		angka(x, 8, jamKerja(b.median()), desimal);
		angka(x, 9, jamKerja(b.p90()), desimal);
		return r + 1;
	}

	private void pelaksana(SXSSFSheet s, List<EvaluasiBulanan.Pelaksana> daftar, CellStyle tebal, CellStyle desimal) {
		Row h = s.createRow(0);
		String[] kepala = { m("layanan.evaluasi.nama"), m("layanan.evaluasi.peran"), m("layanan.evaluasi.disposisi"),
				m("layanan.evaluasi.disposisiTepat"), m("layanan.evaluasi.permintaanSelesai"),
				m("layanan.evaluasi.permintaanTepat"), m("layanan.evaluasi.medianKerjaJam"),
				m("layanan.evaluasi.pengaduanSelesai"), m("layanan.evaluasi.pengaduanTepat"), m("layanan.evaluasi.tanggapan"),
				m("layanan.evaluasi.nilaiRata"), m("layanan.evaluasi.jumlahNilai") };
		for (int i = 0; i < kepala.length; i++) {
			teks(h, i, kepala[i], tebal);
		}
		int r = 1;
		for (EvaluasiBulanan.Pelaksana p : daftar) {
			Row x = s.createRow(r++);
			teks(x, 0, p.nama(), null);
			teks(x, 1, p.tingkat() == null ? "" : m(p.tingkat().labelKey()), null);
			angka(x, 2, (double) p.disposisi(), null);
			angka(x, 3, (double) p.disposisiTepat(), null);
			angka(x, 4, (double) p.permintaanSelesai(), null);
			angka(x, 5, (double) p.permintaanTepat(), null);
			angka(x, 6, jamKerja(p.medianKerja()), desimal);
			angka(x, 7, (double) p.pengaduanSelesai(), null);
			angka(x, 8, (double) p.pengaduanTepat(), null);
			angka(x, 9, (double) p.tanggapan(), null);
			angka(x, 10, p.nilaiRata(), desimal);
			angka(x, 11, (double) p.jumlahNilai(), null);
		}
		s.setColumnWidth(0, 40 * 256);
	}

	/**
	 * The month's tickets of one kind, one row each: {@code kolomJenis} and {@code jenis} name its type
	 * or tier, {@code kolomPerihal} its subject's heading.
	 */
	private <T extends Tiket<?, ?>> void tiket(SXSSFSheet s, List<T> daftar, String kolomJenis, String kolomPerihal,
			Function<T, String> jenis, CellStyle tebal, CellStyle desimal) {
		Row h = s.createRow(0);
		String[] kepala = { m("layanan.nomorTiket"), m(kolomJenis), m("layanan.kanal"), m(kolomPerihal), m("layanan.status"),
				m("layanan.diterimaPada"), m("layanan.tenggat"), m("layanan.diselesaikanPada"), m("layanan.evaluasi.waktuJam"),
				m("layanan.tepatWaktu"), m("layanan.evaluasi.penyelesai"), m("layanan.evaluasi.nilai") };
		for (int i = 0; i < kepala.length; i++) {
			teks(h, i, kepala[i], tebal);
		}
		int r = 1;
		for (T t : daftar) {
			Row x = s.createRow(r++);
			teks(x, 0, t.getNomor(), null);
			teks(x, 1, jenis.apply(t), null);
			teks(x, 2, m(t.kanalKey()), null);
			teks(x, 3, t.getPerihal(), null);
			teks(x, 4, m(t.getStatus().labelKey()), null);
			teks(x, 5, waktu.tanggalJam(t.getDiterimaPada()), null);
			teks(x, 6, waktu.tanggalJam(t.getTenggat()), null);
			teks(x, 7, waktu.tanggalJam(t.getDiselesaikanPada()), null);
			angka(x, 8, t.getDiselesaikanPada() == null ? null : jamKerja(jam.waktuKerja(t.getDiterimaPada(),
					t.getDiselesaikanPada())), desimal);
			teks(x, 9, t.getStatus().selesai() ? m(t.tepatWaktu() ? "umum.ya" : "umum.tidak") : "", null);
			teks(x, 10, t.getPenyelesaiNama(), null);
			angka(x, 11, t.getNilai() == null ? null : t.getNilai().doubleValue(), null);
		}
		s.setColumnWidth(3, 50 * 256);
	}

	private String bulan(LaporanBulanan l) {
		return waktu.tanggal(l.bulan().atDay(1)).replaceFirst("^1\\s+", "");
	}

	private String m(String key, Object... args) {
		return messages.get(key, args);
	}

	private static void teks(Row row, int col, String value, CellStyle gaya) {
		var c = row.createCell(col);
		c.setCellValue(value == null ? "" : SpreadsheetSafe.text(value));
		if (gaya != null) {
			c.setCellStyle(gaya);
		}
	}

	private static void angka(Row row, int col, Double value, CellStyle gaya) {
		var c = row.createCell(col);
		if (value != null) {
			c.setCellValue(value);
		}
		if (gaya != null) {
			c.setCellStyle(gaya);
		}
	}

	static Double jamKerja(Duration d) {
		return d == null ? null : d.getSeconds() / 3600.0;
	}

	static Double menit(Duration d) {
		return d == null ? null : d.getSeconds() / 60.0;
	}

}
