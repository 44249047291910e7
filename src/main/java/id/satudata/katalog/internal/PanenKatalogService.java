package id.satudata.katalog.internal;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.AsalPanen;
import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.HasilUnggahan;
import id.satudata.katalog.MetadataDataset;
import id.satudata.katalog.PanenKatalog;
import id.satudata.katalog.UnggahRilis;
import id.satudata.katalog.dataset.Dataset;
import id.satudata.katalog.dataset.DatasetForm;
import id.satudata.katalog.dataset.DatasetRepository;
import id.satudata.katalog.dataset.DatasetService;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.SystemActor;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * {@link PanenKatalog}: harvested datasets changed by the platform, within {@link PanenScope} (the
 * only way past their read-only rule), through the same validated services as the back office.
 */
@Service
@Transactional(readOnly = true)
class PanenKatalogService implements PanenKatalog {

	private final DatasetRepository datasets;
	private final DatasetService datasetService;
	private final KelolaKatalogService kelola;
	private final SystemActor system;
	private final Audit audit;

	PanenKatalogService(DatasetRepository datasets, DatasetService datasetService, KelolaKatalogService kelola,
			SystemActor system, Audit audit) {
		this.datasets = datasets;
		this.datasetService = datasetService;
		this.kelola = kelola;
		this.system = system;
		this.audit = audit;
	}

	@Override
	public Optional<DatasetRingkas> dataset(long sumberId, String idAsal) {
		return datasets.findByPanenSumberIdAndPanenIdAsal(sumberId, idAsal).map(Dataset::ringkas);
	}

	@Override
	@Transactional
	public DatasetRingkas simpan(AsalPanen asal, MetadataDataset m) {
		return PanenScope.run(() -> system.run(() -> {
			Optional<Dataset> ada = datasets.findByPanenSumberIdAndPanenIdAsal(asal.sumberId(), asal.idAsal());
			Dataset d;
			if (ada.isEmpty()) {
				Optional<Dataset> bentrok = m.slug() == null ? Optional.empty() : datasets.findBySlug(m.slug().strip());
				if (bentrok.isPresent()) {
					// never overwrite a local dataset, nor another source's
					throw new UserFacingException(HttpStatus.CONFLICT, "dataset.galat.panenBentrok", m.slug());
				}
				DatasetForm f = new DatasetForm();
				kelola.apply(f, m);
				kelola.validate(f);
				d = datasetService.buat(f);
				d.tandaiPanen(asal.sumberId(), asal.sumberNama(), asal.idAsal(), asal.tautan());
				audit.record("dataset.dipanen", "Dataset", d.getId(), d.getSlug() + " ← " + asal.sumberNama() + " ("
						+ asal.idAsal() + ")");
			}
			else {
				d = ada.get();
				DatasetForm f = DatasetForm.of(d);
				f.setVersion(null);
				kelola.apply(f, new MetadataDataset(null, m.judul(), m.deskripsi(), m.produsen(), m.topik(),
						m.jenisData(), m.tingkatPenyajian(), m.cakupanWilayah(), m.frekuensi(), m.satuan(), m.lisensi(),
						m.akses(), m.dataPrioritas(), m.dataInduk(), m.kontakNama(), m.kontakEmail(), m.standarData(),
						m.kataKunci()));
				kelola.validate(f);
				datasetService.ubah(d.getSlug(), f);
				if (d.isDihapus()) {
					datasetService.ubahStatus(d, false);
				}
				d.tandaiPanen(asal.sumberId(), asal.sumberNama(), asal.idAsal(), asal.tautan());
			}
			return d.ringkas();
		}));
	}

	@Override
	@Transactional
	public boolean tarik(long sumberId, String idAsal) {
		Dataset d = datasets.findByPanenSumberIdAndPanenIdAsal(sumberId, idAsal)
			.orElseThrow(() -> new NotFoundException("dataset.galat.tidakAda"));
		if (d.isDihapus()) {
			return false;
		}
		PanenScope.run(() -> system.run(() -> datasetService.ubahStatus(d, true)));
		return true;
	}

	@Override
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public HasilUnggahan unggahTabel(long sumberId, String idAsal, UnggahRilis unggah) {
		Dataset d = datasets.findByPanenSumberIdAndPanenIdAsal(sumberId, idAsal)
			.orElseThrow(() -> new NotFoundException("dataset.galat.tidakAda"));
		// its own transaction (KelolaKatalogService's): a refused table leaves nothing behind
		return PanenScope.run(() -> system.run(() -> kelola.unggahRilis(d.getSlug(), unggah)));
	}

	@Override
	public Optional<AsalPanen> asal(String slug) {
		return datasets.findBySlug(slug).filter(Dataset::isDipanen)
			.map(d -> new AsalPanen(d.getPanenSumberId(), d.getPanenSumberNama(), d.getPanenIdAsal(), d.getPanenTautan()));
	}

}
