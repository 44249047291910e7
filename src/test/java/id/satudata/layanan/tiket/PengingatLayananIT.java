package id.satudata.layanan.tiket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.layanan.LayananUji;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/** The breach warnings of the scheduled job (called directly, scheduling is off in tests). */
@IntegrationTest
class PengingatLayananIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PengingatLayanan pengingat;

	String aksi(String user, String nomor, String aksi, String catatan) throws Exception {
		return mvc.perform(post("/kelola/layanan/" + nomor + "/aksi").with(csrf()).with(accounts.as(user)).param("aksi", aksi)
			.param("catatan", catatan)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void breachWarningsGoToTheHolderAndTheSuperiorOnce() throws Exception {
		LayananUji.Tiket t = LayananUji.ajukan(mvc, LayananUji.permintaan(LayananUji.penanda()));
		aksi(Demo.KADIS, t.nomor(), "DISPOSISI", "ke Kabid");
		Instant besok = Instant.now().plus(3, ChronoUnit.DAYS);
		assertThat(pengingat.periksa(besok)).isPositive();
		String kunci = "%" + t.nomor() + "%";
		assertThat(jdbc.queryForList("SELECT p.username FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id"
				+ " WHERE n.judul_key = 'layanan.notif.terlambatLangkah' AND n.argumen LIKE ?", String.class, kunci))
			.containsExactlyInAnyOrder(Demo.KABID, Demo.KADIS);
		pengingat.periksa(besok.plus(1, ChronoUnit.HOURS));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi WHERE judul_key = 'layanan.notif.terlambatLangkah'"
				+ " AND argumen LIKE ?", Integer.class, kunci)).as("once per step").isEqualTo(2);
		// the next step warns again, its own holder and superior
		aksi(Demo.KABID, t.nomor(), "DISPOSISI", "ke Subkoor");
		aksi(Demo.SUBKOOR, t.nomor(), "DISPOSISI", "ke Petugas");
		pengingat.periksa(besok.plus(400, ChronoUnit.DAYS));
		assertThat(jdbc.queryForList("SELECT p.username FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id"
				+ " WHERE n.judul_key = 'layanan.notif.terlambatKerja' AND n.argumen LIKE ?", String.class, kunci))
			.containsExactlyInAnyOrder(Demo.PETUGAS, Demo.SUBKOOR);
		// complaints past their tier's limit
		LayananUji.Tiket a = LayananUji.ajukan(mvc, LayananUji.pengaduan(LayananUji.penanda()));
		pengingat.periksa(besok);
		assertThat(jdbc.queryForList("SELECT p.username FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id"
				+ " WHERE n.judul_key = 'layanan.notif.terlambatAduan' AND n.argumen LIKE ?", String.class, "%" + a.nomor() + "%"))
			.containsExactlyInAnyOrder(Demo.PETUGAS, Demo.SUBKOOR);
	}

}
