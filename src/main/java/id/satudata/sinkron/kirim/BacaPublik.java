package id.satudata.sinkron.kirim;

import java.util.function.Supplier;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a catalog read as the anonymous public, whoever is signed in on this thread. */
final class BacaPublik {

	private BacaPublik() {
	}

	static <T> T baca(Supplier<T> baca) {
		SecurityContext saved = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
		try {
			return baca.get();
		}
		finally {
			SecurityContextHolder.setContext(saved);
		}
	}

}
