package id.satudata.datastore.impor;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.InferredSchema;
import id.satudata.datastore.NumberFormat;
import id.satudata.datastore.internal.DuckDb;
import id.satudata.datastore.internal.SqlText;
import id.satudata.referensi.KodeReferensiLookup;

/**
 * Proposes a schema from a file: for each column, the narrowest type every sampled value fits,
 * the number format it is written in (1.234,56 is Indonesian), and whether its values are region
 * codes. Codes are never taken for numbers: "19.71" and "01" are kept as text.
 */
@Component
public class SchemaInference {

	static final int SAMPLE_ROWS = 10_000;

	private final DuckDb duck;
	private final FilePreparer preparer;
	private final KodeReferensiLookup kodeReferensi;

	public SchemaInference(DuckDb duck, FilePreparer preparer, KodeReferensiLookup kodeReferensi) {
		this.duck = duck;
		this.preparer = preparer;
		this.kodeReferensi = kodeReferensi;
	}

	/**
	 * The schema of a file. A large CSV is read only as far as the sample needs (its first lines, twice
	 * the sample's rows): the types come from the first {@value #SAMPLE_ROWS} rows either way, and a
	 * whole-file pass (encoding detection, the table's shape) over a file of hundreds of megabytes
	 * took as long as its import. Should the head not read as a table (a quoted field cut where the
	 * head ends), the whole file is read as before.
	 */
	public InferredSchema infer(Path file, ImportOptions options) {
		Path head = preparer.head(file, 2 * SAMPLE_ROWS + 100);
		if (head != null) {
			try {
				return inferFrom(head, options);
			}
			catch (RuntimeException e) {
				// read the whole file below
			}
			finally {
				preparer.deleteHead(head);
			}
		}
		return inferFrom(file, options);
	}

	private InferredSchema inferFrom(Path file, ImportOptions options) {
		FilePreparer.Prepared prepared = preparer.prepare(file, options, true);
		String sample = "inf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		try (Connection c = duck.connection(); Statement s = c.createStatement()) {
			StringBuilder columns = new StringBuilder();
			if (prepared.rowNumbers()) {
				columns.append("'").append(FilePreparer.ROW_COLUMN).append("': 'VARCHAR'");
			}
			for (int i = 0; i < prepared.headers().size(); i++) {
				columns.append(columns.isEmpty() ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
			}
			s.execute("CREATE TABLE " + sample + " AS SELECT * FROM read_csv('" + SqlText.literal(prepared.csv().toString())
					+ "', header = true, delim = '" + SqlText.literal(String.valueOf(prepared.delimiter()))
					+ "', quote = '\"', escape = '\"', auto_detect = false, null_padding = true, ignore_errors = true, "
					+ "columns = {" + columns + "}) LIMIT " + SAMPLE_ROWS);
			long rows = count(s, sample);
			Set<String> regions = null;
			List<ColumnSpec> specs = new ArrayList<>();
			Set<String> names = new HashSet<>();
			List<Stats> all = stats(s, sample, prepared.headers().size());
			for (int i = 0; i < prepared.headers().size(); i++) {
				String header = prepared.headers().get(i);
				String name = unique(ColumnSpec.normalizeName(header), names);
				Stats st = all.get(i);
				ColumnType type;
				NumberFormat format = NumberFormat.STANDAR;
				String codeList = null;
				boolean codeLike = name.contains("kode") || name.equals("id") || name.endsWith("_id") || st.leadingZero;
				if (st.nonEmpty == 0) {
					type = ColumnType.TEKS;
				}
				else if (codeLike && st.codeShaped == st.nonEmpty) {
					if (regions == null) {
						regions = kodeReferensi.kodeBerlaku(KodeReferensiLookup.WILAYAH);
					}
					type = ColumnType.KODE;
					if (mostlyCodes(s, sample, "c" + i, regions)) {
						codeList = KodeReferensiLookup.WILAYAH;
					}
				}
				else if (st.integers == st.nonEmpty) {
					type = ColumnType.BILANGAN_BULAT;
				}
				else if (st.indonesianIntegers == st.nonEmpty) {
					// "336.254" in every row: Indonesian thousands, not three decimals
					type = ColumnType.BILANGAN_BULAT;
					format = NumberFormat.INDONESIA;
				}
				else if (st.decimals == st.nonEmpty) {
					type = ColumnType.DESIMAL;
				}
				else if (st.indonesian == st.nonEmpty) {
					type = ColumnType.DESIMAL;
					format = NumberFormat.INDONESIA;
				}
				else if (st.allDates) {
					type = ColumnType.TANGGAL;
				}
				else if (st.booleans == st.nonEmpty) {
					type = ColumnType.YA_TIDAK;
				}
				else {
					type = ColumnType.TEKS;
				}
				specs.add(new ColumnSpec(name, header, type, null, codeList, false, null, null, null, format, false));
			}
			return new InferredSchema(specs, prepared.info(), rows);
		}
		catch (SQLException e) {
			throw ImportPipeline.translate(e);
		}
		finally {
			try (Connection c = duck.connection(); Statement s = c.createStatement()) {
				s.execute("DROP TABLE IF EXISTS " + sample);
			}
			catch (SQLException e) {
				// scratch table of a closed connection
			}
			preparer.cleanup(prepared);
		}
	}

	private record Stats(long nonEmpty, long integers, long decimals, long indonesian, long indonesianIntegers,
			boolean allDates, long booleans, long codeShaped, boolean leadingZero) {
	}

