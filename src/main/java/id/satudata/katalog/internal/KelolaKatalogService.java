package id.satudata.katalog.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import id.satudata.datastore.InferredSchema;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.DrafRilis;
import id.satudata.katalog.HasilUnggahan;
import id.satudata.katalog.KelolaKatalog;
import id.satudata.katalog.LampiranBaru;
import id.satudata.katalog.LampiranView;
import id.satudata.katalog.MetadataDataset;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.UnggahRilis;
import id.satudata.katalog.dataset.Dataset;
import id.satudata.katalog.dataset.DatasetForm;
import id.satudata.katalog.dataset.DatasetRepository;
import id.satudata.katalog.dataset.DatasetService;
import id.satudata.katalog.dataset.SkemaService;
import id.satudata.katalog.lampiran.LampiranService;
import id.satudata.katalog.rilis.PemusnahanDataset;
import id.satudata.katalog.rilis.Rilis;
import id.satudata.katalog.rilis.RilisRepository;
import id.satudata.katalog.rilis.RilisService;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.SystemActor;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.InvalidFieldsException;
import id.satudata.shared.web.NotFoundException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * {@link KelolaKatalog} over the services of datasets, schemas, releases and attachments: turns other
 * modules' requests into the same validated changes the back office makes, all-or-nothing per call.
 */
@Service
@Transactional(readOnly = true)
class KelolaKatalogService implements KelolaKatalog {

	private static final Logger log = LoggerFactory.getLogger(KelolaKatalogService.class);

	private final DatasetService datasetService;
	private final SkemaService skemaService;
	private final RilisService rilisService;
	private final LampiranService lampiranService;
	private final KatalogService katalog;
	private final DatasetRepository datasets;
	private final RilisRepository rilisRepository;
	private final KatalogAkses akses;
	private final OrganisasiDirectory organisasi;
	private final Validator validator;
	private final SystemActor system;
	private final Audit audit;
	private final Clock clock;
	private final PemusnahanDataset pemusnahan;

	KelolaKatalogService(PemusnahanDataset pemusnahan, DatasetService datasetService, SkemaService skemaService, RilisService rilisService,
			LampiranService lampiranService, KatalogService katalog, DatasetRepository datasets,
			RilisRepository rilisRepository, KatalogAkses akses, OrganisasiDirectory organisasi, Validator validator,
			SystemActor system, Audit audit, Clock clock) {
		this.pemusnahan = pemusnahan;
		this.system = system;
		this.audit = audit;
		this.clock = clock;
		this.datasetService = datasetService;
		this.skemaService = skemaService;
		this.rilisService = rilisService;
		this.lampiranService = lampiranService;
		this.katalog = katalog;
		this.datasets = datasets;
		this.rilisRepository = rilisRepository;
		this.akses = akses;
		this.organisasi = organisasi;
		this.validator = validator;
	}

	@Override
	@Transactional
	public DatasetDetail buat(MetadataDataset m) {
		DatasetForm f = new DatasetForm();
		if (m.produsen() == null || m.produsen().isBlank()) {
			throw new InvalidFieldException("produsenUnitId", "validasi.wajib");
		}
		apply(f, m);
		validate(f);
		Dataset d = datasetService.buat(f);
		return katalog.detail(d, akses.lingkup());
	}

	@Override
	@Transactional
	public DatasetDetail ubah(String slugAtauId, MetadataDataset m) {
		Dataset d = find(slugAtauId);
		if (m.slug() != null && !m.slug().equals(d.getSlug())) {
			throw new InvalidFieldException("slug", "dataset.galat.slugTetap");
		}
		DatasetForm f = DatasetForm.of(d);
		f.setVersion(null);
		apply(f, m);
		validate(f);
		datasetService.ubah(d.getSlug(), f);
		return katalog.detail(d, akses.lingkup());
	}

