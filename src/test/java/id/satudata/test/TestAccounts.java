package id.satudata.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;


/**
 * Object mother for accounts: creates users through the administrator's real pages (so every rule
 * and audit event applies) and acts as any seeded user.
 */
@TestComponent
public class TestAccounts {

	public static final String PASSWORD = "Sementara-2026x";
	private static final AtomicInteger SEQ = new AtomicInteger();

	private final MockMvc mvc;
	private final UserDetailsService users;

	public TestAccounts(MockMvc mvc, UserDetailsService users) {
		this.mvc = mvc;
		this.users = users;
	}

	/** Acts as the user, with their real roles (loaded like a login does). */
	public RequestPostProcessor as(String username) {
		UserDetails details = users.loadUserByUsername(username);
		return user(details);
	}

	/** Creates a user with a temporary password; optionally gives a role (peran, organisasiId, unitId). */
	public String newUser(String prefix, String[] role) throws Exception {
		String username = prefix + "." + System.nanoTime() % 1_000_000 + SEQ.incrementAndGet();
		mvc.perform(post("/kelola/admin/pengguna/baru").with(csrf()).with(as(Demo.ADMIN))
			.param("username", username).param("namaLengkap", "Uji " + prefix).param("password", PASSWORD))
			.andExpect(status().is3xxRedirection());
		return username;
	}

}
