package id.satudata.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * A Daftar Data entry owns metadata statistik forms (owner kind DAFTAR_DATA): its producer fills
 * them in, the planning roles of its organization read them, an OPD elsewhere does not see them.
 */
@IntegrationTest
class MetadataEntriIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theEntrysProducerCreatesItsMsKegAndOthersReadOrAreRefused() throws Exception {
		// a demo entry of the provincial Disdukcapil (the demo producer's OPD)
		long entri = jdbc.queryForObject("SELECT e.id FROM daftar_data_entri e JOIN unit u ON u.id = e.produsen_unit_id "
				+ "WHERE u.singkatan = 'Disdukcapil' ORDER BY e.id FETCH FIRST 1 ROWS ONLY", Long.class);
		String page = "/kelola/metadata/pemilik/DAFTAR_DATA/" + entri;
		assertThat(mvc.perform(get(page).with(accounts.as(Demo.PRODUSEN))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		String location = mvc.perform(post(page).with(csrf()).with(accounts.as(Demo.PRODUSEN)).param("formulir", "MS_KEGIATAN")
			.param("tahun", "2026").param("judul", "Registrasi Penduduk 2026")).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/kelola/metadata/\\d+.*");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM metadata_statistik WHERE pemilik_jenis = 'DAFTAR_DATA' "
				+ "AND pemilik_id = ?", Long.class, String.valueOf(entri))).isEqualTo(1L);
		// the Walidata reads it; a producer of another OPD cannot create one
		assertThat(mvc.perform(get(page).with(accounts.as(Demo.WALIDATA))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		int other = mvc.perform(post(page).with(csrf()).with(accounts.as(Demo.PRODUSEN_DINKES)).param("formulir", "MS_KEGIATAN")
			.param("tahun", "2026")).andReturn().getResponse().getStatus();
		assertThat(other).isIn(302, 403, 404);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM metadata_statistik WHERE pemilik_jenis = 'DAFTAR_DATA' "
				+ "AND pemilik_id = ?", Long.class, String.valueOf(entri))).as("nothing created by the other OPD").isEqualTo(1L);
		// a Walidata of another organization does not see the entry's forms
		assertThat(mvc.perform(get(page).with(accounts.as(Demo.WALIDATA_PANGKALPINANG))).andReturn().getResponse().getStatus())
			.isIn(403, 404);
	}

}
