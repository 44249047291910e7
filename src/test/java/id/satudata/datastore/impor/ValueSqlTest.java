package id.satudata.datastore.impor;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

/** The value expressions the import is built from, run on DuckDB itself. */
class ValueSqlTest {

	/**
	 * {@link ValueSql#text} trims only values that may need it; it must give exactly DuckDB's
	 * {@code NULLIF(TRIM(x), '')} for every character at either end, in the middle, alone and
	 * repeated: every code point of the Basic Multilingual Plane (surrogates aside) and a few beyond.
	 */
	@Test
	void textIsTrimOfEveryValueWhateverCharacterItStartsOrEndsWith() throws Exception {
		List<String> values = new ArrayList<>(List.of("", " ", "  ", "a", " a", "a ", " a ", "a b", "Pangkal Pinang",
				"  Bukit Intan  ", "19.71", "\u00A0", "\u00A019.71\u3000"));
		List<Integer> codePoints = new ArrayList<>();
		for (int cp = 1; cp <= 0xFFFF; cp++) {
			if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
				codePoints.add(cp);
			}
		}
		codePoints.addAll(List.of(0x1F600, 0x10FFFF));
		for (int cp : codePoints) {
			String c = Character.toString(cp);
			values.addAll(List.of(c, c + "a", "a" + c, c + "a" + c, "a" + c + "b", c + c));
		}
		try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
			try (Statement s = c.createStatement()) {
				s.execute("CREATE TABLE t (i INTEGER, raw VARCHAR)");
			}
			try (DuckDBAppender a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "t")) {
				for (int i = 0; i < values.size(); i++) {
					a.beginRow();
					a.append(i);
					a.append(values.get(i));
					a.endRow();
				}
			}
			try (PreparedStatement ps = c.prepareStatement("SELECT i, raw, " + ValueSql.text("raw")
					+ " AS ours, NULLIF(TRIM(raw), '') AS trimmed FROM t WHERE ours IS DISTINCT FROM trimmed ORDER BY i");
					ResultSet rs = ps.executeQuery()) {
				List<String> differ = new ArrayList<>();
				while (rs.next()) {
					differ.add(rs.getString("raw").codePoints().mapToObj(Integer::toHexString).toList() + " -> "
							+ rs.getString("ours") + " / " + rs.getString("trimmed"));
				}
				assertThat(differ).isEmpty();
			}
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE raw <> trim(raw)) FROM t")) {
				rs.next();
				assertThat(rs.getLong(1)).isEqualTo(values.size());
				// the space separators DuckDB trims are among them, so the comparison is not vacuous
				assertThat(rs.getLong(2)).isGreaterThan(17 * 4);
			}
		}
	}

}
