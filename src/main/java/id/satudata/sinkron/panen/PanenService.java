package id.satudata.sinkron.panen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportOptions;
import id.satudata.katalog.Akses;
import id.satudata.katalog.AsalPanen;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.HasilUnggahan;
import id.satudata.katalog.JenisData;
import id.satudata.katalog.MetadataDataset;
import id.satudata.katalog.PanenKatalog;
import id.satudata.katalog.TingkatPenyajian;
import id.satudata.katalog.UnggahRilis;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.web.UserFacingException;
import id.satudata.sinkron.internal.KlienAman;
import id.satudata.sinkron.internal.SinkronProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a harvest: gathers the source's public listing, creates or updates (through
 * {@link PanenKatalog}) each dataset that is new or changed there, imports its tables into the
 * datastore within the size limits, and withdraws every dataset it harvested before that is no
 * longer in the listing (deleted at the source, or no longer public there). A failed gather fails
 * the run and withdraws nothing. Every dataset is its own transaction; the run's counts are saved
 * as it goes (its progress) and its lines make the report.
 */
@Service
public class PanenService {

	private static final Logger log = LoggerFactory.getLogger(PanenService.class);

	private final SumberPanenRepository sumberRepo;
	private final PemetaanOrganisasiRepository pemetaanRepo;
	private final JalanPanenRepository jalanRepo;
	private final ItemPanenRepository itemRepo;
	private final ObjekPanenRepository objekRepo;
	private final PanenKatalog katalog;
	private final OrganisasiDirectory organisasi;
	private final KlienAman klien;
	private final JsonMapper json;
	private final SinkronProperties properties;
	private final Audit audit;
	private final Clock clock;

