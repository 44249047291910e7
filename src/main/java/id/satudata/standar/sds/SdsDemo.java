package id.satudata.standar.sds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.StartupOrder;
import id.satudata.shared.security.SystemActor;
import id.satudata.shared.storage.TempFiles;

/**
 * Demo content of the embedded installation: national-style standards loaded like an import
 * (Konsep, Variabel and the Klasifikasi "Jenis Kelamin"), owned by the national organization.
 * Skipped when the catalogue already holds standards.
 */
@Component
@Order(StartupOrder.LAINNYA)
class SdsDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SdsDemo.class);

	private final SatuDataProperties properties;
	private final StandarDataRepository standar;
	private final StandarImporter importer;
	private final OrganisasiDirectory organisasi;
	private final SystemActor system;
	private final TempFiles tempFiles;

	SdsDemo(SatuDataProperties properties, StandarDataRepository standar, StandarImporter importer,
			OrganisasiDirectory organisasi, SystemActor system, TempFiles tempFiles) {
		this.properties = properties;
		this.standar = standar;
		this.importer = importer;
		this.organisasi = organisasi;
		this.system = system;
		this.tempFiles = tempFiles;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo().enabled() || standar.count() > 0 || organisasi.organisasiDenganKodeWilayah("0").isEmpty()) {
			return;
		}
		Long pusat = organisasi.organisasiDenganKodeWilayah("0").map(o -> o.id()).orElse(null);
		Path file;
		try (InputStream in = new ClassPathResource("standar/demo/sds-demo.json").getInputStream()) {
			file = tempFiles.save(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		try {
			StandarImporter.Hasil hasil = system.run(() -> importer.impor(file, "sds-demo.json", "Badan Pusat Statistik", pusat));
			if (!hasil.ok()) {
				throw new IllegalStateException("Demo standards rejected: " + hasil.galat());
			}
		}
		finally {
			tempFiles.delete(file);
		}
		log.info("Demo standards seeded");
	}

}
