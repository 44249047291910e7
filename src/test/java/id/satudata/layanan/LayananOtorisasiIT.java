package id.satudata.layanan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.layanan.LayananUji.Tiket;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * Every staff page and action of the service desk: users without a service role get 403, visitors
 * are sent to the login page, the reports are for the desk's leaders only, and a Kepala Dinas of
 * another organization sees none of this organization's tickets.
 */
@IntegrationTest
class LayananOtorisasiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrganisasiDirectory organisasi;

	List<MockHttpServletRequestBuilder> halamanStaf(String permintaan, String pengaduan) {
		return List.of(get("/kelola/layanan"), get("/kelola/layanan?tampil=semua"), get("/kelola/layanan/baru"),
				get("/kelola/layanan/" + permintaan), get("/kelola/layanan/" + permintaan + "/lampiran/x"),
				get("/kelola/pengaduan"), get("/kelola/pengaduan/baru"), get("/kelola/pengaduan/" + pengaduan),
				get("/kelola/pengaduan/" + pengaduan + "/lampiran/x"));
	}

	List<MockHttpServletRequestBuilder> aksiStaf(String permintaan, String pengaduan) {
		return List.of(post("/kelola/layanan/baru").param("perihal", "x"),
				post("/kelola/layanan/" + permintaan + "/aksi").param("aksi", "TUTUP").param("catatan", "x"),
				post("/kelola/layanan/" + permintaan + "/kode-baru"), post("/kelola/pengaduan/baru").param("perihal", "x"),
				post("/kelola/pengaduan/" + pengaduan + "/aksi").param("aksi", "TOLAK").param("catatan", "x"),
				post("/kelola/pengaduan/" + pengaduan + "/kode-baru"));
	}

	List<MockHttpServletRequestBuilder> laporan() {
		return List.of(get("/kelola/laporan-layanan"), get("/kelola/evaluasi-layanan"), get("/kelola/evaluasi-layanan/pdf"),
				get("/kelola/evaluasi-layanan/xlsx"));
	}

	@Test
	void usersWithoutAServiceRoleGet403AndVisitorsTheLoginPage() throws Exception {
		Tiket p = LayananUji.ajukan(mvc, LayananUji.permintaan(LayananUji.penanda()));
		Tiket a = LayananUji.ajukan(mvc, LayananUji.pengaduan(LayananUji.penanda()));
		for (String user : List.of(Demo.PRODUSEN, Demo.PENGGUNA, Demo.WALIDATA, Demo.PEMBINA, Demo.PPID)) {
			for (MockHttpServletRequestBuilder r : halamanStaf(p.nomor(), a.nomor())) {
				mvc.perform(r.with(accounts.as(user))).andExpect(status().isForbidden());
			}
			for (MockHttpServletRequestBuilder r : aksiStaf(p.nomor(), a.nomor())) {
				mvc.perform(r.with(csrf()).with(accounts.as(user))).andExpect(status().isForbidden());
			}
			for (MockHttpServletRequestBuilder r : laporan()) {
				mvc.perform(r.with(accounts.as(user))).andExpect(status().isForbidden());
			}
		}
		for (MockHttpServletRequestBuilder r : halamanStaf(p.nomor(), a.nomor())) {
			mvc.perform(r).andExpect(status().is3xxRedirection());
		}
		for (MockHttpServletRequestBuilder r : laporan()) {
			mvc.perform(r).andExpect(status().is3xxRedirection());
		}
		// the Petugas works tickets but the monthly reports are for the desk's leaders
		for (MockHttpServletRequestBuilder r : laporan()) {
			mvc.perform(r.with(accounts.as(Demo.PETUGAS))).andExpect(status().isForbidden());
		}
		// administrators read, but take no step
		mvc.perform(get("/kelola/layanan/" + p.nomor()).with(accounts.as(Demo.ADMIN))).andExpect(status().isOk());
		mvc.perform(post("/kelola/layanan/" + p.nomor() + "/aksi").with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("aksi", "TUTUP").param("catatan", "x")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT status FROM layanan_permintaan WHERE nomor = ?", String.class, p.nomor()))
			.isEqualTo("DI_KEPALA_DINAS");
		mvc.perform(post("/kelola/layanan/" + p.nomor() + "/kode-baru").with(csrf()).with(accounts.as(Demo.ADMIN)))
			.andExpect(status().isForbidden());
		// a logged-in user's own list holds only their own tickets
		mvc.perform(get("/kelola/permintaan-saya/" + p.nomor()).with(accounts.as(Demo.PENGGUNA)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aKepalaDinasOfAnotherOrganizationSeesNoneOfThisDesksTickets() throws Exception {
		Tiket p = LayananUji.ajukan(mvc, LayananUji.permintaan(LayananUji.penanda()));
		Tiket a = LayananUji.ajukan(mvc, LayananUji.pengaduan(LayananUji.penanda()));
		String kadisKota = accounts.newUser("kadis.kota", null);
		long id = jdbc.queryForObject("SELECT id FROM pengguna WHERE username = ?", Long.class, kadisKota);
		long kota = organisasi.organisasiDenganKodeWilayah("19.71").orElseThrow().id();
		long diskominfo = organisasi.unitBerjenis(kota, JenisUnit.WALIDATA).get(0).id();
		mvc.perform(post("/kelola/admin/pengguna/{id}/peran", id).with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("peran", "KEPALA_DINAS").param("organisasiId", String.valueOf(kota)).param("unitId", String.valueOf(diskominfo)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/akun/password").with(csrf()).with(accounts.as(kadisKota)).param("passwordLama", TestAccounts.PASSWORD)
			.param("passwordBaru", "Kadis-Kota-2026x").param("konfirmasi", "Kadis-Kota-2026x"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/kelola/layanan").with(accounts.as(kadisKota))).andExpect(status().isOk());
		mvc.perform(get("/kelola/layanan/" + p.nomor()).with(accounts.as(kadisKota))).andExpect(status().isForbidden());
		mvc.perform(get("/kelola/pengaduan/" + a.nomor()).with(accounts.as(kadisKota))).andExpect(status().isForbidden());
		mvc.perform(post("/kelola/layanan/" + p.nomor() + "/aksi").with(csrf()).with(accounts.as(kadisKota))
			.param("aksi", "DISPOSISI").param("catatan", "bukan urusan saya")).andExpect(status().isForbidden());
		mvc.perform(get("/kelola/timer-layanan").param("k", "P" + jdbc.queryForObject(
				"SELECT id FROM layanan_permintaan WHERE nomor = ?", Long.class, p.nomor())).with(accounts.as(kadisKota)))
			.andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.json("{}"));
		mvc.perform(get("/kelola/laporan-layanan").param("organisasiId", String.valueOf(
				organisasi.organisasiDenganKodeWilayah("19").orElseThrow().id())).with(accounts.as(kadisKota)))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("SELECT status FROM layanan_permintaan WHERE nomor = ?", String.class, p.nomor()))
			.isEqualTo("DI_KEPALA_DINAS");
		// the desk's own staff see the clock
		mvc.perform(get("/kelola/timer-layanan").param("k", "P" + jdbc.queryForObject(
				"SELECT id FROM layanan_permintaan WHERE nomor = ?", Long.class, p.nomor())).with(accounts.as(Demo.KADIS)))
			.andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
					"$.*.teks").exists());
	}

}
