package id.satudata.pengumpulan.unggahan;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import id.satudata.test.IntegrationTest;

/**
 * Issue 19, item 3: a check cut off by a stopped node ("MEMERIKSA 40%") is marked failed when that
 * node starts again, with the message telling the producer to upload again; another node's check
 * is left alone.
 */
@IntegrationTest
class UnggahanTerputusIT {

	@Autowired
	UnggahanTerputus terputus;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNodeMarksItsInterruptedChecksFailedAtStartUp() {
		String mine = insert(terputus.node(), "MEMERIKSA");
		String saving = insert(terputus.node(), "MENYIMPAN");
		String other = insert("node-lain-" + UUID.randomUUID(), "MEMERIKSA");
		String done = insert(terputus.node(), "SELESAI");

		assertThat(terputus.tandaiTerputusSekarang()).isGreaterThanOrEqualTo(2);

		assertThat(status(mine)).isEqualTo("GAGAL");
		assertThat(status(saving)).isEqualTo("GAGAL");
		assertThat(jdbc.queryForObject("SELECT pesan_galat FROM unggahan WHERE uuid = ?", String.class, mine))
			.contains("pengumpulan.galat.terputus");
		assertThat(jdbc.queryForObject("SELECT selesai_pada FROM unggahan WHERE uuid = ?", Timestamp.class, mine))
			.isNotNull();
		assertThat(status(other)).isEqualTo("MEMERIKSA");
		assertThat(status(done)).isEqualTo("SELESAI");
	}

	private String insert(String node, String status) {
		String uuid = UUID.randomUUID().toString();
		jdbc.update("INSERT INTO unggahan (uuid, pengajuan_id, status, nama_berkas, ukuran_berkas, berkas_key, "
				+ "dibuat_oleh, dibuat_pada, node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", uuid, 999_999_999L, status,
				"data.csv", 10L, "pengumpulan/" + uuid, "produsen", Timestamp.from(Instant.now()), node);
		return uuid;
	}

	private String status(String uuid) {
		return jdbc.queryForObject("SELECT status FROM unggahan WHERE uuid = ?", String.class, uuid);
	}

}
