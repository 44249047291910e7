package id.satudata.perencanaan.monitoring;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import id.satudata.perencanaan.ProgresPengumpulan;
import id.satudata.perencanaan.internal.KatalogBaca;

/**
 * Where collection progress comes from: the {@link ProgresPengumpulan} bean of the collection
 * module when there is one, else the catalog ({@link ProgresDariKatalog}).
 */
@Component
public class SumberProgres {

	private final ObjectProvider<ProgresPengumpulan> spi;
	private final ProgresDariKatalog cadangan;

	SumberProgres(ObjectProvider<ProgresPengumpulan> spi, KatalogBaca katalog) {
		this.spi = spi;
		this.cadangan = new ProgresDariKatalog(katalog);
	}

	public ProgresPengumpulan aktif() {
		return spi.getIfAvailable(() -> cadangan);
	}

	/** Whether the catalog is the measure (no review-step times, compliance from metadata). */
	boolean dariKatalog() {
		return aktif() == cadangan;
	}

}
