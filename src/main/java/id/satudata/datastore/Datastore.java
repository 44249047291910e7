package id.satudata.datastore;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The datastore's public API. Callers decide who may see which table; this only does the work. */
public interface Datastore {

	/** Proposes a schema for a file (types, number formats, code lists recognised). */
	InferredSchema infer(Path file, ImportOptions options);

	/**
	 * The first {@code maxRows} rows of a file marked as an import with these options takes them (header,
	 * data, total, note, title, another table, left out); nothing is stored.
	 */
	TablePreview preview(Path file, ImportOptions options, int maxRows);

	/** Reads, checks and stores a file as a typed table; nothing is stored when there is an error. */
	default ImportResult importTable(Path file, List<ColumnSpec> schema, ImportOptions options) {
		return importTable(file, schema, List.of(), options);
	}

	/**
	 * Like {@link #importTable(Path, List, ImportOptions)}, also checking rules over the whole table.
	 * Warnings (of the schema or the rules) do not stop the table from being stored; errors do.
	 */
	ImportResult importTable(Path file, List<ColumnSpec> schema, List<TableRule> rules, ImportOptions options);

	/**
	 * Stores issues as a table (columns {@code baris, kolom, nilai, aturan, pesan, argumen, tingkat}; the
	 * message arguments as a JSON array), so a long report can be paged and filtered with
	 * {@link #search} and exported without holding it in memory.
	 */
	TableRef storeIssues(List<ImportIssue> issues);

	/** What changed from {@code before} to {@code after}, rows matched on {@code keyColumns}. */
	TableDiff diff(TableRef before, TableRef after, List<String> keyColumns, int samplesPerKind);

	QueryResult search(TableRef table, Query query);

	/** Group-by aggregation; rows are group values and metrics by alias. */
	QueryResult aggregate(TableRef table, Aggregation aggregation);

	/** Streams (filtered) rows in a download format; text cells are neutralized against formulas. */
	void export(TableRef table, Query filter, ExportFormat format, OutputStream out) throws IOException;

	/**
	 * Runs one read-only SELECT written by a user, in a sandbox with time, memory and row limits.
	 * Every table the statement names is asked of {@code tables} (which decides whether the caller
	 * may read it); a name it does not resolve is refused.
	 */
	QueryResult sql(String sql, Function<String, Optional<TableRef>> tables);

	/**
	 * The BPS value symbols its import read in a table ("-" nihil, "…" tidak tersedia, "x" dirahasiakan,
	 * "1.234e" sementara): counts per column and the flagged cells; {@link SymbolSummary#NONE} when none.
	 */
	SymbolSummary symbols(TableRef table);

	/** Removes a stored table's file (only for tables never published). */
	void delete(TableRef table);

}
