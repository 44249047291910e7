package id.satudata.ppid.permohonan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.satudata.shared.tabular.SpreadsheetSafe;
import id.satudata.shared.web.Waktu;

/** The PPID report as XLSX: a summary sheet and the register of the period (no personal data). */
@Component
class LaporanPpidXlsx {

	private final MessageSource messages;
	private final Waktu waktu;

	LaporanPpidXlsx(MessageSource messages, Waktu waktu) {
		this.messages = messages;
		this.waktu = waktu;
	}

	byte[] tulis(LaporanPpid.Laporan l, Locale locale) {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet ringkasan = wb.createSheet(m("ppid.laporan.sheetRingkasan", locale));
			int r = 0;
			r = baris(ringkasan, r, m("ppid.laporan.periode", locale), periode(l, locale));
			r = baris(ringkasan, r, m("ppid.laporan.jumlah", locale), l.jumlah());
			r = baris(ringkasan, r, m("ppid.status.DIKABULKAN", locale), l.dikabulkan());
			r = baris(ringkasan, r, m("ppid.status.DITOLAK", locale), l.ditolak());
			for (AlasanPengecualian a : AlasanPengecualian.values()) {
				r = baris(ringkasan, r, "  " + m(a.labelKey(), locale), l.ditolakPerAlasan().getOrDefault(a, 0L));
			}
			r = baris(ringkasan, r, m("ppid.laporan.dalamProses", locale), l.dalamProses());
			r = baris(ringkasan, r, m("ppid.status.DIBATALKAN", locale), l.dibatalkan());
			r = baris(ringkasan, r, m("ppid.laporan.keberatan", locale), l.keberatan());
			Row rata = ringkasan.createRow(r);
			rata.createCell(0).setCellValue(m("ppid.laporan.rata", locale));
			if (l.rataHariKerja() != null) {
				rata.createCell(1).setCellValue(l.rataHariKerja());
			}
			Sheet register = wb.createSheet(m("ppid.laporan.sheetRegister", locale));
			Row h = register.createRow(0);
			String[] kepala = { "ppid.nomor", "ppid.nomorRegister", "ppid.diajukanPada", "ppid.informasi", "ppid.status",
					"ppid.alasanPengecualian", "ppid.laporan.diputusPada" };
			for (int i = 0; i < kepala.length; i++) {
				h.createCell(i).setCellValue(m(kepala[i], locale));
			}
			int i = 1;
			for (Permohonan p : l.register()) {
				Row row = register.createRow(i++);
				row.createCell(0).setCellValue(p.getNomor());
				row.createCell(1).setCellValue(p.getNomorRegister() == null ? "" : p.getNomorRegister());
				row.createCell(2).setCellValue(waktu.tanggal(p.getDiajukanPada()));
				row.createCell(3).setCellValue(SpreadsheetSafe.text(p.getDatasetJudul() != null ? p.getDatasetJudul()
						: p.getRincian()));
				row.createCell(4).setCellValue(m(p.getStatus().labelKey(), locale));
				row.createCell(5).setCellValue(p.getAlasanPengecualian() == null ? ""
						: m(p.getAlasanPengecualian().labelKey(), locale));
				row.createCell(6).setCellValue(p.getDiputusPada() == null ? "" : waktu.tanggal(p.getDiputusPada()));
			}
			wb.write(out);
			wb.dispose();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String periode(LaporanPpid.Laporan l, Locale locale) {
		return l.bulan() == null ? String.valueOf(l.tahun())
				: java.time.YearMonth.of(l.tahun(), l.bulan())
					.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", locale));
	}

	private static int baris(Sheet s, int r, String label, Object nilai) {
		Row row = s.createRow(r);
		row.createCell(0).setCellValue(label);
		if (nilai instanceof Number n) {
			row.createCell(1).setCellValue(n.doubleValue());
		}
		else {
			row.createCell(1).setCellValue(String.valueOf(nilai));
		}
		return r + 1;
	}

	private String m(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
