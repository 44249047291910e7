package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Stable UUIDs for datasets and units (the CKAN API's {@code id} of packages and organizations; the
 * numeric ids and names stay as aliases). A Java migration because H2 and PostgreSQL have no common
 * SQL function for a random UUID: the column is added, every existing row gets a random UUID, then the
 * column becomes NOT NULL and unique. Portable SQL only (docs/migrasi.md).
 * <p>
 * Also: a dataset's kept formats become the formats of its CKAN resources (CSV for the tables of published
 * releases, the attachments' formats); the other download formats of a table (XLSX, JSON, Parquet) are
 * derived in the index from CSV, so CKAN's {@code res_format:XLSX} no longer matches a dataset whose
 * {@code package_show} lists no XLSX resource; and the number of resources the public sees (CKAN's
 * {@code num_resources}).
 */
public class V9__katalog_ckan extends BaseJavaMigration {

	private static final String[] TABLES = { "dataset", "unit" };

	@Override
	public void migrate(Context context) throws Exception {
		Connection c = context.getConnection();
		for (String table : TABLES) {
			try (Statement s = c.createStatement()) {
				s.execute("ALTER TABLE " + table + " ADD COLUMN uuid VARCHAR(36)");
			}
			List<Long> ids = new ArrayList<>();
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM " + table)) {
				while (rs.next()) {
					ids.add(rs.getLong(1));
				}
			}
			try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET uuid = ? WHERE id = ?")) {
				int n = 0;
				for (Long id : ids) {
					p.setString(1, UUID.randomUUID().toString());
					p.setLong(2, id);
					p.addBatch();
					if (++n % 500 == 0) {
						p.executeBatch();
					}
				}
				p.executeBatch();
			}
			try (Statement s = c.createStatement()) {
				s.execute("ALTER TABLE " + table + " ALTER COLUMN uuid SET NOT NULL");
				s.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + table + "_uuid_uk UNIQUE (uuid)");
			}
		}
		try (Statement s = c.createStatement()) {
			// how many CKAN resources the public sees: published releases and their attachments
			s.execute("ALTER TABLE dataset ADD COLUMN jumlah_sumber INTEGER DEFAULT 0 NOT NULL");
			s.execute("UPDATE dataset SET jumlah_sumber = "
					+ "(SELECT COUNT(*) FROM rilis r WHERE r.dataset_id = dataset.id AND r.status = 'TERBIT') + "
					+ "(SELECT COUNT(*) FROM lampiran l JOIN rilis r ON l.rilis_id = r.id "
					+ "WHERE r.dataset_id = dataset.id AND r.status = 'TERBIT')");
			s.execute("DELETE FROM dataset_format WHERE format IN ('XLSX', 'JSON', 'PARQUET')");
			s.execute("INSERT INTO dataset_format (dataset_id, format) SELECT DISTINCT r.dataset_id, UPPER(l.format) "
					+ "FROM lampiran l JOIN rilis r ON l.rilis_id = r.id "
					+ "WHERE r.status = 'TERBIT' AND UPPER(l.format) IN ('XLSX', 'JSON', 'PARQUET')");
		}
	}

}
