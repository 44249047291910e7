package id.satudata.organisasi.operasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.test.IntegrationTest;

@IntegrationTest
class OperatorCommandsIT {

	@Autowired
	OperatorCommands commands;

	@Autowired
	OrganisasiDirectory directory;

	@Autowired
	MockMvc mvc;

	@Test
	void createsAnAdministratorAndTheOrganisationWithATemporaryPassword() throws Exception {
		String password = commands.buatAdmin("admin.jambi", "15");
		assertThat(password).hasSize(17);
		assertThat(directory.organisasiDenganKodeWilayah("15").orElseThrow().nama()).isEqualTo("Pemerintah Provinsi Jambi");
		mvc.perform(formLogin("/masuk").user("admin.jambi").password(password))
			.andExpect(authenticated().withRoles("ADMIN"))
			.andExpect(redirectedUrl("/kelola"));
		assertThatThrownBy(() -> commands.buatAdmin("admin.jambi", "15")).hasMessageContaining("already exists");
		assertThatThrownBy(() -> commands.buatAdmin("x y", "15")).hasMessageContaining("username");
		assertThatThrownBy(() -> commands.buatAdmin("admin.baru", "15.99")).hasMessageContaining("unknown");
	}

}
