package id.satudata.referensi.padanan;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.kode.DaftarKode;
import id.satudata.referensi.kode.DaftarKodeRepository;
import id.satudata.referensi.kode.ReferensiStartup;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.StartupOrder;
import id.satudata.shared.audit.Audit;

/**
 * On the demo installation, the crosswalk of the BPS kab/kota codes of Bangka Belitung to the
 * Kemendagri codes, once {@link ReferensiStartup} has loaded both lists.
 */
@Component
@Order(StartupOrder.REFERENSI + 1)
class PadananDemo implements ApplicationRunner {

	static final String PADANAN_BABEL = "bps-kemendagri-babel";

	private final PadananRepository padananRepository;
	private final PadananStore padananStore;
	private final DaftarKodeRepository daftarRepository;
	private final TransactionTemplate transaction;
	private final SatuDataProperties properties;
	private final Audit audit;
	private final Clock clock;

	PadananDemo(PadananRepository padananRepository, PadananStore padananStore, DaftarKodeRepository daftarRepository,
			TransactionTemplate transaction, SatuDataProperties properties, Audit audit, Clock clock) {
		this.padananRepository = padananRepository;
		this.padananStore = padananStore;
		this.daftarRepository = daftarRepository;
		this.transaction = transaction;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo().enabled() || padananRepository.existsBySlug(PADANAN_BABEL)) {
			return;
		}
		Optional<DaftarKode> bps = daftarRepository.findBySlug(ReferensiStartup.BPS_BABEL);
		Optional<DaftarKode> wilayah = daftarRepository.findBySlug(KodeReferensiLookup.WILAYAH);
		if (bps.isEmpty() || wilayah.isEmpty()) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			Padanan padanan = padananRepository.save(new Padanan(PADANAN_BABEL,
					"Padanan Kode Wilayah BPS – Kemendagri (Kepulauan Bangka Belitung)",
					"Padanan kode wilayah BPS dengan kode wilayah Kemendagri untuk provinsi dan kabupaten/kota.",
					bps.get().getId(), wilayah.get().getId(), null, clock.instant()));
			// BPS and Kemendagri number two kabupaten the other way round: BPS 1903 Bangka Barat is
			// Kemendagri 19.05, BPS 1905 Bangka Selatan is 19.03
			padananStore.insert(padanan.getId(), List.of(new String[] { "19", "19", null },
					new String[] { "1901", "19.01", null }, new String[] { "1902", "19.02", null },
					new String[] { "1903", "19.05", null }, new String[] { "1904", "19.04", null },
					new String[] { "1905", "19.03", null }, new String[] { "1906", "19.06", null },
					new String[] { "1971", "19.71", null }));
			padanan.setJumlahPasangan(8, clock.instant());
			audit.recordAs("sistem", "padanan.dibuat", "PadananKode", PADANAN_BABEL, "Data demo");
		});
	}

}
