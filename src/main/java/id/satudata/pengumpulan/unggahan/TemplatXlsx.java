package id.satudata.pengumpulan.unggahan;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.TingkatPenyajian;
import id.satudata.pengumpulan.aturan.AturanService;
import id.satudata.pengumpulan.internal.PengumpulanProperties;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.KodeView;
import id.satudata.shared.web.Messages;

/**
 * The Excel template of a dataset, generated from its schema: a data sheet whose header is the
 * columns' labels (what the import matches), cells typed and checked as the schema says (whole
 * numbers, decimals, dates, yes/no, code columns as text so "19.10" stays "19.10"), drop-down lists
 * of the Kode Referensi codes limited to the dataset's cakupan wilayah at its level of presentation
 * (the 47 kecamatan of Bangka Belitung for a kecamatan table), an instructions sheet, and a hidden
 * sheet with the codes and their names.
 */
@Component
public class TemplatXlsx {

	private static final int MAKS_KODE = 10_000;

	private final KodeReferensiLookup kodeReferensi;
	private final Messages messages;
	private final PengumpulanProperties properties;
	private final AturanService aturan;

	TemplatXlsx(KodeReferensiLookup kodeReferensi, Messages messages, PengumpulanProperties properties,
			AturanService aturan) {
		this.aturan = aturan;
		this.kodeReferensi = kodeReferensi;
		this.messages = messages;
		this.properties = properties;
	}

