package id.satudata.layanan.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.PenggunaDirectory;
import id.satudata.organisasi.PenggunaRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.security.Penugasan;
import id.satudata.shared.security.Peran;
import id.satudata.shared.security.SatuDataUser;

/**
 * What the features' demo seeders share: where the demo content goes (the province of the demo
 * tree, when demo content is on and its accounts exist) and taking each step as the demo account
 * that holds it — through the real services, like a login of that account would — or as the
 * public without an account.
 */
@Component
public class DemoLayanan {

	private static final Logger log = LoggerFactory.getLogger(DemoLayanan.class);

	private final SatuDataProperties properties;
	private final OrganisasiDirectory organisasi;
	private final PenggunaDirectory pengguna;

	DemoLayanan(SatuDataProperties properties, OrganisasiDirectory organisasi, PenggunaDirectory pengguna) {
		this.properties = properties;
		this.organisasi = organisasi;
		this.pengguna = pengguna;
	}

	/**
	 * Seeds a feature's demo content into the demo province's organization, once: only when demo content
	 * is on and the feature has none yet ({@code sudahAda} of its objects exist).
	 */
	public void isiSekali(long sudahAda, LongConsumer isi, String apa) {
		if (sudahAda > 0) {
			return;
		}
		provinsi().ifPresent(org -> {
			isi.accept(org);
			log.info("Layanan demo content: {}", apa);
		});
	}

	/** The demo province's organization, or empty when there is to be no demo content. */
	private Optional<Long> provinsi() {
		Optional<OrganisasiRef> prov = organisasi.organisasiDenganKodeWilayah("19");
		if (!properties.demo().enabled() || prov.isEmpty() || pengguna.penggunaDenganUsername("kadis").isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(prov.get().id());
	}

	/** Runs as the demo account with its role in the organization's first unit of {@code jenisUnit}. */
	public <T> T sebagai(String username, Peran peran, long org, JenisUnit jenisUnit, Supplier<T> kerja) {
		UnitRef unit = organisasi.unitBerjenis(org, jenisUnit).stream().findFirst().orElseThrow();
		return sebagai(username, peran, org, unit, kerja);
	}

	/** Runs as the demo account with its role in {@code unit}. */
	public <T> T sebagai(String username, Peran peran, long org, UnitRef unit, Supplier<T> kerja) {
		PenggunaRef u = pengguna.penggunaDenganUsername(username).orElseThrow();
		SatuDataUser user = new SatuDataUser(u.id(), u.username(), u.namaLengkap(), null, true, true, false,
				List.of(new Penugasan(peran, org, unit.id())));
		return dengan(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), kerja);
	}

	/** Runs as the public, without an account. */
	public <T> T anonim(Supplier<T> kerja) {
		return dengan(null, kerja);
	}

	private static <T> T dengan(UsernamePasswordAuthenticationToken auth, Supplier<T> kerja) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(auth);
		SecurityContextHolder.setContext(context);
		try {
			return kerja.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
