package id.satudata.sinkron.kirim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The push-up tables: the portal above, the chosen datasets, and the outbox. */
@Repository
class KirimStore {

	private static final String KOLOM_DATASET = "dataset_id, judul, organisasi_id, dipilih, status, nama_remote, id_remote,"
			+ " terkirim_pada, alasan, percobaan, coba_lagi_pada, diubah_pada, diubah_oleh";

	private final JdbcTemplate jdbc;
	private final NamedParameterJdbcTemplate named;

	KirimStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	Optional<Tujuan> tujuan() {
		return jdbc.query("SELECT url_dasar, organisasi_bawaan, peta_organisasi, awalan_nama, token_tersimpan, token_akhir,"
				+ " diubah_pada, diubah_oleh FROM kirim_tujuan WHERE id = 1",
				(rs, i) -> new Tujuan(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8)))
			.stream().findFirst();
	}

	void simpanTujuan(Tujuan t) {
		int updated = jdbc.update("UPDATE kirim_tujuan SET url_dasar = ?, organisasi_bawaan = ?, peta_organisasi = ?,"
				+ " awalan_nama = ?, token_tersimpan = ?, token_akhir = ?, diubah_pada = ?, diubah_oleh = ? WHERE id = 1",
				t.urlDasar(), t.organisasiBawaan(), t.petaOrganisasi(), t.awalanNama(), t.tokenTersimpan(),
				t.tokenAkhir(), Timestamp.from(t.diubahPada()), t.diubahOleh());
		if (updated == 0) {
			jdbc.update("INSERT INTO kirim_tujuan (id, url_dasar, organisasi_bawaan, peta_organisasi, awalan_nama,"
					+ " token_tersimpan, token_akhir, diubah_pada, diubah_oleh) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
					t.urlDasar(), t.organisasiBawaan(), t.petaOrganisasi(), t.awalanNama(), t.tokenTersimpan(),
					t.tokenAkhir(), Timestamp.from(t.diubahPada()), t.diubahOleh());
		}
	}

	Optional<KirimDataset> dataset(long datasetId) {
		return jdbc.query("SELECT " + KOLOM_DATASET + " FROM kirim_dataset WHERE dataset_id = ?", KirimStore::baris,
				datasetId).stream().findFirst();
	}

	/** The chosen datasets of these organizations (all of them when {@code organisasiIds} is null), by title. */
	List<KirimDataset> datasets(Collection<Long> organisasiIds) {
		if (organisasiIds == null) {
			return jdbc.query("SELECT " + KOLOM_DATASET + " FROM kirim_dataset ORDER BY judul, dataset_id", KirimStore::baris);
		}
		if (organisasiIds.isEmpty()) {
			return List.of();
		}
		return named.query("SELECT " + KOLOM_DATASET + " FROM kirim_dataset WHERE organisasi_id IN (:org)"
				+ " ORDER BY judul, dataset_id", new MapSqlParameterSource("org", organisasiIds), KirimStore::baris);
	}

	/** Chooses a dataset (again): it waits to be sent, with no failure counted. */
	void pilih(long datasetId, String judul, long organisasiId, String pelaku, Instant now) {
		int updated = jdbc.update("UPDATE kirim_dataset SET judul = ?, organisasi_id = ?, dipilih = TRUE, status = ?,"
				+ " alasan = NULL, percobaan = 0, coba_lagi_pada = NULL, diubah_pada = ?, diubah_oleh = ? WHERE dataset_id = ?",
				judul, organisasiId, StatusKirim.MENUNGGU.name(), Timestamp.from(now), pelaku, datasetId);
		if (updated == 0) {
			jdbc.update("INSERT INTO kirim_dataset (dataset_id, judul, organisasi_id, dipilih, status, percobaan,"
					+ " diubah_pada, diubah_oleh) VALUES (?, ?, ?, TRUE, ?, 0, ?, ?)", datasetId, judul, organisasiId,
					StatusKirim.MENUNGGU.name(), Timestamp.from(now), pelaku);
		}
	}

	/** Stops sending a dataset: it waits for its deletion at the portal above. */
	void batal(long datasetId, String pelaku, Instant now) {
		jdbc.update("UPDATE kirim_dataset SET dipilih = FALSE, status = ?, alasan = NULL, percobaan = 0,"
				+ " coba_lagi_pada = NULL, diubah_pada = ?, diubah_oleh = ? WHERE dataset_id = ?",
				StatusKirim.MENUNGGU.name(), Timestamp.from(now), pelaku, datasetId);
	}

	/** Removes a dataset that was never sent (and its outbox rows). */
	void lupakan(long datasetId) {
		jdbc.update("DELETE FROM kirim_antrean WHERE dataset_id = ?", datasetId);
		jdbc.update("DELETE FROM kirim_dataset WHERE dataset_id = ?", datasetId);
	}

	/**
	 * Whether changes of the dataset concern the portal above: it is chosen, or it is there (so
	 * its deletion there is still to be sent).
	 */
	boolean diikuti(long datasetId) {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM kirim_dataset WHERE dataset_id = ?"
				+ " AND (dipilih = TRUE OR nama_remote IS NOT NULL)", Integer.class, datasetId);
		return n != null && n > 0;
	}

	/** Writes an outbox row; a dataset that failed keeps its failure (and its next attempt) on show. */
	void antre(long datasetId, String pemicu, Instant now) {
		jdbc.update("INSERT INTO kirim_antrean (dataset_id, pemicu, dibuat_pada) VALUES (?, ?, ?)", datasetId,
				pemicu.length() > 100 ? pemicu.substring(0, 100) : pemicu, Timestamp.from(now));
		jdbc.update("UPDATE kirim_dataset SET status = ? WHERE dataset_id = ? AND status <> ?",
				StatusKirim.MENUNGGU.name(), datasetId, StatusKirim.GAGAL.name());
	}

	/** Outbox work due at {@code now}: dataset id and the newest outbox row of it, oldest first. */
	List<long[]> jatuhTempo(Instant now, int batas) {
		return jdbc.query("SELECT a.dataset_id, MAX(a.id) FROM kirim_antrean a JOIN kirim_dataset d"
				+ " ON d.dataset_id = a.dataset_id WHERE d.coba_lagi_pada IS NULL OR d.coba_lagi_pada <= ?"
				+ " GROUP BY a.dataset_id ORDER BY MIN(a.id) LIMIT ?",
				(rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }, Timestamp.from(now), batas);
	}

	/** How many datasets have outbox rows. */
	long jumlahAntrean() {
		Long n = jdbc.queryForObject("SELECT COUNT(DISTINCT dataset_id) FROM kirim_antrean", Long.class);
		return n == null ? 0 : n;
	}

	/** The outcome of a successful attempt; the outbox rows up to {@code sampaiId} are done. */
	void berhasil(long datasetId, long sampaiId, StatusKirim status, String namaRemote, String idRemote,
			Instant terkirimPada, Instant now) {
		jdbc.update("DELETE FROM kirim_antrean WHERE dataset_id = ? AND id <= ?", datasetId, sampaiId);
		boolean lagi = jdbc.queryForObject("SELECT COUNT(*) FROM kirim_antrean WHERE dataset_id = ?", Integer.class,
				datasetId) > 0;
		jdbc.update("UPDATE kirim_dataset SET status = ?, nama_remote = ?, id_remote = ?, terkirim_pada = ?, alasan = NULL,"
				+ " percobaan = 0, coba_lagi_pada = NULL, diubah_pada = ?, diubah_oleh = ? WHERE dataset_id = ?",
				(lagi ? StatusKirim.MENUNGGU : status).name(), namaRemote, idRemote,
				terkirimPada == null ? null : Timestamp.from(terkirimPada), Timestamp.from(now), "sistem", datasetId);
	}

	void gagal(long datasetId, String alasan, int percobaan, Instant cobaLagiPada, Instant now) {
		jdbc.update("UPDATE kirim_dataset SET status = ?, alasan = ?, percobaan = ?, coba_lagi_pada = ?, diubah_pada = ?,"
				+ " diubah_oleh = ? WHERE dataset_id = ?", StatusKirim.GAGAL.name(),
				alasan.length() > 2000 ? alasan.substring(0, 1999) : alasan, percobaan, Timestamp.from(cobaLagiPada),
				Timestamp.from(now), "sistem", datasetId);
	}

	/** A failed dataset is tried at the worker's next run. */
	int cobaLagiSekarang(long datasetId, Instant now) {
		return jdbc.update("UPDATE kirim_dataset SET coba_lagi_pada = ? WHERE dataset_id = ? AND status = ?",
				Timestamp.from(now), datasetId, StatusKirim.GAGAL.name());
	}

	private static KirimDataset baris(ResultSet rs, int i) throws SQLException {
		return new KirimDataset(rs.getLong("dataset_id"), rs.getString("judul"), rs.getLong("organisasi_id"),
				rs.getBoolean("dipilih"), StatusKirim.valueOf(rs.getString("status")), rs.getString("nama_remote"),
				rs.getString("id_remote"), instant(rs, "terkirim_pada"), rs.getString("alasan"), rs.getInt("percobaan"),
				instant(rs, "coba_lagi_pada"), instant(rs, "diubah_pada"), rs.getString("diubah_oleh"));
	}

	private static Instant instant(ResultSet rs, String kolom) throws SQLException {
		Timestamp t = rs.getTimestamp(kolom);
		return t == null ? null : t.toInstant();
	}

}
