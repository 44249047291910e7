package id.satudata.datastore.impor;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.NumberFormat;
import id.satudata.datastore.Reshape;
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

	/** One column whose cells are summed and compared with the total rows' cells. */
	private record Measure(int index, ColumnSpec column, String name, TableRule.TotalRows rule, int groupBy,
			Map<String, ColumnSpec> groups) {
	}

	/**
	 * Sums the data rows as they stream past and checks each total row when it is met (a total row totals
	 * the rows since the previous one, or, for a grand total under subtotals, all rows above it). Rows are
	 * given as written to the prepared file, without the row-number column.
	 *
	 * <p>A reshaped file is checked in the shape it was written in: wide to long, each wide column is summed
	 * as a column of the value column; long to wide, the value column is summed per category, and a total
	 * row is compared with the rows of its own category (with all of them when it names none).
	 */
	static final class Running {

		private final List<Measure> measures = new ArrayList<>();
		private final int columns;
		private Sums segment;
		private Sums all;
		private final List<ImportIssue> out = new ArrayList<>();

		/**
		 * @param headers the table's header as written (after names were turned into codes)
		 * @param schema the dataset's columns
		 * @param mapping the user's header mapping
		 * @param rules the {@link TableRule.TotalRows} of columns whose total rows have their own tolerance and
		 *        severity (other rules are ignored)
		 * @param reshape the confirmed reshape, or {@code null}
		 */
		Running(List<String> headers, List<ColumnSpec> schema, Map<String, String> mapping, List<TableRule> rules,
				Reshape reshape) {
			Map<String, TableRule.TotalRows> own = new HashMap<>();
			for (TableRule r : rules) {
				if (r instanceof TableRule.TotalRows t) {
					own.put(t.column(), t);
				}
			}
			java.util.Set<Integer> reshaped = new java.util.HashSet<>();
			if (reshape != null && reshape.direction() == Reshape.Direction.WIDE_TO_LONG) {
				ColumnSpec value = schema.stream().filter(c -> c.name().equals(reshape.value())).findFirst().orElse(null);
				for (int i = 0; i < headers.size(); i++) {
					String h = headers.get(i);
					if (reshape.columns().containsKey(h) || reshape.dropped().contains(h)) {
						reshaped.add(i);
						if (value != null && value.type().numeric() && reshape.columns().containsKey(h)) {
							measures.add(new Measure(i, value, h, own.get(value.name()), -1, Map.of()));
						}
					}
				}
			}
			else if (reshape != null) {
				int category = headers.indexOf(reshape.category());
				int value = headers.indexOf(reshape.value());
				Map<String, ColumnSpec> groups = new java.util.LinkedHashMap<>();
				reshape.columns().forEach((written, target) -> schema.stream()
					.filter(c -> c.name().equals(target) && c.type().numeric()).findFirst()
					.ifPresent(c -> groups.put(written, c)));
				if (category >= 0 && value >= 0 && !groups.isEmpty()) {
					reshaped.add(category);
					reshaped.add(value);
					ColumnSpec first = groups.values().iterator().next();
					measures.add(new Measure(value, first, reshape.value(), own.get(first.name()), category, groups));
				}
			}
			List<String> rest = new ArrayList<>(headers);
			reshaped.forEach(i -> rest.set(i, ""));
			int[] positionOf = HeaderMatch.match(rest, schema, mapping).positionOf();
			for (int k = 0; k < schema.size(); k++) {
				ColumnSpec c = schema.get(k);
				if (c.type().numeric() && positionOf[k] >= 0 && !reshaped.contains(positionOf[k])) {
					measures.add(new Measure(positionOf[k], c, c.name(), own.get(c.name()), -1, Map.of()));
				}
			}
			columns = measures.size();
			segment = new Sums(columns);
			all = new Sums(columns);
		}

		/** Whether there is anything to sum. */
		boolean active() {
			return columns > 0;
		}

		/** A data row. */
		void row(String[] values) {
			for (int m = 0; m < columns; m++) {
				Measure measure = measures.get(m);
				String text = measure.index() < values.length ? values[measure.index()] : "";
				String group = null;
				if (measure.groupBy() >= 0) {
					String g = measure.groupBy() < values.length && values[measure.groupBy()] != null
							? values[measure.groupBy()].strip() : "";
					if (!measure.groups().containsKey(g)) {
						continue;
					}
					group = g;
				}
				segment.add(m, group, text, measure.column().numberFormat());
				all.add(m, group, text, measure.column().numberFormat());
			}
			segment.rows++;
			all.rows++;
		}

		/** A row left out of the data: a total is checked against the rows it totals. */
		void leftOut(TableShaper.Excluded row) {
			if (row.kind() != TableShaper.Kind.JUMLAH || row.values().isEmpty() || columns == 0) {
				return;
			}
			if (all.rows > 0) {
				for (int m = 0; m < columns; m++) {
					compare(row, m);
				}
			}
			segment = new Sums(columns);
		}

		/** The warnings (or errors, by a rule of the column) of the totals that do not add up, in file order. */
		List<ImportIssue> issues() {
			return List.copyOf(out);
		}

		private void compare(TableShaper.Excluded total, int m) {
			Measure measure = measures.get(m);
			ColumnSpec col = measure.column();
			String group = null;
			if (measure.groupBy() >= 0) {
				String g = measure.groupBy() < total.values().size() ? total.values().get(measure.groupBy()).strip() : "";
				if (measure.groups().containsKey(g)) {
					group = g;
					col = measure.groups().get(g);
				}
			}
			int p = measure.index();
			String written = p < total.values().size() ? total.values().get(p) : "";
			BigDecimal stated = parse(written, col.numberFormat());
			if (stated == null) {
				return;
			}
			Sums summed = segment.rows > 0 ? segment : all;
			TableRule.TotalRows rule = measure.rule();
			BigDecimal tolerance = rule == null ? BigDecimal.ZERO : rule.tolerance();
			boolean summedUnreadable = summed.unreadable(m, group);
			BigDecimal sum = summed.sum(m, group);
			if (summedUnreadable || matches(stated, sum, summed.rows, col, tolerance)
					|| matches(stated, all.sum(m, group), all.rows, col, tolerance) && !all.unreadable(m, group)) {
				return;
			}
			String label = measure.groupBy() >= 0 ? col.label() : measure.name().equals(col.name()) ? col.label()
					: measure.name();
			out.add(new ImportIssue(total.row(), measure.name(), written.strip(), rule == null ? RULE : rule.rule(),
					rule == null ? MESSAGE : rule.messageKey(),
					List.of(label, total.text(), indonesian(stated), indonesian(sum), summed.rows),
					rule == null ? Severity.PERINGATAN : rule.severity()));
		}

	}

	/**
	 * Equal within the tolerance, also allowing for the rounding of decimal values (half a unit of the
	 * total's last digit per row).
	 */
	private static boolean matches(BigDecimal stated, BigDecimal sum, long rows, ColumnSpec col,
			BigDecimal tolerance) {
		BigDecimal diff = stated.subtract(sum).abs();
		if (diff.compareTo(tolerance) <= 0) {
			return true;
		}
		if (col.type() == ColumnType.BILANGAN_BULAT || stated.scale() <= 0 && sum.stripTrailingZeros().scale() <= 0) {
			return diff.signum() == 0;
		}
		BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, stated.scale()));
		return diff.compareTo(unit.multiply(BigDecimal.valueOf(Math.max(1, rows))).divide(BigDecimal.valueOf(2))) <= 0;
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

	/**
	 * A plain whole number ("12400", "-5"): its value; {@link Long#MIN_VALUE} for anything else (read by
	 * {@link #parse}). Most cells are written so, and this spares them a BigDecimal each.
	 */
	static long plainWhole(String text) {
		int n = text.length();
		if (n == 0 || n > 18) {
			return Long.MIN_VALUE;
		}
		int i = text.charAt(0) == '-' ? 1 : 0;
		if (i == n) {
			return Long.MIN_VALUE;
		}
		long v = 0;
		for (; i < n; i++) {
			char ch = text.charAt(i);
			if (ch < '0' || ch > '9') {
				return Long.MIN_VALUE;
			}
			v = v * 10 + (ch - '0');
		}
		return text.charAt(0) == '-' ? -v : v;
	}

	/** Per column (and per category, for a long file): the sum of the cells read, and whether one was not. */
	private static final class Sums {
		private final long[] whole;
		private final BigDecimal[] other;
		private final boolean[] unreadable;
		private Map<String, Sums>[] groups;
		long rows;

		Sums(int columns) {
			whole = new long[columns];
			other = new BigDecimal[columns];
			unreadable = new boolean[columns];
		}

		void add(int k, String group, String text, NumberFormat format) {
			if (group != null) {
				group(k, group).add(k, null, text, format);
				return;
			}
			long w = plainWhole(text == null ? "" : text);
			if (w != Long.MIN_VALUE) {
				long s = whole[k] + w;
				// overflow: carried over into the BigDecimal part
				if (((whole[k] ^ s) & (w ^ s)) < 0) {
					other[k] = (other[k] == null ? BigDecimal.ZERO : other[k]).add(BigDecimal.valueOf(whole[k]))
						.add(BigDecimal.valueOf(w));
					whole[k] = 0;
				}
				else {
					whole[k] = s;
				}
				return;
			}
			BigDecimal v = parse(text, format);
			if (v == null) {
				unreadable[k] = true;
			}
			else {
				other[k] = other[k] == null ? v : other[k].add(v);
			}
		}

		@SuppressWarnings("unchecked")
		private Sums group(int k, String group) {
			if (groups == null) {
				groups = new Map[whole.length];
			}
			if (groups[k] == null) {
				groups[k] = new java.util.LinkedHashMap<>();
			}
			return groups[k].computeIfAbsent(group, g -> new Sums(whole.length));
		}

		/** The sum of one category's cells; all categories' when {@code group} is null (for a long file). */
		BigDecimal sum(int k, String group) {
			if (groups != null && groups[k] != null) {
				if (group != null) {
					Sums g = groups[k].get(group);
					return g == null ? BigDecimal.ZERO : g.sum(k, null);
				}
				BigDecimal total = BigDecimal.ZERO;
				for (Sums g : groups[k].values()) {
					total = total.add(g.sum(k, null));
				}
				return total;
			}
			BigDecimal w = BigDecimal.valueOf(whole[k]);
			return other[k] == null ? w : other[k].add(w);
		}

		boolean unreadable(int k, String group) {
			if (groups != null && groups[k] != null) {
				if (group != null) {
					Sums g = groups[k].get(group);
					return g != null && g.unreadable[k];
				}
				return groups[k].values().stream().anyMatch(g -> g.unreadable[k]);
			}
			return unreadable[k];
		}
	}

}
