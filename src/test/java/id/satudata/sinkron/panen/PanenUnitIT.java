package id.satudata.sinkron.panen;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * The harvest form's producer list ({@code /kelola/panen/unit}, read by its script, and {@code ?organisasiId=}
 * on the form): a Walidata gets only the organizations they manage; each producer is named with its
 * organization.
 */
@IntegrationTest
class PanenUnitIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrganisasiDirectory organisasi;

	@Test
	void theProducerListIsOnlyForOrganizationsTheCallerManages() throws Exception {
		long kota = organisasi.organisasiDenganKodeWilayah("19.71").orElseThrow().id();
		long provinsi = organisasi.organisasiDenganKodeWilayah("19").orElseThrow().id();
		String namaKota = organisasi.organisasi(kota).orElseThrow().nama();

		mvc.perform(get("/kelola/panen/unit").param("organisasiId", String.valueOf(kota))
			.with(accounts.as(Demo.WALIDATA_PANGKALPINANG)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[*].nama", Matchers.everyItem(Matchers.endsWith(" — " + namaKota))));
		mvc.perform(get("/kelola/panen/unit").param("organisasiId", String.valueOf(provinsi))
			.with(accounts.as(Demo.WALIDATA_PANGKALPINANG)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/kelola/panen/unit").param("organisasiId", "abc").with(accounts.as(Demo.ADMIN)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/kelola/panen/unit").param("organisasiId", String.valueOf(kota)).with(accounts.as(Demo.PRODUSEN)))
			.andExpect(status().isForbidden());

		// without a script: the form opened for an organization lists that organization's producers
		mvc.perform(get("/kelola/panen/baru").param("organisasiId", String.valueOf(kota)).with(accounts.as(Demo.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Dinas Kesehatan Kota Pangkal Pinang — " + namaKota)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Dinas Sosial — "))));
	}

}
