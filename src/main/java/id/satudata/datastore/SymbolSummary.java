package id.satudata.datastore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The BPS value symbols an import read in a table: how many cells of each column held each symbol,
 * and which cells hold a flagged one (dirahasiakan, sementara). Stored with the table (in its
 * Parquet file's metadata), so every copy and reader of the table sees the same legend.
 *
 * @param counts column name → symbol → cells, in the schema's order; columns without symbols absent
 * @param cells the flagged cells (row = the row's position in the table, 1-based), at most
 *        {@link #MAX_CELLS} of them; {@code counts} stays exact
 */
public record SymbolSummary(Map<String, Map<ValueSymbol, Long>> counts, List<Cell> cells) {

	/** Flagged cells kept per table. */
	public static final int MAX_CELLS = 10_000;

	public static final SymbolSummary NONE = new SymbolSummary(Map.of(), List.of());

	/** A flagged cell. */
	public record Cell(long row, String column, ValueSymbol symbol) {
	}

	public SymbolSummary {
		Map<String, Map<ValueSymbol, Long>> copy = new LinkedHashMap<>();
		if (counts != null) {
			counts.forEach((column, bySymbol) -> {
				Map<ValueSymbol, Long> m = new EnumMap<>(ValueSymbol.class);
				bySymbol.forEach((s, n) -> {
					if (n != null && n > 0) {
						m.put(s, n);
					}
				});
				if (!m.isEmpty()) {
					copy.put(column, Collections.unmodifiableMap(m));
				}
			});
		}
		counts = Collections.unmodifiableMap(copy);
		cells = cells == null ? List.of() : List.copyOf(cells.subList(0, Math.min(cells.size(), MAX_CELLS)));
	}

	public boolean isEmpty() {
		return counts.isEmpty();
	}

	/** The symbols that occur, in the legend's order. */
	public Set<ValueSymbol> used() {
		Set<ValueSymbol> out = EnumSet.noneOf(ValueSymbol.class);
		counts.values().forEach(m -> out.addAll(m.keySet()));
		return out;
	}

	/** Cells of a column holding a symbol (0 when none). */
	public long count(String column, ValueSymbol symbol) {
		return counts.getOrDefault(column, Map.of()).getOrDefault(symbol, 0L);
	}

	/** All cells holding a symbol. */
	public long total(ValueSymbol symbol) {
		return counts.values().stream().mapToLong(m -> m.getOrDefault(symbol, 0L)).sum();
	}

	/** The flag of a cell, if it carries one. */
	public Optional<ValueSymbol> flag(long row, String column) {
		return cells.stream().filter(c -> c.row() == row && c.column().equals(column)).map(Cell::symbol).findFirst();
	}

	/** Per column, "2 nihil, 1 dirahasiakan" as the caller's labels word it. */
	public List<String> describe(java.util.function.Function<ValueSymbol, String> label,
			java.util.function.Function<String, String> columnLabel) {
		List<String> out = new ArrayList<>();
		counts.forEach((column, m) -> {
			List<String> parts = new ArrayList<>();
			m.forEach((s, n) -> parts.add(n + " " + label.apply(s)));
			out.add(columnLabel.apply(column) + ": " + String.join(", ", parts));
		});
		return out;
	}

}
