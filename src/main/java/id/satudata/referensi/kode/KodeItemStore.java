package id.satudata.referensi.kode;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The codes of the lists, read and written with plain JDBC: lists run to hundreds of thousands of
 * codes (the region list alone has 91,599) and are loaded in batches.
 */
@Component
public class KodeItemStore {

	private static final String COLUMNS = "id, kode, nama, kode_induk, tingkat, berlaku_mulai, berlaku_sampai, aktif, "
			+ "atribut, versi_dibuat, versi_diubah";
	private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
	};
	private static final int BATCH = 2000;
	private static final int ROWS_PER_INSERT = 500;

	private final JdbcTemplate jdbc;
	private final JsonMapper json;
	private final RowMapper<KodeItem> mapper;
	/** Whether the database is H2 (null until first asked). */
	private volatile Boolean h2;

	KodeItemStore(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.mapper = this::map;
	}

	public Optional<KodeItem> find(long daftarId, String kode) {
		return jdbc.query("SELECT " + COLUMNS + " FROM kode_referensi_item WHERE daftar_id = ? AND kode = ?", mapper,
				daftarId, kode).stream().findFirst();
	}

	List<KodeItem> children(long daftarId, String kodeInduk, boolean withRetired, int limit, int offset) {
		String sql = "SELECT " + COLUMNS + " FROM kode_referensi_item WHERE daftar_id = ? AND "
				+ (kodeInduk == null ? "kode_induk IS NULL" : "kode_induk = ?") + (withRetired ? "" : " AND aktif = TRUE")
				+ " ORDER BY kode LIMIT ? OFFSET ?";
		return kodeInduk == null ? jdbc.query(sql, mapper, daftarId, limit, offset)
				: jdbc.query(sql, mapper, daftarId, kodeInduk, limit, offset);
	}

	long countChildren(long daftarId, String kodeInduk, boolean withRetired) {
		String sql = "SELECT COUNT(*) FROM kode_referensi_item WHERE daftar_id = ? AND "
				+ (kodeInduk == null ? "kode_induk IS NULL" : "kode_induk = ?") + (withRetired ? "" : " AND aktif = TRUE");
		Long n = kodeInduk == null ? jdbc.queryForObject(sql, Long.class, daftarId)
				: jdbc.queryForObject(sql, Long.class, daftarId, kodeInduk);
		return n == null ? 0 : n;
	}

	/** The codes with these code values, in the order given. */
	List<KodeItem> findAll(long daftarId, List<String> kodes) {
		if (kodes.isEmpty()) {
			return List.of();
		}
		List<Object> args = new ArrayList<>();
		args.add(daftarId);
		args.addAll(kodes);
		Map<String, KodeItem> byKode = new HashMap<>();
		jdbc.query("SELECT " + COLUMNS + " FROM kode_referensi_item WHERE daftar_id = ? AND kode IN ("
				+ String.join(",", java.util.Collections.nCopies(kodes.size(), "?")) + ")", rs -> {
					KodeItem item = map(rs, 0);
					byKode.put(item.kode(), item);
				}, args.toArray());
		return kodes.stream().map(byKode::get).filter(java.util.Objects::nonNull).toList();
	}

	/** Active codes at {@code tingkat} in the subtree rooted at {@code rootKode}. */
	List<KodeItem> descendantsAtLevel(long daftarId, String rootKode, String tingkat) {
		// a join with the walk, not "IN (walk)": H2 would evaluate the walk once per code of the list
		return jdbc.query("""
				WITH RECURSIVE pohon(id, kode) AS (
				    SELECT id, kode FROM kode_referensi_item WHERE daftar_id = ? AND kode = ?
				    UNION ALL
				    SELECT i.id, i.kode FROM kode_referensi_item i JOIN pohon p ON i.kode_induk = p.kode WHERE i.daftar_id = ?
				)
				SELECT %s FROM kode_referensi_item k JOIN pohon w ON w.id = k.id
				WHERE k.aktif = TRUE AND k.tingkat = ?
				ORDER BY k.kode
				""".formatted(COLUMNS.replaceAll("(^|, )", "$1k.")), mapper, daftarId, rootKode, daftarId, tingkat);
	}

	java.util.Set<String> subtree(long daftarId, String rootKode) {
		java.util.Set<String> codes = new java.util.HashSet<>();
		// the walk carries each code's state, so the result needs no second look-up per code
		jdbc.query("""
				WITH RECURSIVE pohon(kode, aktif) AS (
				    SELECT kode, aktif FROM kode_referensi_item WHERE daftar_id = ? AND kode = ?
				    UNION ALL
				    SELECT i.kode, i.aktif FROM kode_referensi_item i JOIN pohon p ON i.kode_induk = p.kode
				    WHERE i.daftar_id = ?
				)
				SELECT kode FROM pohon WHERE aktif = TRUE
				""", rs -> {
			codes.add(rs.getString(1));
		}, daftarId, rootKode, daftarId);
		return codes;
	}

	java.util.Set<String> activeCodes(long daftarId) {
		java.util.Set<String> codes = new java.util.HashSet<>();
		jdbc.query("SELECT kode FROM kode_referensi_item WHERE daftar_id = ? AND aktif = TRUE",
				rs -> {
					codes.add(rs.getString(1));
				}, daftarId);
		return codes;
	}

	List<String> levels(long daftarId) {
		return jdbc.queryForList("SELECT DISTINCT tingkat FROM kode_referensi_item WHERE daftar_id = ? "
				+ "AND tingkat IS NOT NULL ORDER BY tingkat", String.class, daftarId);
	}

	public Map<String, KodeItem> all(long daftarId) {
		Map<String, KodeItem> items = new HashMap<>();
		jdbc.query("SELECT " + COLUMNS + " FROM kode_referensi_item WHERE daftar_id = ?", rs -> {
			KodeItem item = map(rs, 0);
			items.put(item.kode(), item);
		}, daftarId);
		return items;
	}

	/** Every code in code order, one at a time (for exports). */
	void forEach(long daftarId, boolean withRetired, Consumer<KodeItem> consumer) {
		jdbc.query("SELECT " + COLUMNS + " FROM kode_referensi_item WHERE daftar_id = ?"
				+ (withRetired ? "" : " AND aktif = TRUE") + " ORDER BY kode", rs -> {
					consumer.accept(map(rs, 0));
				}, daftarId);
	}

	int countActive(long daftarId) {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM kode_referensi_item WHERE daftar_id = ? AND aktif = TRUE",
				Integer.class, daftarId);
		return n == null ? 0 : n;
	}

	/**
	 * Inserts codes in blocks: on PostgreSQL with multi-row INSERT statements ({@value #ROWS_PER_INSERT}
	 * rows each, one statement per block instead of one per row), on H2 with one prepared statement
	 * executed in JDBC batches of {@value #BATCH}, which H2 inserts and commits about twice as fast as
	 * the same rows in multi-row statements (the 91,599 region codes on the embedded default's first
	 * start, docs/operasi.md "Start-up").
	 */
	void insert(long daftarId, List<KodeRow> rows, int versi) {
		if (h2()) {
			String sql = "INSERT INTO kode_referensi_item (daftar_id, kode, nama, nama_cari, kode_induk, tingkat, "
					+ "berlaku_mulai, berlaku_sampai, aktif, atribut, versi_dibuat, versi_diubah) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?)";
			for (int from = 0; from < rows.size(); from += BATCH) {
				List<KodeRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
				jdbc.batchUpdate(sql, batch, batch.size(), (ps, r) -> {
					int i = 1;
					ps.setLong(i++, daftarId);
					i = setRow(ps, i, r);
					ps.setInt(i++, versi);
					ps.setInt(i, versi);
				});
			}
			return;
		}
		for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
			List<KodeRow> block = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
			String sql = "INSERT INTO kode_referensi_item (daftar_id, kode, nama, nama_cari, kode_induk, tingkat, "
					+ "berlaku_mulai, berlaku_sampai, aktif, atribut, versi_dibuat, versi_diubah) VALUES "
					+ String.join(",", java.util.Collections.nCopies(block.size(), "(?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?)"));
			jdbc.update(sql, ps -> {
				int i = 1;
				for (KodeRow r : block) {
					ps.setLong(i++, daftarId);
					i = setRow(ps, i, r);
					ps.setInt(i++, versi);
					ps.setInt(i++, versi);
				}
			});
		}
	}

	/** kode, nama, nama_cari, kode_induk, tingkat, berlaku_mulai, berlaku_sampai, atribut from {@code i}; the next index. */
	private int setRow(java.sql.PreparedStatement ps, int i, KodeRow r) throws SQLException {
		ps.setString(i++, r.kode());
		ps.setString(i++, r.nama());
		ps.setString(i++, r.nama().toLowerCase(Locale.ROOT));
		ps.setString(i++, r.kodeInduk());
		ps.setString(i++, r.tingkat());
		ps.setObject(i++, sqlDate(r.berlakuMulai()), java.sql.Types.DATE);
		ps.setObject(i++, sqlDate(r.berlakuSampai()), java.sql.Types.DATE);
		ps.setString(i++, toJson(r.atribut()));
		return i;
	}

	private boolean h2() {
		Boolean h2 = this.h2;
		if (h2 == null) {
			h2 = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
				.toLowerCase(Locale.ROOT).contains("h2"));
			this.h2 = h2;
		}
		return Boolean.TRUE.equals(h2);
	}

	/** Rewrites existing codes (by id) with new values; reactivates retired ones. */
	void update(List<Map.Entry<Long, KodeRow>> rows, int versi) {
		String sql = "UPDATE kode_referensi_item SET nama = ?, nama_cari = ?, kode_induk = ?, tingkat = ?, "
				+ "berlaku_mulai = ?, berlaku_sampai = ?, aktif = TRUE, atribut = ?, versi_diubah = ? WHERE id = ?";
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Map.Entry<Long, KodeRow>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			jdbc.batchUpdate(sql, batch, batch.size(), (ps, e) -> {
				KodeRow r = e.getValue();
				ps.setString(1, r.nama());
				ps.setString(2, r.nama().toLowerCase(Locale.ROOT));
				ps.setString(3, r.kodeInduk());
				ps.setString(4, r.tingkat());
				ps.setObject(5, sqlDate(r.berlakuMulai()));
				ps.setObject(6, sqlDate(r.berlakuSampai()));
				ps.setString(7, toJson(r.atribut()));
				ps.setInt(8, versi);
				ps.setLong(9, e.getKey());
			});
		}
	}

	/** Retires codes: no longer in force from {@code sampai}. */
	void retire(List<Long> ids, LocalDate sampai, int versi) {
		String sql = "UPDATE kode_referensi_item SET aktif = FALSE, berlaku_sampai = COALESCE(berlaku_sampai, ?), "
				+ "versi_diubah = ? WHERE id = ?";
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			jdbc.batchUpdate(sql, batch, batch.size(), (ps, id) -> {
				ps.setObject(1, sqlDate(sampai));
				ps.setInt(2, versi);
				ps.setLong(3, id);
			});
		}
	}

	boolean hasActiveChildren(long daftarId, String kode) {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM kode_referensi_item WHERE daftar_id = ? "
				+ "AND kode_induk = ? AND aktif = TRUE", Integer.class, daftarId, kode);
		return n != null && n > 0;
	}

	private KodeItem map(ResultSet rs, int row) throws SQLException {
		return new KodeItem(rs.getLong("id"), rs.getString("kode"), rs.getString("nama"), rs.getString("kode_induk"),
				rs.getString("tingkat"), localDate(rs, "berlaku_mulai"), localDate(rs, "berlaku_sampai"),
				rs.getBoolean("aktif"), fromJson(rs.getString("atribut")), rs.getInt("versi_dibuat"),
				rs.getInt("versi_diubah"));
	}

	private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private static Date sqlDate(LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

	private String toJson(Map<String, String> atribut) {
		return atribut == null || atribut.isEmpty() ? null : json.writeValueAsString(atribut);
	}

	private Map<String, String> fromJson(String text) {
		return text == null || text.isBlank() ? Map.of() : json.readValue(text, MAP);
	}

}
