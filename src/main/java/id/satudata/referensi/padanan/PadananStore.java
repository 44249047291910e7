package id.satudata.referensi.padanan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The pairs of the crosswalks, with the names of both codes. */
@Component
class PadananStore {

	private static final String SELECT = """
			SELECT p.kode_sumber, s.nama AS nama_sumber, p.kode_target, t.nama AS nama_target, p.catatan
			FROM padanan_kode_item p
			LEFT JOIN kode_referensi_item s ON s.daftar_id = ? AND s.kode = p.kode_sumber
			LEFT JOIN kode_referensi_item t ON t.daftar_id = ? AND t.kode = p.kode_target
			WHERE p.padanan_id = ?""";
	private static final RowMapper<PasanganKode> MAPPER = (rs, i) -> new PasanganKode(rs.getString("kode_sumber"),
			rs.getString("nama_sumber"), rs.getString("kode_target"), rs.getString("nama_target"), rs.getString("catatan"));

	private final JdbcTemplate jdbc;

	PadananStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<PasanganKode> pairs(Padanan p, String kodeSumber, String kodeTarget, int limit, int offset) {
		StringBuilder sql = new StringBuilder(SELECT);
		List<Object> args = new java.util.ArrayList<>(List.of(p.getSumberDaftarId(), p.getTargetDaftarId(), p.getId()));
		if (kodeSumber != null) {
			sql.append(" AND p.kode_sumber = ?");
			args.add(kodeSumber);
		}
		if (kodeTarget != null) {
			sql.append(" AND p.kode_target = ?");
			args.add(kodeTarget);
		}
		sql.append(" ORDER BY p.kode_sumber, p.kode_target LIMIT ? OFFSET ?");
		args.add(limit);
		args.add(offset);
		return jdbc.query(sql.toString(), MAPPER, args.toArray());
	}

	Set<String> keys(long padananId) {
		Set<String> keys = new HashSet<>();
		jdbc.query("SELECT kode_sumber, kode_target FROM padanan_kode_item WHERE padanan_id = ?",
				rs -> {
					keys.add(rs.getString(1) + "\u0000" + rs.getString(2));
				}, padananId);
		return keys;
	}

	boolean exists(long padananId, String kodeSumber, String kodeTarget) {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM padanan_kode_item WHERE padanan_id = ? AND kode_sumber = ? "
				+ "AND kode_target = ?", Integer.class, padananId, kodeSumber, kodeTarget);
		return n != null && n > 0;
	}

	void insert(long padananId, List<String[]> pairs) {
		jdbc.batchUpdate("INSERT INTO padanan_kode_item (padanan_id, kode_sumber, kode_target, catatan) VALUES (?, ?, ?, ?)",
				pairs, 2000, (ps, pair) -> {
					ps.setLong(1, padananId);
					ps.setString(2, pair[0]);
					ps.setString(3, pair[1]);
					ps.setString(4, pair.length > 2 ? pair[2] : null);
				});
	}

	int delete(long padananId, String kodeSumber, String kodeTarget) {
		return jdbc.update("DELETE FROM padanan_kode_item WHERE padanan_id = ? AND kode_sumber = ? AND kode_target = ?",
				padananId, kodeSumber, kodeTarget);
	}

	void deleteAll(long padananId) {
		jdbc.update("DELETE FROM padanan_kode_item WHERE padanan_id = ?", padananId);
	}

	int count(long padananId) {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM padanan_kode_item WHERE padanan_id = ?", Integer.class,
				padananId);
		return n == null ? 0 : n;
	}

}
