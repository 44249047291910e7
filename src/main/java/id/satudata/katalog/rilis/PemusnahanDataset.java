package id.satudata.katalog.rilis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.satudata.datastore.Datastore;
import id.satudata.datastore.TableRef;
import id.satudata.katalog.dataset.Dataset;
import id.satudata.katalog.dataset.DatasetRepository;
import id.satudata.katalog.internal.KatalogAkses;
import id.satudata.katalog.lampiran.Lampiran;
import id.satudata.katalog.lampiran.LampiranRepository;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.storage.FileStore;

/**
 * Purging a dataset (CKAN's {@code dataset_purge}): the dataset, every release and attachment are
 * removed from the database and, once that is committed, their tables and files from storage. Only
 * administrators may; the audit record (kept) says what went.
 */
@Service
public class PemusnahanDataset {

	private final DatasetRepository datasets;
	private final RilisRepository rilisRepository;
	private final LampiranRepository lampiranRepository;
	private final RilisService rilisService;
	private final KatalogAkses akses;
	private final Datastore datastore;
	private final FileStore fileStore;
	private final Audit audit;

	PemusnahanDataset(DatasetRepository datasets, RilisRepository rilisRepository, LampiranRepository lampiranRepository,
			RilisService rilisService, KatalogAkses akses, Datastore datastore, FileStore fileStore, Audit audit) {
		this.datasets = datasets;
		this.rilisRepository = rilisRepository;
		this.lampiranRepository = lampiranRepository;
		this.rilisService = rilisService;
		this.akses = akses;
		this.datastore = datastore;
		this.fileStore = fileStore;
		this.audit = audit;
	}

	@Transactional
	public void musnahkan(Dataset d) {
		if (!akses.lingkup().admin()) {
			throw new AccessDeniedException("Only administrators purge datasets");
		}
		List<Rilis> rilis = rilisRepository.findByDatasetIdInOrderByPeriodeDescVersiDesc(List.of(d.getId()));
		List<Lampiran> lampiran = new ArrayList<>(lampiranRepository.findByDatasetIdInOrderByDibuatPadaAsc(List.of(
				d.getId())));
		if (!rilis.isEmpty()) {
			lampiran.addAll(lampiranRepository.findByRilisIdInOrderByDibuatPadaAsc(rilis.stream().map(Rilis::getId)
				.toList()));
		}
		List<TableRef> tables = new ArrayList<>();
		List<String> files = new ArrayList<>();
		lampiran.forEach(l -> {
			if (l.getStorageKey() != null) {
				files.add(l.getStorageKey());
			}
			lampiranRepository.delete(l);
		});
		rilis.forEach(r -> {
			tables.add(new TableRef(r.getStorageKey(), rilisService.schemaOf(r), r.getJumlahBaris()));
			rilisRepository.delete(r);
		});
		audit.record("dataset.dimusnahkan", "Dataset", d.getId(), d.getSlug() + ": " + d.getJudul() + " ("
				+ rilis.size() + " rilis, " + lampiran.size() + " lampiran)");
		datasets.delete(d);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					tables.forEach(datastore::delete);
					files.forEach(PemusnahanDataset.this::hapusBerkas);
				}
			}
		});
	}

	private void hapusBerkas(String key) {
		try {
			fileStore.delete(key);
		}
		catch (IOException e) {
			LoggerFactory.getLogger(PemusnahanDataset.class).warn("Could not delete attachment file {}: {}", key,
					e.getMessage());
		}
	}

}
