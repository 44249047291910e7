package id.satudata.datastore.impor;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import id.satudata.datastore.SymbolSummary;
import id.satudata.datastore.internal.SqlText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a table keeps the BPS value symbols its import read: a key of its Parquet file's metadata
 * ({@value #KEY}), a JSON {@link SymbolSummary}. The file is the table (immutable, copied and cached
 * as one), so the legend travels with it whatever path imported it; a file without the key has none.
 */
public final class SymbolMetadata {

	static final String KEY = "satudata_simbol";

	/** Immutable and thread-safe once built. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SymbolMetadata() {
	}

	/** The options of a Parquet {@code COPY} that store the summary ({@link id.satudata.datastore.internal.DuckDb#STORED_PARQUET} with it). */
	static String copyOptions(String storedParquet, SymbolSummary summary) {
		if (summary == null || summary.isEmpty()) {
			return storedParquet;
		}
		String json = JSON.writeValueAsString(summary);
		return storedParquet.substring(0, storedParquet.length() - 1) + ", KV_METADATA {" + KEY + ": '"
				+ SqlText.literal(json) + "'})";
	}

	/** The summary stored in a table's Parquet file, or {@link SymbolSummary#NONE}. */
	public static SymbolSummary read(Connection c, Path parquet) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT decode(value) FROM parquet_kv_metadata('"
				+ SqlText.literal(parquet.toString()) + "') WHERE decode(key) = '" + KEY + "'")) {
			return rs.next() ? JSON.readValue(rs.getString(1), SymbolSummary.class) : SymbolSummary.NONE;
		}
	}

}