	/**
	 * Every column's counts in one pass over the sample (a query per column cost a wide file seconds),
	 * then whether every value of a column the counts did not already decide is a date (a failed date
	 * conversion costs far more than a pattern, some 2 µs). A column is a date column only when every
	 * value is a date: one whose values do not all start with a digit is not, nor one with a value that
	 * is not a date among its first 100 rows (codes such as 33.01.01.2005, age groups such as 0-4
	 * tahun); only the rest are converted whole.
	 */
	private static List<Stats> stats(Statement s, String table, int columns) throws SQLException {
		if (columns == 0) {
			return List.of();
		}
		StringBuilder trimmed = new StringBuilder();
		StringBuilder counts = new StringBuilder();
		for (int i = 0; i < columns; i++) {
			String v = "t" + i;
			// a first byte from '0' to '9'
			String digit = v + " >= '0' AND " + v + " < ':'";
			trimmed.append(i == 0 ? "" : ", ").append(ValueSql.text("c" + i)).append(" AS ").append(v);
			counts.append(i == 0 ? "" : ", ").append("count(" + v + "), "
					+ "count(*) FILTER (WHERE regexp_full_match(" + v + ", '[+-]?[0-9]{1,18}')), "
					+ "count(*) FILTER (WHERE regexp_full_match(" + v + ", '[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)')), "
					+ "count(*) FILTER (WHERE regexp_full_match(" + v + ", '[+-]?[0-9]{1,3}([.][0-9]{3})*(,[0-9]+)?|[+-]?[0-9]+,[0-9]+')), "
					+ "count(*) FILTER (WHERE regexp_full_match(" + v + ", '[+-]?[0-9]{1,3}([.][0-9]{3})+')), "
					+ "count(*) FILTER (WHERE lower(" + v + ") IN ('ya', 'tidak', 'true', 'false', 'y', 'n')), "
					+ "count(*) FILTER (WHERE regexp_full_match(" + v + ", '[0-9A-Za-z]+([./-][0-9A-Za-z]+)*')), "
					+ "count(*) FILTER (WHERE regexp_full_match(" + v + ", '0[0-9]+')), "
					+ "count(*) FILTER (WHERE " + digit + ")");
		}
		long[][] c = new long[columns][];
		try (ResultSet rs = s.executeQuery("SELECT " + counts + " FROM (SELECT " + trimmed + " FROM " + table + ")")) {
			rs.next();
			for (int i = 0; i < columns; i++) {
				c[i] = new long[9];
				for (int j = 0; j < 9; j++) {
					c[i][j] = rs.getLong(i * 9 + j + 1);
				}
			}
		}
		// nonEmpty, integers, decimals, indonesian, indonesianIntegers, booleans, codeShaped, leadingZero, digitFirst
		List<Integer> undecided = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			long n = c[i][0];
			if (n > 0 && c[i][1] != n && c[i][2] != n && c[i][3] != n && c[i][4] != n && c[i][8] == n) {
				undecided.add(i);
			}
		}
		boolean[] dates = new boolean[columns];
		// the first rows, then the whole sample for the columns still undecided
		undecided = allDates(s, "(SELECT * FROM " + table + " LIMIT 100)", undecided);
		for (int i : allDates(s, table, undecided)) {
			dates[i] = true;
		}
		List<Stats> out = new ArrayList<>(columns);
		for (int i = 0; i < columns; i++) {
			out.add(new Stats(c[i][0], c[i][1], c[i][2], c[i][3], c[i][4], dates[i], c[i][5], c[i][6], c[i][7] > 0));
		}
		return out;
	}

	/** The columns (of those given) with no value in {@code rows} that is not a date. */
	private static List<Integer> allDates(Statement s, String rows, List<Integer> columns) throws SQLException {
		if (columns.isEmpty()) {
			return columns;
		}
		StringBuilder sql = new StringBuilder("SELECT ");
		for (int k = 0; k < columns.size(); k++) {
			String col = "c" + columns.get(k);
			sql.append(k == 0 ? "" : ", ").append("count(*) FILTER (WHERE ").append(ValueSql.text(col))
				.append(" IS NOT NULL AND NOT (regexp_full_match(").append(ValueSql.text(col)).append(", '[0-9].*') AND ")
				.append(ValueSql.typedFromRaw(ColumnSpec.of("t", null, ColumnType.TANGGAL), col)).append(" IS NOT NULL))");
		}
		List<Integer> all = new ArrayList<>();
		try (ResultSet rs = s.executeQuery(sql.append(" FROM ").append(rows).toString())) {
			rs.next();
			for (int k = 0; k < columns.size(); k++) {
				if (rs.getLong(k + 1) == 0) {
					all.add(columns.get(k));
				}
			}
		}
		return all;
	}

	/** Whether at least 90% of the column's distinct values (up to 5,000) are codes of the list. */
	private static boolean mostlyCodes(Statement s, String table, String col, Set<String> codes) throws SQLException {
		long distinct = 0;
		long found = 0;
		try (ResultSet rs = s.executeQuery("SELECT DISTINCT " + ValueSql.text(col) + " AS v FROM " + table
				+ " WHERE v IS NOT NULL LIMIT 5000")) {
			while (rs.next()) {
				distinct++;
				if (codes.contains(rs.getString(1))) {
					found++;
				}
			}
		}
		return distinct > 0 && found * 10 >= distinct * 9;
	}

	private static long count(Statement s, String table) throws SQLException {
		try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String unique(String name, Set<String> used) {
		String n = name;
		int i = 2;
		while (!used.add(n)) {
			n = name + "_" + i++;
		}
		return n;
	}

}
