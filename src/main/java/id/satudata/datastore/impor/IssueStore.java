package id.satudata.datastore.impor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.TableRef;
import id.satudata.datastore.internal.DuckDb;
import id.satudata.datastore.internal.SqlText;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.storage.TempFiles;
import tools.jackson.databind.json.JsonMapper;

/** Writes a list of issues as a Parquet table, so long reports are paged and exported from disk. */
@Component
public class IssueStore {

	static final String AREA = "temuan";

	static final List<ColumnSpec> COLUMNS = List.of(ColumnSpec.of("baris", "Baris", ColumnType.BILANGAN_BULAT),
			ColumnSpec.of("kolom", "Kolom", ColumnType.TEKS), ColumnSpec.of("nilai", "Nilai", ColumnType.TEKS),
			ColumnSpec.of("aturan", "Aturan", ColumnType.TEKS), ColumnSpec.of("pesan", "Pesan", ColumnType.TEKS),
			ColumnSpec.of("argumen", "Argumen", ColumnType.TEKS), ColumnSpec.of("tingkat", "Tingkat", ColumnType.TEKS));

	private final DuckDb duck;
	private final FileStore fileStore;
	private final TempFiles tempFiles;
	private final JsonMapper json;

	public IssueStore(DuckDb duck, FileStore fileStore, TempFiles tempFiles, JsonMapper json) {
		this.duck = duck;
		this.fileStore = fileStore;
		this.tempFiles = tempFiles;
		this.json = json;
	}

	public TableRef store(List<ImportIssue> issues) {
		String table = "temuan_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		Path parquet = tempFiles.newFile(".parquet");
		try (Connection c = duck.connection()) {
			try (Statement s = c.createStatement()) {
				s.execute("CREATE TABLE " + table + " (baris BIGINT, kolom VARCHAR, nilai VARCHAR, aturan VARCHAR, "
						+ "pesan VARCHAR, argumen VARCHAR, tingkat VARCHAR)");
			}
			try (DuckDBAppender appender = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
				for (ImportIssue i : issues) {
					appender.beginRow();
					appender.append(i.row());
					appender.append(i.column());
					appender.append(i.value());
					appender.append(i.rule());
					appender.append(i.messageKey());
					appender.append(json.writeValueAsString(i.args()));
					appender.append(i.severity().name());
					appender.endRow();
				}
			}
			try (Statement s = c.createStatement()) {
				s.execute("COPY (SELECT * FROM " + table + " ORDER BY baris, kolom) TO '" + SqlText.literal(parquet.toString())
						+ "' " + DuckDb.STORED_PARQUET);
				s.execute("DROP TABLE " + table);
			}
			String key = fileStore.storeFile(AREA, parquet);
			parquet = null;
			return new TableRef(key, COLUMNS, issues.size());
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot store issues", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			tempFiles.delete(parquet);
		}
	}

}
