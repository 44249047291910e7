package id.satudata.standar.usulan;

import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.StartupOrder;
import id.satudata.standar.JenisStandar;

/**
 * Demo content of the embedded installation, through the real service and the demo accounts: a
 * proposal of Kota Pangkal Pinang's education office waiting at the Walidata Provinsi. Runs after
 * the demo standards (the proposal is checked against them for similar names); skipped when a
 * proposal exists.
 */
@Component
@Order(StartupOrder.LAINNYA + 1)
class UsulanDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(UsulanDemo.class);

	private final SatuDataProperties properties;
	private final UsulanSdsRepository repository;
	private final UsulanSdsService usulan;
	private final OrganisasiDirectory organisasi;
	private final UserDetailsService users;

	UsulanDemo(SatuDataProperties properties, UsulanSdsRepository repository, UsulanSdsService usulan,
			OrganisasiDirectory organisasi, UserDetailsService users) {
		this.properties = properties;
		this.repository = repository;
		this.usulan = usulan;
		this.organisasi = organisasi;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo().enabled() || repository.count() > 0 || organisasi.organisasiDenganKodeWilayah("0").isEmpty()) {
			return;
		}
		usulanDiProvinsi();
		log.info("Demo SDS proposal seeded");
	}

	/** A variable proposed in Kota Pangkal Pinang, forwarded by its Walidata, now at the Walidata Provinsi. */
	private void usulanDiProvinsi() {
		UsulanSds u = sebagai("produsen.pangkalpinang", () -> {
			UsulanForm f = new UsulanForm();
			f.setJenis(JenisStandar.VARIABEL);
			f.setNama("Guru Bersertifikat Pendidik");
			f.setDefinisi("Guru pada satuan pendidikan yang telah memiliki sertifikat pendidik sebagai bukti formal pengakuan "
					+ "kompetensinya sebagai tenaga profesional.");
			f.setReferensi("Undang-Undang Nomor 14 Tahun 2005 tentang Guru dan Dosen");
			f.setUnitObservasi("Satuan pendidikan");
			f.setUkuran("Jumlah");
			f.setSatuan("orang");
			f.setSubjek("Pendidikan");
			f.setTipeData(id.satudata.datastore.ColumnType.BILANGAN_BULAT);
			f.setJenisValueDomain(id.satudata.standar.JenisValueDomain.RENTANG);
			f.setNilaiMin(java.math.BigDecimal.ZERO);
			f.setAturanValidasi("Bilangan bulat tidak negatif, tidak melebihi jumlah guru.");
			UsulanSds draf = usulan.buat(f);
			return usulan.jalankan(draf.getId(), AksiUsulan.AJUKAN, null, List.of(), null);
		});
		sebagai("walidata.pangkalpinang", () -> usulan.jalankan(u.getId(), AksiUsulan.TERUSKAN,
				"Kelengkapan dan kelayakan terpenuhi.", UsulanSdsService.checklist(JenisStandar.VARIABEL), null));
	}

	private <T> T sebagai(String username, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		UserDetails user = users.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
