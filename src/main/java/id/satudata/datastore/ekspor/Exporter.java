package id.satudata.datastore.ekspor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.DatastoreException;
import id.satudata.datastore.ExportFormat;
import id.satudata.datastore.Query;
import id.satudata.datastore.TableRef;
import id.satudata.datastore.internal.DuckDb;
import id.satudata.datastore.internal.SqlText;
import id.satudata.datastore.kueri.QueryEngine;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.storage.TempFiles;
import id.satudata.shared.tabular.TableWriter;

/**
 * Streams a table out. CSV, JSON and filtered Parquet are written by DuckDB to a scratch file and
 * streamed; an unfiltered Parquet download is the stored file itself; XLSX is streamed row by row.
 * Text cells starting with {@code = + - @}, tab or CR get a leading apostrophe in CSV and XLSX.
 */
@Component
public class Exporter {

	static final int XLSX_MAX_ROWS = 1_048_575;
	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final DuckDb duck;
	private final QueryEngine engine;
	private final FileStore fileStore;
	private final TempFiles tempFiles;

	public Exporter(DuckDb duck, QueryEngine engine, FileStore fileStore, TempFiles tempFiles) {
		this.duck = duck;
		this.engine = engine;
		this.fileStore = fileStore;
		this.tempFiles = tempFiles;
	}

	public void export(TableRef table, Query filter, ExportFormat format, OutputStream out) throws IOException {
		Query query = filter == null ? Query.all(0) : filter;
		boolean unfiltered = query.filters().isEmpty() && query.ranges().isEmpty()
				&& (query.q() == null || query.q().isBlank()) && query.fields().isEmpty();
		if (format == ExportFormat.PARQUET && unfiltered) {
			try (InputStream in = fileStore.open(table.storageKey())) {
				in.transferTo(out);
			}
			return;
		}
		List<ColumnSpec> fields = engine.fields(table, query.fields());
		QueryEngine.Sql where = engine.where(table, query);
		if (format == ExportFormat.XLSX) {
			xlsx(table, fields, where, out);
			return;
		}
		boolean neutralize = format == ExportFormat.CSV;
		String select = "SELECT " + columns(fields, neutralize) + " FROM " + engine.source(table) + where.text()
				+ " ORDER BY _id";
		Path tmp = tempFiles.newFile("." + format.extension());
		try (Connection c = duck.connection()) {
			String options = switch (format) {
				case CSV -> "(FORMAT CSV, HEADER true, DELIMITER ',')";
				case JSON -> "(FORMAT JSON, ARRAY true)";
				case PARQUET -> "(FORMAT PARQUET, COMPRESSION ZSTD)";
				case XLSX -> throw new IllegalStateException();
			};
			try (PreparedStatement ps = QueryEngine.prepare(c,
					"COPY (" + select + ") TO '" + SqlText.literal(tmp.toString()) + "' " + options, where.params())) {
				ps.execute();
			}
			if (format == ExportFormat.CSV) {
				out.write(UTF8_BOM);
			}
			Files.copy(tmp, out);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Export failed", e);
		}
		finally {
			tempFiles.delete(tmp);
		}
	}

	private void xlsx(TableRef table, List<ColumnSpec> fields, QueryEngine.Sql where, OutputStream out)
			throws IOException {
		String sql = "SELECT " + columns(fields, false) + " FROM " + engine.source(table) + where.text() + " ORDER BY _id";
		try (Connection c = duck.connection(); PreparedStatement ps = QueryEngine.prepare(c, sql, where.params())) {
			try (ResultSet count = QueryEngine.prepare(c, "SELECT count(*) FROM (" + sql + ")", where.params())
				.executeQuery()) {
				count.next();
				if (count.getLong(1) > XLSX_MAX_ROWS) {
					throw new DatastoreException("datastore.galat.xlsxTerlaluBesar", XLSX_MAX_ROWS);
				}
			}
			try (ResultSet rs = ps.executeQuery(); TableWriter writer = TableWriter.xlsx(out, "data")) {
				writer.header(fields.stream().map(ColumnSpec::name).toList());
				List<Object> row = new ArrayList<>(fields.size());
				while (rs.next()) {
					row.clear();
					for (int i = 1; i <= fields.size(); i++) {
						row.add(QueryEngine.value(rs.getObject(i)));
					}
					writer.row(row);
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Export failed", e);
		}
	}

	private static String columns(List<ColumnSpec> fields, boolean neutralize) {
		List<String> cols = new ArrayList<>();
		for (ColumnSpec f : fields) {
			String id = SqlText.ident(f.name());
			cols.add(neutralize && f.type().textual()
					? "CASE WHEN regexp_matches(" + id + ", '^[=+\\-@\\t\\r]') THEN '''' || " + id + " ELSE " + id + " END AS " + id
					: id);
		}
		return String.join(", ", cols);
	}

}
