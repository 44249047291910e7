package id.satudata.perencanaan.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.perencanaan.daftardata.DemoDaftarData;
import id.satudata.perencanaan.forum.DemoForum;
import id.satudata.perencanaan.prioritas.DemoPrioritas;
import id.satudata.perencanaan.rencanaaksi.DemoRencanaAksi;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.StartupOrder;

/**
 * Demo content on the embedded installation, seeded in the order the process runs, by each
 * feature's seeder: the 2026 Daftar Data of Provinsi Kepulauan Bangka Belitung (entries of several
 * OPDs, the two provincial demo datasets linked, some approved, some waiting, some drafts, one
 * rejected as a duplicate), Bappeda's priority recommendations, the Forum session that decided them
 * (its berita acara is generated on demand), the Rencana Aksi it agreed, and the national and Kota
 * Pangkal Pinang lists submitted for their forums. Every step runs as the demo account whose job it
 * is ({@link DemoAkun}) through the real services, so history and audit read as they would. The
 * texts are illustrative plans, not statistics. Skipped when the province's 2026 list exists.
 */
@Component
@Order(StartupOrder.LAINNYA)
class DemoPerencanaan implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPerencanaan.class);

	/** The year the demo plans. */
	static final int TAHUN = 2026;

	private final SatuDataProperties properties;
	private final OrganisasiDirectory organisasi;
	private final DemoDaftarData daftarData;
	private final DemoPrioritas prioritas;
	private final DemoForum forum;
	private final DemoRencanaAksi rencanaAksi;

	DemoPerencanaan(SatuDataProperties properties, OrganisasiDirectory organisasi, DemoDaftarData daftarData,
			DemoPrioritas prioritas, DemoForum forum, DemoRencanaAksi rencanaAksi) {
		this.properties = properties;
		this.organisasi = organisasi;
		this.daftarData = daftarData;
		this.prioritas = prioritas;
		this.forum = forum;
		this.rencanaAksi = rencanaAksi;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo().enabled()) {
			return;
		}
		Optional<OrganisasiRef> provinsi = organisasi.organisasiDenganKodeWilayah("19");
		if (provinsi.isEmpty() || daftarData.sudahAda(provinsi.get().id(), TAHUN)) {
			return;
		}
		try {
			Map<String, Long> entri = daftarData.provinsi(provinsi.get(), TAHUN);
			prioritas.rekomendasikan(entri);
			List<Long> tindakLanjut = forum.sesiProvinsi(provinsi.get(), TAHUN, entri);
			rencanaAksi.mulai(tindakLanjut);
			organisasi.organisasiDenganKodeWilayah("0").ifPresent(o -> daftarData.nasional(o, TAHUN));
			organisasi.organisasiDenganKodeWilayah("19.71").ifPresent(o -> daftarData.pangkalPinang(o, TAHUN));
			log.info("Demo planning: Daftar Data {} of the province, its Forum session and Rencana Aksi seeded", TAHUN);
		}
		catch (UsernameNotFoundException e) {
			log.warn("Demo planning skipped: demo account missing ({})", e.getMessage());
		}
	}

}
