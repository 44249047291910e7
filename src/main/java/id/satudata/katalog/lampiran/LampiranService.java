package id.satudata.katalog.lampiran;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.JenisLampiran;
import id.satudata.katalog.dataset.Dataset;
import id.satudata.katalog.dataset.DatasetRepository;
import id.satudata.katalog.dataset.DatasetService;
import id.satudata.katalog.internal.Berkas;
import id.satudata.katalog.rilis.Rilis;
import id.satudata.katalog.rilis.RilisRepository;
import id.satudata.katalog.rilis.RilisService;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;

/**
 * A release's attachments: files (PDF, images, GeoJSON, documents) kept in the file store, and links.
 * Changing those of a published release updates the dataset's summary (its formats). Checked against
 * the dataset's management rights and audited.
 */
@Service
@Transactional(readOnly = true)
public class LampiranService {

	private final LampiranRepository lampiranRepository;
	private final RilisRepository rilisRepository;
	private final DatasetRepository datasets;
	private final DatasetService datasetService;
	private final RilisService rilisService;
	private final FileStore fileStore;
	private final Audit audit;
	private final Clock clock;

	LampiranService(LampiranRepository lampiranRepository, RilisRepository rilisRepository, DatasetRepository datasets,
			DatasetService datasetService, RilisService rilisService, FileStore fileStore, Audit audit, Clock clock) {
		this.lampiranRepository = lampiranRepository;
		this.rilisRepository = rilisRepository;
		this.datasets = datasets;
		this.datasetService = datasetService;
		this.rilisService = rilisService;
		this.fileStore = fileStore;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Lampiran lampirkan(String rilisUuid, String nama, String deskripsi, JenisLampiran jenis, String url, Path file,
			String namaBerkas, String tipeMime) {
		Rilis r = rilisService.rilis(rilisUuid);
		Dataset d = datasetService.kelolaan(datasets.findById(r.getDatasetId()).orElseThrow());
		if (nama == null || nama.isBlank()) {
			throw new InvalidFieldException("nama", "validasi.wajib");
		}
		if (jenis == null) {
			throw new InvalidFieldException("jenis", "validasi.wajib");
		}
		Lampiran l;
		Instant now = clock.instant();
		if (jenis == JenisLampiran.TAUTAN) {
			if (url == null || !url.strip().matches("https?://\\S{3,1990}")) {
				throw new InvalidFieldException("url", "validasi.url");
			}
			l = new Lampiran(r.getId(), nama.strip(), blank(deskripsi), jenis, "URL", url.strip(), null, null, null, null,
					now);
		}
		else {
			if (file == null) {
				throw new InvalidFieldException("berkas", "impor.galat.tanpaBerkas");
			}
			String format = extension(namaBerkas);
			periksaFormat(jenis, format);
			String key;
			try (InputStream in = Files.newInputStream(file)) {
				key = fileStore.store("lampiran", in);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			l = new Lampiran(r.getId(), nama.strip(), blank(deskripsi), jenis, format, null, key,
					Berkas.safeName(namaBerkas), Berkas.size(file), tipeMime, now);
		}
		l = lampiranRepository.save(l);
		if (r.terbit()) {
			rilisService.perbaruiRingkasan(d);
		}
		audit.record("lampiran.ditambah", "Dataset", d.getId(), d.getSlug() + " " + r.getPeriode() + ": " + l.getNama());
		return l;
	}

	/**
	 * A link of the dataset itself, for a dataset that has no release yet to hold it (CKAN's URL resources
	 * given inline to package_create).
	 */
	@Transactional
	public Lampiran tautkanKeDataset(String slug, String nama, String deskripsi, String url) {
		Dataset d = datasetService.kelolaan(slug);
		if (nama == null || nama.isBlank()) {
			throw new InvalidFieldException("nama", "validasi.wajib");
		}
		if (url == null || !url.strip().matches("https?://\\S{3,1990}")) {
			throw new InvalidFieldException("url", "validasi.url");
		}
		Lampiran l = lampiranRepository.save(Lampiran.tautanDataset(d.getId(), nama.strip(), blank(deskripsi), url.strip(),
				clock.instant()));
		rilisService.perbaruiRingkasan(d);
		audit.record("lampiran.ditambah", "Dataset", d.getId(), d.getSlug() + ": " + l.getNama());
		return l;
	}

	@Transactional
	public void hapus(String lampiranUuid) {
		Lampiran l = lampiranRepository.findByUuid(lampiranUuid).orElseThrow(NotFoundException::new);
		Rilis r = l.getRilisId() == null ? null : rilisRepository.findById(l.getRilisId()).orElseThrow();
		Dataset d = datasetService.kelolaan(datasets.findById(r == null ? l.getDatasetId() : r.getDatasetId())
			.orElseThrow());
		lampiranRepository.delete(l);
		if (r == null || r.terbit()) {
			rilisService.perbaruiRingkasan(d);
		}
		audit.record("lampiran.dihapus", "Dataset", d.getId(), d.getSlug() + ": " + l.getNama());
	}

	/**
	 * Changes an attachment's name and description, and a link's URL ({@code null} keeps a value; a
	 * file's URL is its download and cannot be set).
	 */
	@Transactional
	public Lampiran ubah(String lampiranUuid, String nama, String deskripsi, String url) {
		Lampiran l = lampiranRepository.findByUuid(lampiranUuid).orElseThrow(NotFoundException::new);
		Rilis r = l.getRilisId() == null ? null : rilisRepository.findById(l.getRilisId()).orElseThrow();
		Dataset d = datasetService.kelolaan(datasets.findById(r == null ? l.getDatasetId() : r.getDatasetId())
			.orElseThrow());
		if (nama != null && nama.isBlank()) {
			throw new InvalidFieldException("nama", "validasi.wajib");
		}
		if (nama != null && nama.strip().length() > 300) {
			throw new InvalidFieldException("nama", "lampiran.galat.terlaluPanjang", 300);
		}
		if (deskripsi != null && deskripsi.strip().length() > 2000) {
			throw new InvalidFieldException("deskripsi", "lampiran.galat.terlaluPanjang", 2000);
		}
		String link = null;
		if (url != null && l.getJenis() == JenisLampiran.TAUTAN && !url.strip().equals(l.getUrl())) {
			if (!url.strip().matches("https?://\\S{3,1990}")) {
				throw new InvalidFieldException("url", "validasi.url");
			}
			link = url.strip();
		}
		l.ubah(nama == null ? null : nama.strip(), deskripsi == null ? null : deskripsi.strip(), link);
		audit.record("lampiran.diubah", "Dataset", d.getId(), d.getSlug() + (r == null ? "" : " " + r.getPeriode()) + ": "
				+ l.getNama());
		return l;
	}

	private static void periksaFormat(JenisLampiran jenis, String format) {
		Set<String> allowed = switch (jenis) {
			case PDF -> Set.of("PDF");
			case GAMBAR -> Set.of("PNG", "JPG", "JPEG", "WEBP", "SVG");
			case GEOJSON -> Set.of("GEOJSON", "JSON");
			case DOKUMEN -> Set.of("DOCX", "XLSX", "ODT", "ODS", "CSV", "TXT", "PPTX");
			case LAINNYA -> Set.of("ZIP", "GPKG", "SHP", "KML", "KMZ", "XML", "JSON", "PDF", "CSV", "TXT");
			case TAUTAN -> Set.of();
		};
		if (!allowed.contains(format)) {
			throw new InvalidFieldException("berkas", "lampiran.galat.format", format, String.join(", ", allowed));
		}
	}

	private static String extension(String filename) {
		String name = filename == null ? "" : filename;
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
