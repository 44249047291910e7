package id.satudata.datastore.impor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.NumberFormat;
import id.satudata.datastore.Severity;
import id.satudata.datastore.TableRule;
import id.satudata.shared.tabular.TableShaper;

/**
 * Total rows left out of the data ("Jumlah", "Total", "Provinsi ...") checked against the rows they
 * total: each numeric column's total is compared with the sum of the data rows since the previous
 * total row (or, for a grand total under subtotals, of all data rows above it). A mismatch is a
 * warning naming the column and both numbers; a column with an empty or unreadable cell in the rows
 * summed is not compared (the type and required checks report those cells).
 */
final class TotalChecks {

	static final String RULE = "barisJumlah";
	static final String MESSAGE = "datastore.peringatan.barisJumlah";

	private TotalChecks() {
	}

	/**
	 * @param prepared the prepared file (a shaped one: its first column is each row's number in the file)
	 * @param schema the dataset's columns
	 * @param positionOf each schema column's position among the prepared file's headers
	 */
	static List<ImportIssue> check(FilePreparer.Prepared prepared, List<ColumnSpec> schema, int[] positionOf) {
		return check(prepared, schema, positionOf, List.of());
	}

	/**
	 * @param rules the {@link TableRule.TotalRows} of columns whose total rows have their own tolerance and
	 *        severity (other rules are ignored)
	 */
	static List<ImportIssue> check(FilePreparer.Prepared prepared, List<ColumnSpec> schema, int[] positionOf,
			List<TableRule> rules) {
		Map<String, TableRule.TotalRows> own = new HashMap<>();
		for (TableRule r : rules) {
			if (r instanceof TableRule.TotalRows t) {
				own.put(t.column(), t);
			}
		}
		if (prepared.info() == null || !prepared.rowNumbers()) {
			return List.of();
		}
		List<TableShaper.Excluded> totals = prepared.info().excluded(TableShaper.Kind.JUMLAH).stream()
			.filter(e -> !e.values().isEmpty()).sorted(Comparator.comparingLong(TableShaper.Excluded::row)).toList();
		List<Integer> numeric = new ArrayList<>();
		for (int k = 0; k < schema.size(); k++) {
			if (schema.get(k).type().numeric() && k < positionOf.length && positionOf[k] >= 0) {
				numeric.add(k);
			}
		}
		if (totals.isEmpty() || numeric.isEmpty()) {
			return List.of();
		}
		Sums segment = new Sums(schema.size());
		Sums all = new Sums(schema.size());
		List<ImportIssue> out = new ArrayList<>();
		int next = 0;
		try (Reader reader = Files.newBufferedReader(prepared.csv(), StandardCharsets.UTF_8);
				CsvReader<CsvRecord> records = CsvReader.builder().fieldSeparator(prepared.delimiter()).quoteCharacter('"')
					.commentStrategy(CommentStrategy.NONE).skipEmptyLines(true).allowExtraFields(true)
					.allowMissingFields(true).ofCsvRecord(reader)) {
			boolean header = true;
			for (CsvRecord r : records) {
				if (header) {
					header = false;
					continue;
				}
				long row;
				try {
					row = Long.parseLong(r.getField(0).strip());
				}
				catch (NumberFormatException e) {
					continue;
				}
				while (next < totals.size() && totals.get(next).row() < row) {
					compare(totals.get(next++), schema, numeric, positionOf, segment, all, own, out);
					segment = new Sums(schema.size());
				}
				for (int k : numeric) {
					int field = positionOf[k] + 1;
					String text = field < r.getFieldCount() ? r.getField(field) : "";
					BigDecimal v = parse(text, schema.get(k).numberFormat());
					segment.add(k, v);
					all.add(k, v);
				}
				segment.rows++;
				all.rows++;
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		while (next < totals.size()) {
			compare(totals.get(next++), schema, numeric, positionOf, segment, all, own, out);
			segment = new Sums(schema.size());
		}
		return out;
	}

	private static void compare(TableShaper.Excluded total, List<ColumnSpec> schema, List<Integer> numeric,
			int[] positionOf, Sums segment, Sums all, Map<String, TableRule.TotalRows> own, List<ImportIssue> out) {
		if (all.rows == 0) {
			return;
		}
		for (int k : numeric) {
			int p = positionOf[k];
			String written = p < total.values().size() ? total.values().get(p) : "";
			BigDecimal stated = parse(written, schema.get(k).numberFormat());
			if (stated == null) {
				continue;
			}
			Sums summed = segment.rows > 0 ? segment : all;
			ColumnSpec col = schema.get(k);
			TableRule.TotalRows rule = own.get(col.name());
			BigDecimal tolerance = rule == null ? BigDecimal.ZERO : rule.tolerance();
			if (summed.unreadable[k] || matches(stated, summed, k, col, tolerance)
					|| matches(stated, all, k, col, tolerance) && !all.unreadable[k]) {
				continue;
			}
			out.add(new ImportIssue(total.row(), col.name(), written.strip(), rule == null ? RULE : rule.rule(),
					rule == null ? MESSAGE : rule.messageKey(),
					List.of(col.label(), total.text(), indonesian(stated), indonesian(summed.sum[k]), summed.rows),
					rule == null ? Severity.PERINGATAN : rule.severity()));
		}
	}

	/**
	 * Equal within the tolerance, also allowing for the rounding of decimal values (half a unit of the
	 * total's last digit per row).
	 */
	private static boolean matches(BigDecimal stated, Sums sums, int k, ColumnSpec col, BigDecimal tolerance) {
		BigDecimal diff = stated.subtract(sums.sum[k]).abs();
		if (diff.compareTo(tolerance) <= 0) {
			return true;
		}
		if (col.type() == ColumnType.BILANGAN_BULAT || stated.scale() <= 0 && sums.sum[k].stripTrailingZeros().scale() <= 0) {
			return diff.signum() == 0;
		}
		BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, stated.scale()));
		return diff.compareTo(unit.multiply(BigDecimal.valueOf(Math.max(1, sums.rows))).divide(BigDecimal.valueOf(2))) <= 0;
	}

	/**
	 * A number as written in a column of the given format; "-" (nihil in BPS tables) is zero;
	 * {@code null} when empty or not a number.
	 */
	static BigDecimal parse(String text, NumberFormat format) {
		if (text == null) {
			return null;
		}
		String t = text.strip().replace(" ", "").replace("\u00A0", "");
		if (t.isEmpty()) {
			return null;
		}
		if (t.equals("-") || t.equals("–") || t.equals("—")) {
			return BigDecimal.ZERO;
		}
		// angka sementara ("1.234e", "1.234*"): the number counts
		t = t.replaceFirst("(\\d)[eE*]$", "$1");
		t = switch (format) {
			case STANDAR -> t;
			case INDONESIA -> t.replace(".", "").replace(',', '.');
			case INGGRIS -> t.replace(",", "");
		};
		try {
			return new BigDecimal(t);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** 12400 as "12.400", 12.5 as "12,5". */
	static String indonesian(BigDecimal v) {
		DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id")));
		return f.format(v);
	}

	private static final class Sums {
		final BigDecimal[] sum;
		final boolean[] unreadable;
		long rows;

		Sums(int columns) {
			sum = new BigDecimal[columns];
			java.util.Arrays.fill(sum, BigDecimal.ZERO);
			unreadable = new boolean[columns];
		}

		void add(int k, BigDecimal v) {
			if (v == null) {
				unreadable[k] = true;
			}
			else {
				sum[k] = sum[k].add(v);
			}
		}
	}

}