	public void write(DatasetDetail d, String periode, OutputStream out) throws IOException {
		List<ColumnSpec> kolom = d.kolom();
		int lastRow = properties.barisTemplatMaks();
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			CellStyle header = wb.createCellStyle();
			Font bold = wb.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			CellStyle text = wb.createCellStyle();
			text.setDataFormat(wb.createDataFormat().getFormat("@"));
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

			Sheet data = wb.createSheet(messages.get("pengumpulan.templat.lembarData"));
			Sheet petunjuk = wb.createSheet(messages.get("pengumpulan.templat.lembarPetunjuk"));
			Sheet kode = wb.createSheet(messages.get("pengumpulan.templat.lembarKode"));
			wb.setSheetHidden(wb.getSheetIndex(kode), true);
			DataValidationHelper dv = data.getDataValidationHelper();

			List<String> headers = headers(kolom);
			Row h = data.createRow(0);
			int kodeCol = 0;
			for (int i = 0; i < kolom.size(); i++) {
				ColumnSpec c = kolom.get(i);
				Cell cell = h.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(header);
				data.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() + 4)) * 256);
				CellRangeAddressList range = new CellRangeAddressList(1, lastRow, i, i);
				DataValidationConstraint constraint = null;
				if (c.type().textual()) {
					data.setDefaultColumnStyle(i, text);
				}
				if (c.codeList() != null && !c.codeList().isBlank()) {
					List<KodeView> codes = codes(d, c);
					if (!codes.isEmpty()) {
						Row title = kode.getRow(0) == null ? kode.createRow(0) : kode.getRow(0);
						title.createCell(kodeCol * 2).setCellValue(c.name());
						title.createCell(kodeCol * 2 + 1).setCellValue(messages.get("pengumpulan.templat.nama"));
						for (int r = 0; r < codes.size(); r++) {
							Row row = kode.getRow(r + 1) == null ? kode.createRow(r + 1) : kode.getRow(r + 1);
							row.createCell(kodeCol * 2).setCellValue(codes.get(r).kode());
							row.createCell(kodeCol * 2 + 1).setCellValue(codes.get(r).nama());
						}
						String colLetter = org.apache.poi.ss.util.CellReference.convertNumToColString(kodeCol * 2);
						constraint = dv.createFormulaListConstraint("'" + kode.getSheetName() + "'!$" + colLetter + "$2:$"
								+ colLetter + "$" + (codes.size() + 1));
						kodeCol++;
					}
				}
				else if (c.type() == ColumnType.BILANGAN_BULAT) {
					constraint = dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
							bound(c.min(), "-999999999999999"), bound(c.max(), "999999999999999"));
				}
				else if (c.type() == ColumnType.DESIMAL) {
					constraint = dv.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
							bound(c.min(), "-1E15"), bound(c.max(), "1E15"));
				}
				else if (c.type() == ColumnType.TANGGAL) {
					data.setDefaultColumnStyle(i, date);
					constraint = dv.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(1900,1,1)",
							"DATE(2200,12,31)", "yyyy-mm-dd");
				}
				else if (c.type() == ColumnType.YA_TIDAK) {
					constraint = dv.createExplicitListConstraint(new String[] { "ya", "tidak" });
				}
				if (constraint != null) {
					DataValidation v = dv.createValidation(constraint, range);
					v.setShowErrorBox(true);
					// a column reading BPS symbols ("-", "…", "x", "1.234e") warns rather than refuses: the upload's check decides
					v.setErrorStyle(c.readsSymbols() ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
					v.createErrorBox(messages.get("pengumpulan.templat.tidakSah"), hint(c));
					v.setShowPromptBox(true);
					v.createPromptBox(c.label(), hint(c));
					data.addValidationData(v);
				}
			}
			data.createFreezePane(0, 1);
			petunjuk(wb, petunjuk, d, periode, headers, header);
			wb.setActiveSheet(0);
			wb.write(out);
		}
	}

	/** Labels as headers (what people read and the import matches), names where two labels would collide. */
	static List<String> headers(List<ColumnSpec> kolom) {
		List<String> out = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ColumnSpec c : kolom) {
			String n = ColumnSpec.normalizeName(c.label());
			boolean clash = kolom.stream().anyMatch(o -> o != c && (o.name().equals(n)
					|| ColumnSpec.normalizeName(o.label()).equals(n)));
			out.add(clash || !seen.add(n) ? c.name() : c.label());
		}
		return out;
	}

	/** The codes for the drop-down: the dataset's cakupan at its level of presentation, else the whole subtree. */
	private List<KodeView> codes(DatasetDetail d, ColumnSpec c) {
		String root = d.cakupanWilayah();
		String level = level(d.ringkas().tingkatPenyajian());
		List<KodeView> out = List.of();
		if (root != null && !root.isBlank() && level != null) {
			out = kodeReferensi.turunanPadaTingkat(c.codeList(), root, level);
		}
		if (out.isEmpty() && root != null && !root.isBlank()) {
			Set<String> subtree = kodeReferensi.turunan(c.codeList(), root);
			if (subtree.size() <= MAKS_KODE) {
				out = subtree.stream().sorted().map(k -> kodeReferensi.kode(c.codeList(), k).orElse(null))
					.filter(java.util.Objects::nonNull).toList();
			}
		}
		return out.size() > MAKS_KODE ? out.subList(0, MAKS_KODE) : out;
	}

	public static String level(TingkatPenyajian t) {
		if (t == null) {
			return null;
		}
		return switch (t) {
			case PROVINSI -> "provinsi";
			case KABUPATEN_KOTA -> "kabupaten_kota";
			case KECAMATAN -> "kecamatan";
			case DESA_KELURAHAN -> "desa_kelurahan";
			default -> null;
		};
	}

	private String hint(ColumnSpec c) {
		StringBuilder sb = new StringBuilder(messages.get(c.type().labelKey()));
		if (c.unit() != null && !c.unit().isBlank()) {
			sb.append(" (").append(c.unit()).append(")");
		}
		if (c.required()) {
			sb.append(" · ").append(messages.get("pengumpulan.templat.wajib"));
		}
		if (c.min() != null || c.max() != null) {
			sb.append(" · ").append(c.min() == null ? "…" : ColumnSpec.plainText(c.min())).append(" – ")
				.append(c.max() == null ? "…" : ColumnSpec.plainText(c.max()));
		}
		if (c.codeList() != null) {
			sb.append(" · ").append(messages.get("pengumpulan.templat.pilihKode"));
		}
		if (c.readsSymbols()) {
			sb.append(" · ").append(messages.get("pengumpulan.templat.simbolSingkat"));
		}
		String s = sb.toString();
		return s.length() > 250 ? s.substring(0, 250) : s;
	}

	private static String bound(java.math.BigDecimal b, String fallback) {
		return b == null ? fallback : ColumnSpec.plainText(b);
	}

	private void petunjuk(XSSFWorkbook wb, Sheet s, DatasetDetail d, String periode, List<String> headers,
			CellStyle header) {
		int r = 0;
		s.createRow(r++).createCell(0).setCellValue(d.ringkas().judul());
		s.createRow(r++).createCell(0).setCellValue(messages.get("pengumpulan.templat.periode", periode == null ? "—" : periode));
		s.createRow(r++).createCell(0).setCellValue(messages.get("pengumpulan.templat.produsen", d.ringkas().produsenNama()));
		r++;
		for (String line : messages.get("pengumpulan.templat.petunjuk").split("\\|")) {
			s.createRow(r++).createCell(0).setCellValue(line.strip());
		}
		r++;
		Row h = s.createRow(r++);
		String[] heads = { "pengumpulan.templat.judulKolom", "pengumpulan.templat.namaKolom", "pengumpulan.templat.tipe",
				"pengumpulan.templat.satuan", "pengumpulan.templat.wajibKolom", "pengumpulan.templat.kunci",
				"pengumpulan.templat.aturan" };
		for (int i = 0; i < heads.length; i++) {
			Cell c = h.createCell(i);
			c.setCellValue(messages.get(heads[i]));
			c.setCellStyle(header);
		}
		for (int i = 0; i < d.kolom().size(); i++) {
			ColumnSpec c = d.kolom().get(i);
			Row row = s.createRow(r++);
			row.createCell(0).setCellValue(headers.get(i));
			row.createCell(1).setCellValue(c.name());
			row.createCell(2).setCellValue(messages.get(c.type().labelKey()));
			row.createCell(3).setCellValue(c.unit() == null ? "" : c.unit());
			row.createCell(4).setCellValue(messages.get(c.required() ? "umum.ya" : "umum.tidak"));
			row.createCell(5).setCellValue(messages.get(c.key() ? "umum.ya" : "umum.tidak"));
			List<String> rules = new ArrayList<>();
			if (c.min() != null || c.max() != null) {
				rules.add((c.min() == null ? "…" : ColumnSpec.plainText(c.min())) + " – " + (c.max() == null ? "…" : ColumnSpec.plainText(c.max())));
			}
			if (c.pattern() != null) {
				rules.add(messages.get("pengumpulan.templat.pola", c.pattern()));
			}
			if (c.codeList() != null) {
				rules.add(messages.get("pengumpulan.templat.kodeDari", c.codeList()));
			}
			if (c.numberFormat() != null && c.numberFormat() != id.satudata.datastore.NumberFormat.STANDAR) {
				rules.add(messages.get("formatAngka." + c.numberFormat().name()));
			}
			if (c.readsSymbols()) {
				rules.add(messages.get("pengumpulan.templat.simbolSingkat"));
			}
			row.createCell(6).setCellValue(String.join("; ", rules));
		}
		// the consistency rules the Walidata attached (sums, total rows, coverage, change), as the rules page words them
		List<AturanService.AturanView> rules = aturan.daftar(d.ringkas().id());
		if (!rules.isEmpty()) {
			r++;
			Cell title = s.createRow(r++).createCell(0);
			title.setCellValue(messages.get("pengumpulan.templat.aturanKonsistensi"));
			title.setCellStyle(header);
			for (AturanService.AturanView a : rules) {
				s.createRow(r++).createCell(0).setCellValue(messages.get(a.uraianKey(), a.uraianArgs()) + " ("
						+ messages.get("pengumpulan.tingkat." + a.tingkat().name()) + ")");
			}
		}
		for (int i = 0; i < 7; i++) {
			s.setColumnWidth(i, (i == 0 || i == 6 ? 40 : 16) * 256);
		}
		s.getRow(0).getCell(0).setCellStyle(header);
	}

}
