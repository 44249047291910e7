package id.satudata.organisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

@IntegrationTest
class OrganisasiAdminIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrganisasiDirectory directory;

	int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

	@Test
	void demoTreeIsSeeded() {
		OrganisasiRef provinsi = directory.organisasiDenganKodeWilayah("19").orElseThrow();
		assertThat(provinsi.nama()).isEqualTo("Pemerintah Provinsi Kepulauan Bangka Belitung");
		assertThat(directory.organisasiDanTurunan(provinsi.id())).extracting(OrganisasiRef::kodeWilayah)
			.containsExactlyInAnyOrder("19", "19.01", "19.02", "19.03", "19.04", "19.05", "19.06", "19.71");
		assertThat(directory.unitBerjenis(provinsi.id(), JenisUnit.PRODUSEN_DATA)).hasSizeGreaterThanOrEqualTo(8);
		assertThat(directory.unitBerjenis(provinsi.id(), JenisUnit.WALIDATA)).singleElement()
			.extracting(UnitRef::singkatan).isEqualTo("Diskominfo");
	}

	@Test
	void adminCreatesAProvinceThenAKabupatenUnderIt() throws Exception {
		mvc.perform(post("/kelola/admin/organisasi/baru").with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("tingkat", "PROVINSI").param("kodeWilayah", "18").param("email", "diskominfo@lampungprov.go.id"))
			.andExpect(redirectedUrlPattern("/kelola/admin/organisasi/*"));
		OrganisasiRef lampung = directory.organisasiDenganKodeWilayah("18").orElseThrow();
		assertThat(lampung.nama()).isEqualTo("Pemerintah Provinsi Lampung");
		assertThat(lampung.indukId()).isEqualTo(directory.organisasiDenganKodeWilayah("0").orElseThrow().id());

		mvc.perform(post("/kelola/admin/organisasi/baru").with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("tingkat", "KABUPATEN_KOTA").param("kodeWilayah", "18.71"))
			.andExpect(status().is3xxRedirection());
		OrganisasiRef bandarLampung = directory.organisasiDenganKodeWilayah("18.71").orElseThrow();
		assertThat(bandarLampung.nama()).isEqualTo("Pemerintah Kota Bandar Lampung");
		assertThat(bandarLampung.indukId()).isEqualTo(lampung.id());
		assertThat(count("SELECT COUNT(*) FROM audit_event WHERE aksi = 'organisasi.dibuat' AND objek_id = ?",
				String.valueOf(lampung.id()))).isEqualTo(1);
	}

	@Test
	void badOrganisationInputIsExplainedAndNothingIsCreated() throws Exception {
		int before = count("SELECT COUNT(*) FROM organisasi");
		mvc.perform(post("/kelola/admin/organisasi/baru").with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("tingkat", "KABUPATEN_KOTA").param("kodeWilayah", "19.71"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("kode wilayah 19.71 sudah ada")));
		mvc.perform(post("/kelola/admin/organisasi/baru").with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("tingkat", "KABUPATEN_KOTA").param("kodeWilayah", "19.99"))
			.andExpect(content().string(containsString("19.99 tidak ada dalam Kode Referensi")));
		mvc.perform(post("/kelola/admin/organisasi/baru").with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("tingkat", "PROVINSI").param("kodeWilayah", "19.05"))
			.andExpect(content().string(containsString("bukan wilayah pada tingkat yang dipilih")));
		mvc.perform(post("/kelola/admin/organisasi/baru").with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("tingkat", "PROVINSI").param("kodeWilayah", "sembilan belas").param("email", "bukan-email"))
			.andExpect(content().string(containsString("Kode wilayah harus berbentuk")))
			.andExpect(content().string(containsString("Alamat email tidak valid.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(count("SELECT COUNT(*) FROM organisasi")).isEqualTo(before);
	}

	@Test
	void onlyOneActiveWalidataUnitPerOrganisation() throws Exception {
		long kabBangka = directory.organisasiDenganKodeWilayah("19.01").orElseThrow().id();
		mvc.perform(post("/kelola/admin/organisasi/{id}/unit/baru", kabBangka).with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("nama", "Diskominfo Kedua").param("jenis", "WALIDATA"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hanya boleh memiliki satu unit aktif berjenis Walidata")));
		mvc.perform(post("/kelola/admin/organisasi/{id}/unit/baru", kabBangka).with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("nama", "Dinas Perikanan").param("singkatan", "Diskan").param("jenis", "PRODUSEN_DATA"))
			.andExpect(status().is3xxRedirection());
		assertThat(directory.unitBerjenis(kabBangka, JenisUnit.PRODUSEN_DATA)).extracting(UnitRef::nama)
			.contains("Dinas Perikanan");
	}

	@Test
	void editingWithAStaleVersionIsRefused() throws Exception {
		long kota = directory.organisasiDenganKodeWilayah("19.71").orElseThrow().id();
		long version = count("SELECT version FROM organisasi WHERE id = ?", kota);
		mvc.perform(post("/kelola/admin/organisasi/{id}", kota).with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("nama", "Pemerintah Kota Pangkal Pinang").param("telepon", "0717-111").param("version",
					String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/kelola/admin/organisasi/{id}", kota).with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("nama", "Nama Lama").param("version", String.valueOf(version)))
			.andExpect(content().string(containsString("baru saja diubah oleh pengguna lain")));
		assertThat(directory.organisasi(kota).orElseThrow().nama()).isEqualTo("Pemerintah Kota Pangkal Pinang");
	}

	@Test
	void rolesMustFitTheUnitAndChangingThemEndsTheUsersSessions() throws Exception {
		String username = accounts.newUser("peran", null);
		long id = count("SELECT id FROM pengguna WHERE username = ?", username);
		long provinsi = directory.organisasiDenganKodeWilayah("19").orElseThrow().id();
		long diskominfo = directory.unitBerjenis(provinsi, JenisUnit.WALIDATA).get(0).id();
		long dinkes = directory.unitBerjenis(provinsi, JenisUnit.PRODUSEN_DATA).stream()
			.filter(u -> "Dinkes".equals(u.singkatan())).findFirst().orElseThrow().id();
		long kotaUnit = directory.unitOrganisasi(directory.organisasiDenganKodeWilayah("19.71").orElseThrow().id()).get(0).id();

		// a producer role needs an OPD unit
		mvc.perform(post("/kelola/admin/pengguna/{id}/peran", id).with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("peran", "PRODUSEN_DATA").param("organisasiId", String.valueOf(provinsi)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/kelola/admin/pengguna/{id}/peran", id).with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("peran", "PRODUSEN_DATA").param("organisasiId", String.valueOf(provinsi))
			.param("unitId", String.valueOf(diskominfo)));
		mvc.perform(post("/kelola/admin/pengguna/{id}/peran", id).with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("peran", "PRODUSEN_DATA").param("organisasiId", String.valueOf(provinsi))
			.param("unitId", String.valueOf(kotaUnit)));
		assertThat(count("SELECT COUNT(*) FROM penugasan_peran WHERE pengguna_id = ?", id)).isZero();

		// the user logs in (after choosing a real password), then gets a role: the old session ends
		Cookie session = LoginIT.sessionOf(mvc.perform(formLogin("/masuk").user(username).password(TestAccounts.PASSWORD)).andReturn());
		mvc.perform(post("/akun/password").cookie(session).with(csrf()).param("passwordLama", TestAccounts.PASSWORD)
			.param("passwordBaru", "Produsen-Dinkes-2026").param("konfirmasi", "Produsen-Dinkes-2026"));
		mvc.perform(get("/kelola").cookie(session)).andExpect(status().isOk());
		mvc.perform(post("/kelola/admin/pengguna/{id}/peran", id).with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("peran", "PRODUSEN_DATA").param("organisasiId", String.valueOf(provinsi))
			.param("unitId", String.valueOf(dinkes)))
			.andExpect(status().is3xxRedirection());
		assertThat(count("SELECT COUNT(*) FROM penugasan_peran WHERE pengguna_id = ? AND peran = 'PRODUSEN_DATA'", id))
			.isEqualTo(1);
		mvc.perform(get("/kelola").cookie(session)).andExpect(status().is3xxRedirection());
		assertThat(count("SELECT COUNT(*) FROM audit_event WHERE aksi = 'pengguna.peranDitambah' AND objek_id = ?",
				String.valueOf(id))).isEqualTo(1);

		// the admin page shows the role with the unit's name
		mvc.perform(get("/kelola/admin/pengguna/{id}", id).with(accounts.as(Demo.ADMIN)))
			.andExpect(content().string(containsString("Dinas Kesehatan")));
	}

	@Test
	void adminCannotLockThemselvesOut() throws Exception {
		long adminId = count("SELECT id FROM pengguna WHERE username = 'admin'");
		long provinsi = directory.organisasiDenganKodeWilayah("19").orElseThrow().id();
		mvc.perform(post("/kelola/admin/pengguna/{id}/status", adminId).param("aktif", "false").with(csrf())
			.with(accounts.as(Demo.ADMIN)));
		mvc.perform(post("/kelola/admin/pengguna/{id}/peran/hapus", adminId).param("peran", "ADMIN")
			.param("organisasiId", String.valueOf(provinsi)).with(csrf()).with(accounts.as(Demo.ADMIN)));
		assertThat(count("SELECT COUNT(*) FROM pengguna WHERE id = ? AND aktif = TRUE", adminId)).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM penugasan_peran WHERE pengguna_id = ? AND peran = 'ADMIN'", adminId))
			.isEqualTo(1);
	}

	@Test
	void userSearchFindsByRole() throws Exception {
		mvc.perform(get("/kelola/admin/pengguna").param("peran", "PEMBINA_DATA").with(accounts.as(Demo.ADMIN)))
			.andExpect(content().string(containsString("pembina.pusat")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">walidata<"))));
	}

}