	PanenService(SumberPanenRepository sumberRepo, PemetaanOrganisasiRepository pemetaanRepo,
			JalanPanenRepository jalanRepo, ItemPanenRepository itemRepo, ObjekPanenRepository objekRepo,
			PanenKatalog katalog, OrganisasiDirectory organisasi, KlienAman klien, JsonMapper json,
			SinkronProperties properties, Audit audit, Clock clock) {
		this.sumberRepo = sumberRepo;
		this.pemetaanRepo = pemetaanRepo;
		this.jalanRepo = jalanRepo;
		this.itemRepo = itemRepo;
		this.objekRepo = objekRepo;
		this.katalog = katalog;
		this.organisasi = organisasi;
		this.klien = klien;
		this.json = json;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** Starts a run (refused while another of the source runs); {@link #jalankan(long)} does the work. */
	synchronized JalanPanen mulai(SumberPanen sumber, String pemicu, String oleh) {
		if (jalanRepo.existsBySumberIdAndStatus(sumber.getId(), StatusJalan.BERJALAN)) {
			throw new UserFacingException(org.springframework.http.HttpStatus.CONFLICT, "panen.galat.sedangBerjalan");
		}
		JalanPanen j = jalanRepo.save(new JalanPanen(sumber.getId(), pemicu, oleh, clock.instant()));
		sumber.dijalankan(clock.instant());
		sumberRepo.save(sumber);
		audit.record("panen.dimulai", "SumberPanen", sumber.getId(), sumber.getNama() + " (" + pemicu + ", jalan #"
				+ j.getId() + ")");
		return j;
	}

	/** Does a started run to its end; returns it with its counts. */
	public JalanPanen jalankan(long jalanId) {
		JalanPanen j = jalanRepo.findById(jalanId).orElseThrow();
		SumberPanen sumber = sumberRepo.findById(j.getSumberId()).orElseThrow();
		try {
			PembacaSumber pembaca = sumber.getJenis() == JenisSumber.DCAT
					? new PembacaDcat(klien, json, properties, sumber)
					: new PembacaCkan(klien, json, properties, sumber);
			List<PembacaSumber.Ringkas> daftar = pembaca.daftar(sumber.filterList());
			j.total(daftar.size());
			j = jalanRepo.save(j);
			Set<String> ada = new HashSet<>();
			for (PembacaSumber.Ringkas r : daftar) {
				ada.add(r.id());
				j = satu(j, sumber, pembaca, r);
				j.maju();
				j = jalanRepo.save(j);
			}
			for (ObjekPanen o : objekRepo.findBySumberIdAndDitarikFalse(sumber.getId())) {
				if (!ada.contains(o.getIdAsal())) {
					j = tarik(j, sumber, o);
				}
			}
			j.selesai(clock.instant());
		}
		catch (UserFacingException e) {
			log.info("Harvest run {} of source {} failed: {} {}", jalanId, sumber.getId(), e.getMessageKey(),
					java.util.Arrays.toString(e.getArgs()));
			j.gagal(clock.instant(), Alasan.dari(e));
		}
		catch (RuntimeException e) {
			log.warn("Harvest run {} of source {} failed", jalanId, sumber.getId(), e);
			j.gagal(clock.instant(), Alasan.dari("panen.galat.lain", e.getClass().getSimpleName()));
		}
		j = jalanRepo.save(j);
		audit.recordAs("sistem", "panen.selesai", "SumberPanen", sumber.getId(), sumber.getNama() + ": jalan #"
				+ j.getId() + " " + j.getStatus() + ", dibuat " + j.getDibuat() + ", diperbarui " + j.getDiperbarui()
				+ ", ditarik " + j.getDitarik() + ", gagal " + j.getGagal());
		return j;
	}

	private JalanPanen satu(JalanPanen j, SumberPanen sumber, PembacaSumber pembaca, PembacaSumber.Ringkas r) {
		Optional<ObjekPanen> sebelum = objekRepo.findBySumberIdAndIdAsal(sumber.getId(), r.id());
		if (sebelum.isPresent() && !sebelum.get().isDitarik() && r.diubah().equals(sebelum.get().getDiubahAsal())
				&& !r.diubah().isEmpty()) {
			return j; // unchanged since the last run
		}
		PaketAsal p;
		try {
			p = pembaca.paket(r.id());
		}
		catch (UserFacingException e) {
			return item(j, r.id(), r.nama(), HasilItem.GAGAL, Alasan.dari(e));
		}
		if (!p.publik()) {
			return j; // the withdrawal below handles it when it was harvested before
		}
		Long unit = petakan(sumber, p);
		if (unit == null) {
			return item(j, p.id(), p.nama(), HasilItem.GAGAL, Alasan.dari("panen.galat.tidakTerpetakan", p.organisasi()));
		}
		boolean baru = katalog.dataset(sumber.getId(), p.id()).isEmpty();
		AsalPanen asal = new AsalPanen(sumber.getId(), sumber.getNama(), p.id(), tautan(p.tautan()));
		String slug;
		try {
			slug = simpan(asal, p, unit, sumber.getJenis() == JenisSumber.SATU_DATA);
		}
		catch (UserFacingException e) {
			return item(j, p.id(), p.nama(), HasilItem.GAGAL, Alasan.dari(e));
		}
		ObjekPanen o = sebelum.orElseGet(() -> new ObjekPanen(sumber.getId(), p.id(), p.nama()));
		o.dipanen(p.nama(), slug, p.diubah());
		o = objekRepo.save(o);
		j = item(j, p.id(), p.nama(), baru ? HasilItem.DIBUAT : HasilItem.DIPERBARUI, null);
		if (sumber.isImporTabel()) {
			j = tabel(j, sumber, pembaca, p, o);
		}
		return j;
	}

	private String simpan(AsalPanen asal, PaketAsal p, long unit, boolean satuData) {
		try {
			return katalog.simpan(asal, metadata(p, unit, satuData)).slug();
		}
		catch (id.satudata.shared.web.InvalidFieldException | id.satudata.shared.web.InvalidFieldsException e) {
			if (!satuData) {
				throw e;
			}
			// the source's topic or region code may be unknown here: keep the rest
			return katalog.simpan(asal, metadata(p, unit, false)).slug();
		}
	}

	private MetadataDataset metadata(PaketAsal p, long unit, boolean codes) {
		Map<String, String> x = p.extras();
		String email = p.kontakEmail() != null && p.kontakEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? p.kontakEmail()
				: null;
		String slug = p.nama().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
		List<String> tags = p.kataKunci().stream().filter(t -> !t.isBlank()).map(t -> t.length() > 60 ? t.substring(0, 60) : t)
			.limit(30).toList();
		return new MetadataDataset(slug.length() > 100 ? slug.substring(0, 100) : slug, potong(p.judul(), 300),
				potong(p.deskripsi(), 10000), String.valueOf(unit), codes && !p.grup().isEmpty() ? p.grup().get(0) : null,
				nilai(JenisData.class, x.get("jenis_data"), JenisData.STATISTIK),
				nilai(TingkatPenyajian.class, x.get("tingkat_penyajian"), TingkatPenyajian.KABUPATEN_KOTA),
				codes ? x.get("cakupan_wilayah") : null, nilai(Frekuensi.class, x.get("frekuensi"), Frekuensi.TAHUNAN),
				potong(x.get("satuan"), 100), lisensi(p.lisensi()), Akses.TERBUKA,
				"true".equals(x.get("data_prioritas")), "true".equals(x.get("data_induk")),
				potong(blankNull(p.kontakNama()), 200), email, null, tags);
	}

	private JalanPanen tabel(JalanPanen j, SumberPanen sumber, PembacaSumber pembaca, PaketAsal p, ObjekPanen o) {
		Set<String> sudah = o.tabel();
		List<PaketAsal.SumberTabel> baru = new ArrayList<>();
		for (PaketAsal.SumberTabel t : p.tabel()) {
			if (baru.size() >= properties.maksTabelPerDataset()) {
				break;
			}
			if (!sudah.contains(t.kunci())) {
				baru.add(t);
			}
		}
		// oldest first, so the newest table ends up the newest release
		java.util.Collections.reverse(baru);
		for (PaketAsal.SumberTabel t : baru) {
			boolean datastore = PembacaCkan.lewatDatastore(t);
			URI uri = null;
			if (!datastore) {
				try {
					uri = URI.create(t.url());
				}
				catch (IllegalArgumentException e) {
					j = item(j, t.id(), t.nama(), HasilItem.GAGAL, Alasan.dari("panen.galat.urlTabel", t.url()));
					continue;
				}
				if (!KlienAman.diizinkan(uri, sumber.asal())) {
					j = item(j, t.id(), t.nama(), HasilItem.GAGAL, Alasan.dari("sinkron.galat.hostLain", uri.getHost()));
					continue;
				}
			}
			Path file = null;
			try {
				file = Files.createTempFile("panen-", ".csv");
				if (datastore) {
					// served only through the source's datastore: read page by page, within the same limits
					pembaca.datastore(t, file);
				}
				else {
					klien.unduh(uri, sumber.asal(), properties.maksTabel(), file);
				}
				ImportOptions d = ImportOptions.defaults();
				ImportOptions opsi = new ImportOptions(d.sheet(), d.headerMapping(), properties.maksBarisTabel(),
						d.issuesPerRule(), d.table(), d.names());
				HasilUnggahan h = katalog.unggahTabel(sumber.getId(), p.id(), new UnggahRilis(file, nama(t), periode(t),
						"Dipanen dari " + sumber.getNama(), opsi, true, true));
				if (h.ok()) {
					o.tabelDiimpor(t.kunci());
					o = objekRepo.save(o);
				}
				else {
					ImportIssue why = h.impor().issues().stream().findFirst().orElse(null);
					j = item(j, t.id(), t.nama(), HasilItem.GAGAL, why == null ? Alasan.dari("panen.galat.imporTabel")
							: Alasan.dari(why.messageKey(), why.args().toArray()));
				}
			}
			catch (UserFacingException e) {
				j = item(j, t.id(), t.nama(), HasilItem.GAGAL, Alasan.dari(e));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			finally {
				if (file != null) {
					try {
						Files.deleteIfExists(file);
					}
					catch (IOException e) {
						log.debug("Could not delete {}", file, e);
					}
				}
			}
		}
		return j;
	}

	private JalanPanen tarik(JalanPanen j, SumberPanen sumber, ObjekPanen o) {
		boolean ditarik = katalog.dataset(sumber.getId(), o.getIdAsal()).isPresent()
				&& katalog.tarik(sumber.getId(), o.getIdAsal());
		o.ditarik();
		objekRepo.save(o);
		return ditarik ? item(j, o.getIdAsal(), o.getNamaAsal(), HasilItem.DITARIK, Alasan.dari("panen.alasan.tidakAda"))
				: j;
	}

	/**
	 * The local producer of a source dataset: the mapping of its organization; else, by region code,
	 * the producer of that government with the same name; else the source's default producer.
	 */
	Long petakan(SumberPanen sumber, PaketAsal p) {
		Optional<PemetaanOrganisasi> m = pemetaanRepo.findBySumberIdAndOrganisasiAsal(sumber.getId(), p.organisasi());
		if (m.isPresent()) {
			return m.get().getUnitId();
		}
		if (p.kodeWilayah() != null && !p.kodeWilayah().isBlank()) {
			Optional<OrganisasiRef> org = organisasi.organisasiDenganKodeWilayah(p.kodeWilayah().strip());
			if (org.isPresent()) {
				String judul = p.organisasiJudul().strip();
				for (UnitRef u : organisasi.unitBerjenis(org.get().id(), JenisUnit.PRODUSEN_DATA)) {
					// Satu Data titles a producer with its government's name: "Dinas Kesehatan Kota Pangkal Pinang"
					if (u.aktif() && (judul.equalsIgnoreCase(u.nama())
							|| judul.equalsIgnoreCase(u.nama() + " " + org.get().nama())
							|| (u.singkatan() != null && judul.equalsIgnoreCase(u.singkatan())))) {
						return u.id();
					}
				}
			}
		}
		return sumber.getUnitBawaanId();
	}

	private JalanPanen item(JalanPanen j, String id, String nama, HasilItem hasil, String alasan) {
		itemRepo.save(new ItemPanen(j.getId(), id, nama, hasil, alasan));
		j.catat(hasil);
		return jalanRepo.save(j);
	}

	/** Only a http(s) link back is kept (it is shown as a link on the portal). */
	private static String tautan(String url) {
		return url != null && url.matches("(?i)https?://.*") ? potong(url, 1000) : null;
	}

	private static String nama(PaketAsal.SumberTabel t) {
		String n = t.nama() == null || t.nama().isBlank() ? t.id() : t.nama();
		n = n.replaceAll("[^\\p{L}\\p{N} ._-]", " ").strip();
		return (n.length() > 100 ? n.substring(0, 100) : n) + ".csv";
	}

	private String periode(PaketAsal.SumberTabel t) {
		if (t.periode() != null && t.periode().matches("\\d{4}([-/].+)?")) {
			return t.periode();
		}
		if (t.diubah() != null && t.diubah().matches("\\d{4}-.*")) {
			return t.diubah().substring(0, 4);
		}
		return String.valueOf(Year.now(clock.withZone(ZoneOffset.UTC)).getValue());
	}

	/** The source's licence as one this catalog knows (CKAN's ids included); else the default. */
	static String lisensi(String id) {
		if (id == null) {
			return null;
		}
		return switch (id.strip().toLowerCase(Locale.ROOT)) {
			case "cc-by", "cc-by-4.0" -> "CC-BY-4.0";
			case "cc-by-sa", "cc-by-sa-4.0" -> "CC-BY-SA-4.0";
			case "cc-zero", "cc0-1.0" -> "CC0-1.0";
			case "odc-by", "odc-by-1.0" -> "ODC-BY-1.0";
			case "odc-odbl", "odc-odbl-1.0" -> "ODC-ODbL-1.0";
			default -> null;
		};
	}

	private static <E extends Enum<E>> E nilai(Class<E> type, String value, E bawaan) {
		if (value == null || value.isBlank()) {
			return bawaan;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return bawaan;
		}
	}

	private static String potong(String s, int maks) {
		return s == null || s.length() <= maks ? s : s.substring(0, maks);
	}

	private static String blankNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
