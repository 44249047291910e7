package id.satudata.perencanaan.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.jadwal.Rilisan;
import id.satudata.shared.pdf.Kop;
import id.satudata.shared.pdf.PdfRenderer;
import id.satudata.shared.tabular.SpreadsheetSafe;
import id.satudata.shared.web.Messages;

/**
 * The dashboard exported: an XLSX workbook (summary per OPD, per kabupaten/kota, and every release
 * behind the figures; streamed, text neutralized against formulas) and a PDF report.
 */
@Component
class EksporMonitoring {

	private final Messages messages;
	private final PdfRenderer pdf;
	private final OrganisasiDirectory organisasi;
	private final GrafikMonitoring grafik;
	private final id.satudata.shared.web.Waktu waktu;

	EksporMonitoring(Messages messages, PdfRenderer pdf, OrganisasiDirectory organisasi, GrafikMonitoring grafik,
			id.satudata.shared.web.Waktu waktu) {
		this.waktu = waktu;
		this.messages = messages;
		this.pdf = pdf;
		this.organisasi = organisasi;
		this.grafik = grafik;
	}

	void xlsx(MonitoringService.Dasbor d, Map<Long, String> namaUnit, OutputStream out) throws IOException {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
			CellStyle bold = wb.createCellStyle();
			Font f = wb.createFont();
			f.setBold(true);
			bold.setFont(f);
			ringkasan(wb.createSheet(sheet("monitoring.perOpd")), bold, d.perOpd(), d.total());
			if (!d.perWilayah().isEmpty()) {
				ringkasan(wb.createSheet(sheet("monitoring.perWilayah")), bold, d.perWilayah(), null);
			}
			SXSSFSheet rilis = wb.createSheet(sheet("monitoring.rincian"));
			header(rilis.createRow(0), bold, List.of(messages.get("entri.judul"), messages.get("entri.produsen"),
					messages.get("jadwal.periode"), messages.get("jadwal.tanggal"), messages.get("jadwal.batas"),
					messages.get("umum.status"), messages.get("monitoring.hariTerlambat"), messages.get("monitoring.terbitPada"),
					messages.get("entri.prioritas"), messages.get("monitoring.skor")));
			int r = 1;
			for (Rilisan x : d.rilis()) {
				row(rilis.createRow(r++), x.entri().getJudul(), namaUnit.get(x.entri().getProdusenUnitId()),
						x.jadwal().getPeriode(), x.jadwal().getTanggalRencana().toString(), x.kewajiban().batas().toString(),
						messages.get(x.kewajiban().tahap().labelKey()) + (x.terlambat() ? " / " + messages.get("monitoring.terlambat") : ""),
						x.kewajiban().hariTerlambat(), x.kewajiban().diterbitkanPada() == null ? null
								: x.kewajiban().diterbitkanPada().toString(),
						messages.get(x.entri().isPrioritas() ? "umum.ya" : "umum.tidak"),
						x.progres() == null ? null : x.progres().skorKepatuhan());
			}
			wb.write(out);
			wb.dispose();
		}
	}

	byte[] pdf(MonitoringService.Dasbor d, Map<Long, String> namaUnit) {
		Map<String, Object> m = new HashMap<>();
		String walidata = organisasi.unitBerjenis(d.organisasi().id(), JenisUnit.WALIDATA).stream()
			.map(UnitRef::nama).findFirst().orElse(null);
		m.put("kop", new Kop(d.organisasi().nama(), walidata, null));
		m.put("d", d);
		// documents are rendered without the web context: dates through the same formatter as pages
		m.put("waktu", waktu);
		m.put("namaUnit", namaUnit);
		m.put("tahapLabel", d.total().waktuTahap().keySet().stream().collect(java.util.stream.Collectors
			.toMap(k -> k, grafik::tahap)));
		m.put("terlambat", d.rilis().stream().filter(Rilisan::terlambat).toList());
		return pdf.render("perencanaan/dokumen/monitoring", m);
	}

	private void ringkasan(SXSSFSheet s, CellStyle bold, List<MonitoringService.Baris> rows, Ringkasan total) {
		header(s.createRow(0), bold, List.of(messages.get("monitoring.nama"), messages.get("monitoring.entri"),
				messages.get("monitoring.rilis"), messages.get("monitoring.jatuhTempo"), messages.get("monitoring.terkumpul"),
				messages.get("monitoring.terperiksa"), messages.get("monitoring.terbit"), messages.get("monitoring.tepatWaktu"),
				messages.get("monitoring.terlambat"), messages.get("monitoring.persenTepatWaktu"),
				messages.get("monitoring.pemenuhanPrioritas"), messages.get("monitoring.skor")));
		int i = 1;
		for (MonitoringService.Baris b : rows) {
			line(s.createRow(i++), b.nama(), b.ringkasan());
		}
		if (total != null) {
			line(s.createRow(i), messages.get("monitoring.jumlah"), total);
		}
		s.createFreezePane(1, 1);
	}

	private void line(Row row, String nama, Ringkasan x) {
		row(row, nama, x.entri(), x.rilis(), x.jatuhTempo(), x.terkumpul(), x.terperiksa(), x.terbit(), x.tepatWaktu(),
				x.terlambat(), x.persenTepatWaktu(), x.persenPrioritas(), x.skor());
	}

	private static void header(Row row, CellStyle bold, List<String> names) {
		for (int i = 0; i < names.size(); i++) {
			Cell c = row.createCell(i);
			c.setCellValue(SpreadsheetSafe.text(names.get(i)));
			c.setCellStyle(bold);
		}
	}

	private static void row(Row row, Object... values) {
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v == null) {
				continue;
			}
			Cell c = row.createCell(i);
			if (v instanceof Number n) {
				c.setCellValue(n.doubleValue());
			}
			else {
				c.setCellValue(SpreadsheetSafe.text(v.toString()));
			}
		}
	}

	private String sheet(String key) {
		String name = messages.get(key).replaceAll("[\\\\/?*\\[\\]:]", " ");
		return name.length() > 31 ? name.substring(0, 31) : name;
	}

}