	@Override
	@Transactional
	public HasilUnggahan unggahRilis(String slugAtauId, UnggahRilis u) {
		long t0 = System.nanoTime();
		Dataset d = find(slugAtauId);
		long inferred = 0;
		if (d.skema().isEmpty() && u.skemaDariBerkas()) {
			InferredSchema schema = skemaService.usulkan(d.getSlug(), u.berkas(), u.opsi());
			skemaService.ubah(d.getSlug(), schema.columns());
			inferred = System.nanoTime();
		}
		long t1 = System.nanoTime();
		RilisService.Unggahan up = rilisService.unggah(d.getSlug(), u.berkas(), u.namaBerkas(), u.periode(),
				u.catatan(), u.opsi());
		if (up.rilis() == null) {
			// nothing of this call stays: not the schema taken from the file either
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new HasilUnggahan(up.impor(), null);
		}
		Rilis r = up.rilis();
		long t2 = System.nanoTime();
		if (u.terbitkan()) {
			rilisService.terbitkan(r.getUuid());
		}
		// where an upload's time goes (issue 18): the schema taken from the file, the import, publication
		log.info("Release upload to {}: schema inferred in {} ms, imported in {} ms, published in {} ms", d.getSlug(),
				inferred == 0 ? 0 : (inferred - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
		return new HasilUnggahan(up.impor(), r.view(List.of(), r.terbit()));
	}

	@Override
	@Transactional
	public RilisView rilisDraf(long datasetId, DrafRilis draf) {
		Rilis r = rilisService.simpanDraf(datasetId, draf);
		return r.view(List.of(), false);
	}

	@Override
	@Transactional
	public LampiranView lampirkan(String slugAtauId, LampiranBaru l) {
		Dataset d = find(slugAtauId);
		String rilis = l.rilisUuid();
		if (rilis == null) {
			Optional<String> newest = rilisRepository.findFirstByDatasetIdOrderByDibuatPadaDescPeriodeDescVersiDesc(d.getId())
				.map(Rilis::getUuid);
			if (newest.isEmpty() && l.jenis() == id.satudata.katalog.JenisLampiran.TAUTAN) {
				// a dataset without a release yet holds a link itself
				return lampiranService.tautkanKeDataset(d.getSlug(), l.nama(), l.deskripsi(), l.url()).view();
			}
			rilis = newest.orElseThrow(() -> new InvalidFieldException("rilis", "lampiran.galat.tanpaRilis"));
		}
		else if (rilisRepository.findByUuid(rilis).filter(r -> r.getDatasetId() == d.getId()).isEmpty()) {
			throw new InvalidFieldException("rilis", "rilis.galat.tidakAda");
		}
		return lampiranService.lampirkan(rilis, l.nama(), l.deskripsi(), l.jenis(), l.url(), l.berkas(), l.namaBerkas(),
				l.tipeMime()).view();
	}

	@Override
	@Transactional
	public DatasetDetail ubahStatus(String slugAtauId, boolean dihapus) {
		Dataset d = datasetService.ubahStatus(find(slugAtauId), dihapus);
		return katalog.detail(d, akses.lingkup());
	}

	@Override
	@Transactional
	public void musnahkan(String slugAtauId) {
		pemusnahan.musnahkan(find(slugAtauId));
	}

	@Override
	@Transactional
	public LampiranView ubahLampiran(String lampiranUuid, String nama, String deskripsi, String url) {
		return lampiranService.ubah(lampiranUuid, nama, deskripsi, url).view();
	}

	@Override
	@Transactional
	public void hapusLampiran(String lampiranUuid) {
		lampiranService.hapus(lampiranUuid);
	}

	@Override
	@Transactional
	public RilisView hapusRilis(String rilisUuid) {
		Rilis r = rilisService.rilis(rilisUuid);
		Dataset d = datasetService.kelolaan(datasets.findById(r.getDatasetId()).orElseThrow());
		return switch (r.getStatus()) {
			case DRAFT -> rilisService.hapusDraf(d.getSlug(), rilisUuid).view(List.of(), false);
			case TERBIT -> rilisService.tarik(rilisUuid).view(List.of(), false);
			default -> r.view(List.of(), false);
		};
	}

	@Override
	@Transactional
	public RilisView terbitkan(String rilisUuid) {
		Rilis r = rilisService.terbitkan(rilisUuid);
		return r.view(List.of(), true);
	}

	@Override
	@Transactional
	public RilisView tarik(String rilisUuid) {
		Rilis r = rilisService.tarik(rilisUuid);
		return r.view(List.of(), false);
	}

	@Override
	@Transactional
	public DatasetRingkas untukDaftarData(long daftarDataId, Long datasetId, MetadataDataset m) {
		if (m == null || m.produsen() == null || !m.produsen().strip().matches("\\d{1,18}")) {
			throw new InvalidFieldException("produsenUnitId", "validasi.wajib");
		}
		UnitRef unit = organisasi.unit(Long.parseLong(m.produsen().strip()))
			.orElseThrow(() -> new InvalidFieldException("produsenUnitId", "unit.galat.tidakAda"));
		Dataset d;
		if (datasetId != null) {
			d = datasets.findById(datasetId).orElseThrow(() -> new NotFoundException("dataset.galat.tidakAda"));
			if (d.getOrganisasiId() != unit.organisasiId()) {
				throw new InvalidFieldException("datasetId", "dataset.galat.produsenLain");
			}
			if (m.dataPrioritas() != null && m.dataPrioritas() != d.isDataPrioritas()) {
				DatasetForm f = DatasetForm.of(d);
				f.setDataPrioritas(m.dataPrioritas());
				d.ubahMetadata(f, clock.instant());
			}
		}
		else {
			DatasetForm f = new DatasetForm();
			apply(f, m);
			validate(f);
			// the Forum decided: the platform makes the dataset, as it does at start-up
			d = system.run(() -> datasetService.buat(f));
		}
		d.tautkan(daftarDataId, d.getMetadataStatistikId());
		audit.record("dataset.ditautkanDaftarData", "Dataset", d.getId(), d.getSlug() + " ↔ Daftar Data #" + daftarDataId
				+ (datasetId == null ? " (dibuat)" : ""));
		return d.ringkas();
	}

	// ---- helpers ------------------------------------------------------------------------------

	private Dataset find(String slugAtauId) {
		Dataset d = katalog.cari(slugAtauId).orElseThrow(() -> new NotFoundException("dataset.galat.tidakAda"));
		// those who may not see it learn nothing about it
		if (!akses.bolehLihat(d, akses.lingkup())) {
			throw new NotFoundException("dataset.galat.tidakAda");
		}
		return d;
	}

	void apply(DatasetForm f, MetadataDataset m) {
		if (m.slug() != null) {
			f.setSlug(m.slug().strip());
		}
		if (m.judul() != null) {
			f.setJudul(m.judul());
		}
		if (m.deskripsi() != null) {
			f.setDeskripsi(m.deskripsi());
		}
		if (m.produsen() != null) {
			f.setProdusenUnitId(produsen(m.produsen().strip()));
		}
		if (m.topik() != null) {
			f.setTopik(m.topik());
		}
		if (m.jenisData() != null) {
			f.setJenisData(m.jenisData());
		}
		if (m.tingkatPenyajian() != null) {
			f.setTingkatPenyajian(m.tingkatPenyajian());
		}
		if (m.cakupanWilayah() != null) {
			f.setCakupanWilayah(m.cakupanWilayah());
		}
		if (m.frekuensi() != null) {
			f.setFrekuensi(m.frekuensi());
		}
		if (m.satuan() != null) {
			f.setSatuan(m.satuan());
		}
		if (m.lisensi() != null) {
			f.setLisensi(m.lisensi());
		}
		if (m.akses() != null) {
			f.setAkses(m.akses());
		}
		if (m.dataPrioritas() != null) {
			f.setDataPrioritas(m.dataPrioritas());
		}
		if (m.dataInduk() != null) {
			f.setDataInduk(m.dataInduk());
		}
		if (m.kontakNama() != null) {
			f.setKontakNama(m.kontakNama());
		}
		if (m.kontakEmail() != null) {
			f.setKontakEmail(m.kontakEmail());
		}
		if (m.standarData() != null) {
			f.setStandarData(m.standarData());
		}
		if (m.kataKunci() != null) {
			f.setKataKunci(String.join(", ", m.kataKunci()));
		}
	}

	/** A producer by numeric unit id, by its uuid (the CKAN organization id) or by its catalog slug. */
	private Long produsen(String value) {
		if (value.matches("\\d{1,18}")) {
			return Long.parseLong(value);
		}
		for (UnitRef u : organisasi.semuaUnitBerjenis(JenisUnit.PRODUSEN_DATA)) {
			if (value.equalsIgnoreCase(u.uuid())) {
				return u.id();
			}
			Optional<OrganisasiRef> org = organisasi.organisasi(u.organisasiId());
			if (org.isPresent() && Slugs.produsen(u, org.get()).equals(value)) {
				return u.id();
			}
		}
		throw new InvalidFieldException("produsenUnitId", "dataset.galat.produsenTidakAda", value);
	}

	void validate(DatasetForm f) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (ConstraintViolation<DatasetForm> v : validator.validate(f)) {
			errors.computeIfAbsent(v.getPropertyPath().toString(), k -> new ArrayList<>()).add(v.getMessage());
		}
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
	}

}
