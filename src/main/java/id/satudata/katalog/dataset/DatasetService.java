package id.satudata.katalog.dataset;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.internal.KatalogAkses;
import id.satudata.katalog.internal.Slugs;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * Datasets and their metadata: creating, changing, and the datasets a caller manages. Every change
 * is checked against {@link KatalogAkses} and audited. The schema: {@link SkemaService}.
 */
@Service
@Transactional(readOnly = true)
public class DatasetService {

	/** The Kode Referensi list of topics (CKAN groups). */
	public static final String TOPIK = "topik-data";

	private final DatasetRepository datasets;
	private final KatalogAkses akses;
	private final OrganisasiDirectory organisasi;
	private final KodeReferensiLookup kodeReferensi;
	private final Audit audit;
	private final Clock clock;

	DatasetService(DatasetRepository datasets, KatalogAkses akses, OrganisasiDirectory organisasi,
			KodeReferensiLookup kodeReferensi, Audit audit, Clock clock) {
		this.datasets = datasets;
		this.akses = akses;
		this.organisasi = organisasi;
		this.kodeReferensi = kodeReferensi;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Dataset buat(DatasetForm form) {
		UnitRef produsen = produsen(form.getProdusenUnitId());
		if (!akses.bolehBuat(produsen.organisasiId(), akses.lingkup())) {
			throw new AccessDeniedException("Not the Walidata of this organization");
		}
		OrganisasiRef org = organisasi.organisasi(produsen.organisasiId()).orElseThrow();
		periksaMetadata(form);
		String slug = form.getSlug() == null || form.getSlug().isBlank() ? uniqueSlug(Slugs.of(form.getJudul(), 100))
				: form.getSlug().strip();
		if (datasets.existsBySlug(slug)) {
			throw new InvalidFieldException("slug", "dataset.galat.slugSudahAda", slug);
		}
		Long walidata = organisasi.unitBerjenis(org.id(), JenisUnit.WALIDATA).stream().filter(UnitRef::aktif)
			.map(UnitRef::id).findFirst().orElse(null);
		Instant now = clock.instant();
		Dataset d = new Dataset(slug, org.id(), produsen.id(), Slugs.produsen(produsen, org), produsen.nama(), walidata,
				now);
		d.ubahMetadata(form, now);
		d = datasets.save(d);
		audit.record("dataset.dibuat", "Dataset", d.getId(), slug + ": " + d.getJudul());
		return d;
	}

	@Transactional
	public Dataset ubah(String slug, DatasetForm form) {
		Dataset d = kelolaan(slug);
		if (form.getVersion() != null && form.getVersion() != d.getVersion()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
		periksaMetadata(form);
		if (form.getProdusenUnitId() != null && form.getProdusenUnitId() != d.getProdusenUnitId()) {
			UnitRef produsen = produsen(form.getProdusenUnitId());
			if (produsen.organisasiId() != d.getOrganisasiId()) {
				throw new InvalidFieldException("produsenUnitId", "dataset.galat.produsenLain");
			}
			d.gantiProdusen(produsen.id(), Slugs.produsen(produsen, organisasi.organisasi(produsen.organisasiId())
				.orElseThrow()), produsen.nama());
		}
		String aksesSebelum = d.getAkses().name();
		boolean stubSebelum = d.isStubDapatDimohon();
		d.ubahMetadata(form, clock.instant());
		audit.record("dataset.diubah", "Dataset", d.getId(), slug + (aksesSebelum.equals(d.getAkses().name()) ? ""
				: ", akses " + aksesSebelum + " → " + d.getAkses())
				+ (stubSebelum == d.isStubDapatDimohon() ? "" : ", ringkasan untuk permohonan PPID "
						+ (d.isStubDapatDimohon() ? "ditampilkan" : "disembunyikan")));
		return d;
	}

	/**
	 * Deletes (CKAN's package_delete) or restores a dataset the caller manages: a deleted dataset is hidden
	 * from everyone who may not see its drafts, and comes back as it was when restored. Audited.
	 */
	@Transactional
	public Dataset ubahStatus(Dataset dataset, boolean dihapus) {
		Dataset d = kelolaan(dataset);
		if (d.isDihapus() == dihapus) {
			return d;
		}
		if (dihapus) {
			d.hapus(clock.instant());
		}
		else {
			d.pulihkan(clock.instant());
		}
		audit.record(dihapus ? "dataset.dihapus" : "dataset.dipulihkan", "Dataset", d.getId(), d.getSlug() + ": "
				+ d.getJudul());
		return d;
	}

	/** A dataset the caller manages (one they may not manage is refused, one that does not exist not found). */
	public Dataset kelolaan(String slug) {
		return kelolaan(datasets.findBySlug(slug).orElseThrow(() -> new NotFoundException("dataset.galat.tidakAda")));
	}

	/** The dataset, if the caller manages it. */
	public Dataset kelolaan(Dataset d) {
		if (d.isDipanen() && !id.satudata.katalog.internal.PanenScope.aktif()
				&& akses.bolehLihatDraf(d, akses.lingkup())) {
			throw new UserFacingException(HttpStatus.CONFLICT, "dataset.galat.dipanen", d.getPanenSumberNama());
		}
		if (!akses.bolehKelola(d, akses.lingkup())) {
			throw new AccessDeniedException("Not allowed to manage this dataset");
		}
		return d;
	}

	/** A page of the datasets the caller manages whose title or slug contains {@code q} (all without). */
	public Page<Dataset> daftarKelolaan(String q, Pageable page) {
		PredicateSpecification<Dataset> dikelola = akses.dikelola(akses.lingkup());
		String needle = q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT);
		if (!needle.isEmpty()) {
			String pola = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			dikelola = dikelola.and((d, cb) -> cb.or(cb.like(cb.lower(d.<String>get("judul")), pola, '\\'),
					cb.like(d.<String>get("slug"), pola, '\\')));
		}
		return datasets.findAll(Specification.where(dikelola), page);
	}

	private UnitRef produsen(Long unitId) {
		if (unitId == null) {
			throw new InvalidFieldException("produsenUnitId", "validasi.wajib");
		}
		UnitRef unit = organisasi.unit(unitId)
			.orElseThrow(() -> new InvalidFieldException("produsenUnitId", "unit.galat.tidakAda"));
		if (unit.jenis() != JenisUnit.PRODUSEN_DATA || !unit.aktif()) {
			throw new InvalidFieldException("produsenUnitId", "dataset.galat.bukanProdusen");
		}
		return unit;
	}

	private void periksaMetadata(DatasetForm form) {
		if (form.getTopik() != null && !form.getTopik().isBlank()
				&& kodeReferensi.kode(TOPIK, form.getTopik().strip()).filter(k -> k.aktif()).isEmpty()) {
			throw new InvalidFieldException("topik", "dataset.galat.topik", form.getTopik());
		}
		if (form.getCakupanWilayah() != null && !form.getCakupanWilayah().isBlank()
				&& !"0".equals(form.getCakupanWilayah().strip())
				&& kodeReferensi.kode(KodeReferensiLookup.WILAYAH, form.getCakupanWilayah().strip()).isEmpty()) {
			throw new InvalidFieldException("cakupanWilayah", "dataset.galat.wilayah", form.getCakupanWilayah());
		}
		if (form.getLisensi() != null && !form.getLisensi().isBlank() && !DatasetForm.LISENSI.contains(form.getLisensi())) {
			throw new InvalidFieldException("lisensi", "dataset.galat.lisensi");
		}
	}

	private String uniqueSlug(String base) {
		String slug = base;
		int i = 2;
		while (datasets.existsBySlug(slug)) {
			slug = base + "-" + i++;
		}
		return slug;
	}

}
