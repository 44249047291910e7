package id.satudata.standar.metadata;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.pdf.Kop;
import id.satudata.shared.pdf.PdfRenderer;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;
import id.satudata.standar.JenisMetadata;
import id.satudata.standar.Kelengkapan;
import id.satudata.standar.MetadataRingkas;
import id.satudata.standar.MetadataStatistik;
import id.satudata.standar.MetadataView;
import id.satudata.standar.PemilikMetadata;
import id.satudata.standar.PemilikRef;
import id.satudata.standar.StatusMetadata;
import id.satudata.standar.geospasial.Iso19139;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Metadata statistik forms: creating, copying, saving block by block, finalizing, export. Every
 * call asks the owner's {@link PemilikMetadata} (found by owner kind) whether the current user may
 * read or change; a missing owner or one the user may not see is "not found".
 */
@Service
@Transactional(readOnly = true)
class MetadataStatistikService implements MetadataStatistik {

	private static final TypeReference<LinkedHashMap<String, Object>> DOKUMEN = new TypeReference<>() {
	};
	static final int MAKS_DAFTAR = 200;

	private final DokumenMetadataRepository repository;
	private final PemilikTerdaftar pemilik;
	private final TampilanMetadata tampilan;
	private final OrganisasiDirectory organisasi;
	private final id.satudata.katalog.Katalog katalog;
	private final PdfRenderer pdf;
	private final JsonMapper json;
	private final Audit audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	MetadataStatistikService(DokumenMetadataRepository repository, PemilikTerdaftar pemilik, TampilanMetadata tampilan,
			OrganisasiDirectory organisasi, id.satudata.katalog.Katalog katalog, PdfRenderer pdf, JsonMapper json, Audit audit, CurrentUser currentUser,
			Clock clock) {
		this.repository = repository;
		this.pemilik = pemilik;
		this.tampilan = tampilan;
		this.organisasi = organisasi;
		this.katalog = katalog;
		this.pdf = pdf;
		this.json = json;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	// ---- MetadataStatistik ---------------------------------------------------------------------

	@Override
	@Transactional
	public MetadataView buat(JenisMetadata jenis, PemilikRef p, int tahun, String judul) {
		PemilikMetadata spi = bolehUbahPemilik(p);
		PemilikMetadata.InfoPemilik info = spi.info(p.id()).orElseThrow(() -> new NotFoundException("metadata.galat.pemilikTidakAda"));
		Formulir f = DefinisiFormulir.untuk(jenis);
		String title = judul(judul);
		Map<String, Object> isi = new LinkedHashMap<>();
		isi.put(f.isianJudul(), title);
		isi.put(Formulir.TAHUN, String.valueOf(tahun(tahun)));
		DokumenMetadata d = repository.save(new DokumenMetadata(jenis, p, info.organisasiId(), tahun, title,
				json.writeValueAsString(isi), null, currentUser.actorName(), clock.instant()));
		audit.record("metadata.dibuat", "MetadataStatistik", d.getId(), jenis + " " + tahun + " untuk " + p + ": " + title);
		return view(d);
	}

	@Override
	@Transactional
	public MetadataView salin(long dariId, PemilikRef p, int tahun) {
		DokumenMetadata sumber = terbaca(dariId);
		PemilikMetadata spi = bolehUbahPemilik(p);
		PemilikMetadata.InfoPemilik info = spi.info(p.id()).orElseThrow(() -> new NotFoundException("metadata.galat.pemilikTidakAda"));
		Formulir f = DefinisiFormulir.untuk(sumber.getJenis());
		Map<String, Object> isi = IsiMetadata.salinanTahun(f, isi(sumber), tahun(tahun));
		DokumenMetadata d = repository.save(new DokumenMetadata(sumber.getJenis(), p, info.organisasiId(), tahun,
				sumber.getJudul(), json.writeValueAsString(isi), sumber.getId(), currentUser.actorName(), clock.instant()));
		audit.record("metadata.disalin", "MetadataStatistik", d.getId(),
				sumber.getJenis() + " " + tahun + " untuk " + p + " disalin dari #" + sumber.getId() + " (" + sumber.getTahun() + ")");
		return view(d);
	}

	@Override
	public Optional<MetadataView> baca(long id) {
		return repository.findById(id).filter(this::bolehLihat).map(this::view);
	}

	@Override
	public List<MetadataRingkas> milik(PemilikRef p) {
		Optional<PemilikMetadata> spi = pemilik.untuk(p.jenis());
		if (spi.isEmpty() || !spi.get().bolehLihat(p.id())) {
			return List.of();
		}
		return repository.findByPemilikJenisAndPemilikIdOrderByTahunDescIdDesc(p.jenis(), p.id()).stream()
			.map(MetadataStatistikService::ringkas).toList();
	}

	@Override
	public List<MetadataView> publik(PemilikRef p) {
		Optional<PemilikMetadata> spi = pemilik.untuk(p.jenis());
		if (spi.isEmpty() || !spi.get().publik(p.id())) {
			return List.of();
		}
		List<MetadataView> out = new ArrayList<>();
		for (DokumenMetadata d : repository.findByPemilikJenisAndPemilikIdAndStatusOrderByTahunDescIdDesc(p.jenis(),
				p.id(), StatusMetadata.FINAL)) {
			Map<String, Object> isi = isi(d);
			// an indicator or variable its producer keeps from the public ("bisa diakses umum: tidak") stays hidden
			if ((d.getJenis() == JenisMetadata.MS_INDIKATOR || d.getJenis() == JenisMetadata.MS_VARIABEL)
					&& !Pilihan.YA.equals(isi.get("aksesUmum"))) {
				continue;
			}
			out.add(tampilan.view(d, isi, blok(d, spi.get()), true));
		}
		return out;
	}

	/** A final form's public fields by id, if the public may read them. */
	Optional<MetadataView> publik(long id) {
		return repository.findById(id).filter(d -> d.getStatus() == StatusMetadata.FINAL)
			.flatMap(d -> publik(d.pemilik()).stream().filter(v -> v.id() == id).findFirst());
	}

	@Override
	public Kelengkapan kelengkapan(long id) {
		return kelengkapan(terbaca(id));
	}

	@Override
	public Kelengkapan kelengkapan(long id, Set<String> kodeBlok) {
		DokumenMetadata d = terbaca(id);
		Formulir f = DefinisiFormulir.untuk(d.getJenis());
		List<Formulir.Blok> blok = blok(d).stream().filter(b -> kodeBlok.contains(b.kode())).toList();
		return tampilan.kelengkapan(f, IsiMetadata.kurang(f, isi(d), blok));
	}

	Kelengkapan kelengkapan(DokumenMetadata d) {
		Formulir f = DefinisiFormulir.untuk(d.getJenis());
		return tampilan.kelengkapan(f, IsiMetadata.kurang(f, isi(d), blok(d)));
	}

	@Override
	@Transactional
	public MetadataView finalkan(long id) {
		DokumenMetadata d = terubah(id);
		Kelengkapan k = kelengkapan(d);
		StatusMetadata status = AlurMetadata.jalankan(d.getStatus(), AlurMetadata.Aksi.FINALKAN, k.lengkap(),
				k.kurang().size());
		d.ubah(d.getIsiJson(), d.getJudul(), d.getTahun(), status, currentUser.actorName(), clock.instant());
		audit.record("metadata.difinalkan", "MetadataStatistik", d.getId(), d.getJenis() + " " + d.getTahun() + ": " + d.getJudul());
		return view(d);
	}

	@Override
	@Transactional
	public MetadataView tetapkanRekomendasi(long id, String nomor) {
		DokumenMetadata d = repository.findById(id).orElseThrow(() -> new NotFoundException("metadata.galat.tidakAda"));
		PemilikMetadata spi = pemilik.untuk(d.getPemilikJenis()).orElseThrow(() -> new NotFoundException("metadata.galat.tidakAda"));
		if (!spi.bolehTetapkanRekomendasi(d.getPemilikId())) {
			throw new AccessDeniedException("May not set the recommendation number of this form");
		}
		if (d.getJenis() != JenisMetadata.MS_KEGIATAN) {
			throw new UserFacingException("metadata.galat.bukanKegiatan");
		}
		String value = nomor == null || nomor.isBlank() ? null : nomor.strip();
		if (value != null && (value.length() > 200 || value.chars().anyMatch(Character::isISOControl))) {
			throw new InvalidFieldException("identitasRekomendasi", "metadata.galat.panjang", 200);
		}
		Map<String, Object> isi = isi(d);
		if (value == null) {
			isi.remove("identitasRekomendasi");
		}
		else {
			isi.put("identitasRekomendasi", value);
		}
		d.ubah(json.writeValueAsString(isi), d.getJudul(), d.getTahun(), d.getStatus(), currentUser.actorName(),
				clock.instant());
		audit.record("metadata.rekomendasiDitetapkan", "MetadataStatistik", d.getId(), value == null ? "dikosongkan" : value);
		return view(d);
	}

	@Override
	public byte[] pdf(long id) {
		DokumenMetadata d = terbaca(id);
		MetadataView v = view(d);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("m", v);
		model.put("pemilik", info(d).orElse(null));
		model.put("kelengkapan", kelengkapan(d));
		model.put("kop", kop(d));
		return pdf.render("standar/dokumen/metadata", model);
	}

	@Override
	public String json(long id) {
		DokumenMetadata d = terbaca(id);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("formulir", d.getJenis().name());
		out.put("id", d.getId());
		out.put("pemilik", Map.of("jenis", d.getPemilikJenis(), "id", d.getPemilikId()));
		out.put("tahun", d.getTahun());
		out.put("judul", d.getJudul());
		out.put("status", d.getStatus().name());
		out.put("diubahPada", d.getDiubahPada().toString());
		Map<String, Object> isi = isi(d);
		Map<String, Object> ordered = new LinkedHashMap<>();
		for (Formulir.Blok b : blok(d)) {
			for (Formulir.Isian i : b.isian()) {
				if (isi.containsKey(i.kode())) {
					ordered.put(i.kode(), isi.get(i.kode()));
				}
				if (isi.containsKey(i.kodeLainnya())) {
					ordered.put(i.kodeLainnya(), isi.get(i.kodeLainnya()));
				}
			}
		}
		out.put("isian", ordered);
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(out);
	}

	/** The public fields of a final public form as JSON. */
	String jsonPublik(MetadataView v) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("formulir", v.jenis().name());
		out.put("id", v.id());
		out.put("tahun", v.tahun());
		out.put("judul", v.judul());
		Map<String, Object> isian = new LinkedHashMap<>();
		v.blok().forEach(b -> b.isian().stream().filter(i -> i.nilai() != null).forEach(i -> isian.put(i.kode(), i.nilai())));
		out.put("isian", isian);
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(out);
	}

	/** A geospatial form as ISO 19139 XML; {@code publik}: without what the public does not see. */
	byte[] iso19139(DokumenMetadata d, boolean publik) {
		if (d.getJenis() != JenisMetadata.METADATA_GEOSPASIAL) {
			throw new NotFoundException("metadata.galat.bukanGeospasial");
		}
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		Iso19139.write(d.getId(), isi(d), d.getDiubahPada(), publik, out);
		return out.toByteArray();
	}

	/** A form by id, without an access check (the caller has made one). */
	DokumenMetadata dokumen(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("metadata.galat.tidakAda"));
	}

	@Override
	public String tautanEditor(long id, String kembali) {
		return "/kelola/metadata/" + id + Kembali.query(kembali);
	}

	// ---- for the editor -----------------------------------------------------------------------

	@Transactional
	DokumenMetadata simpanBlok(long id, String kodeBlok, Map<String, List<String>> params, Long version) {
		DokumenMetadata d = terubah(id);
		if (version != null && version != d.getVersion()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
		Formulir f = DefinisiFormulir.untuk(d.getJenis());
		Formulir.Blok blok = blok(d).stream().filter(b -> b.kode().equals(kodeBlok)).findFirst()
			.orElseThrow(() -> new NotFoundException("metadata.galat.blokTidakAda"));
		Map<String, Object> baru = IsiMetadata.readBlock(blok, params);
		List<IsiMetadata.Galat> galat = IsiMetadata.periksa(f, IsiMetadata.gantiBlok(isi(d), blok, baru), List.of(blok),
				tampilan::wilayahAda);
		if (galat.isEmpty() && blok.isian().stream().anyMatch(i -> i.kode().equals(f.isianJudul()))
				&& IsiMetadata.kosong(baru.get(f.isianJudul()))) {
			galat = List.of(new IsiMetadata.Galat(f.isianJudul(), "validasi.wajib"));
		}
		if (galat.isEmpty() && blok.isian().stream().anyMatch(i -> i.kode().equals(Formulir.TAHUN))
				&& IsiMetadata.kosong(baru.get(Formulir.TAHUN))) {
			galat = List.of(new IsiMetadata.Galat(Formulir.TAHUN, "validasi.wajib"));
		}
		if (!galat.isEmpty()) {
			throw new IsianTidakValidException(galat);
		}
		Map<String, Object> isi = IsiMetadata.gantiBlok(isi(d), blok, baru);
		String judul = isi.get(f.isianJudul()) instanceof String s ? s : d.getJudul();
		int tahun = isi.get(Formulir.TAHUN) instanceof String s ? Integer.parseInt(s) : d.getTahun();
		boolean lengkap = IsiMetadata.kurang(f, isi, blok(d)).isEmpty();
		StatusMetadata status = AlurMetadata.jalankan(d.getStatus(), AlurMetadata.Aksi.UBAH, lengkap, 0);
		d.ubah(json.writeValueAsString(isi), judul, tahun, status, currentUser.actorName(), clock.instant());
		audit.record("metadata.diubah", "MetadataStatistik", d.getId(), d.getJenis() + " blok " + kodeBlok
				+ (status == StatusMetadata.DRAFT ? " (draf)" : " (final)"));
		return d;
	}

	@Transactional
	void hapus(long id) {
		DokumenMetadata d = terubah(id);
		AlurMetadata.pastikanBisaDihapus(d.getStatus());
		repository.delete(d);
		audit.record("metadata.dihapus", "MetadataStatistik", d.getId(), d.getJenis() + " " + d.getTahun() + ": " + d.getJudul());
	}

	/** The forms the user works with: those of the organizations they hold a role in (all for administrators). */
	List<DokumenMetadata> daftarSaya() {
		PageRequest page = PageRequest.of(0, MAKS_DAFTAR);
		List<DokumenMetadata> found;
		if (currentUser.has(Peran.ADMIN)) {
			found = repository.findAllByOrderByDiubahPadaDesc(page);
		}
		else {
			Set<Long> orgs = new java.util.HashSet<>();
			currentUser.get().ifPresent(u -> u.getPenugasan().forEach(p -> orgs.add(p.organisasiId())));
			found = orgs.isEmpty() ? List.of() : repository.findByOrganisasiIdInOrderByDiubahPadaDesc(orgs, page);
		}
		return found.stream().filter(this::bolehLihat).toList();
	}

	/** Datasets (by title words) whose metadata the user may fill, for starting a form. */
	List<id.satudata.katalog.DatasetRingkas> datasetBolehDiisi(String q) {
		id.satudata.katalog.HasilPencarian hasil = katalog.cari(new id.satudata.katalog.PencarianDataset(
				q == null || q.isBlank() ? null : q.strip(), Map.of(), null, 0, 30, List.of()));
		return hasil.hasil().stream().filter(d -> bolehUbahPemilik(PemilikRef.DATASET, String.valueOf(d.id()))).toList();
	}

	DokumenMetadata terbaca(long id) {
		return repository.findById(id).filter(this::bolehLihat)
			.orElseThrow(() -> new NotFoundException("metadata.galat.tidakAda"));
	}

	DokumenMetadata terubah(long id) {
		DokumenMetadata d = terbaca(id);
		if (!bolehUbah(d)) {
			throw new AccessDeniedException("May not change this metadata");
		}
		return d;
	}

	boolean bolehLihat(DokumenMetadata d) {
		return pemilik.untuk(d.getPemilikJenis()).map(p -> p.bolehLihat(d.getPemilikId())).orElse(false);
	}

	boolean bolehUbah(DokumenMetadata d) {
		return pemilik.untuk(d.getPemilikJenis()).map(p -> p.bolehUbah(d.getPemilikId())).orElse(false);
	}

	boolean bolehUbahPemilik(String jenis, String id) {
		return pemilik.untuk(jenis).map(p -> p.bolehUbah(id)).orElse(false);
	}

	Optional<PemilikMetadata.InfoPemilik> info(DokumenMetadata d) {
		return pemilik.untuk(d.getPemilikJenis()).flatMap(p -> p.info(d.getPemilikId()));
	}

	Optional<PemilikMetadata.InfoPemilik> info(PemilikRef p) {
		return pemilik.untuk(p.jenis()).filter(s -> s.bolehLihat(p.id())).flatMap(s -> s.info(p.id()));
	}

	/** The blocks the form's owner uses. */
	List<Formulir.Blok> blok(DokumenMetadata d) {
		return pemilik.untuk(d.getPemilikJenis()).map(p -> blok(d, p)).orElse(DefinisiFormulir.untuk(d.getJenis()).blok());
	}

	private static List<Formulir.Blok> blok(DokumenMetadata d, PemilikMetadata p) {
		return IsiMetadata.blok(DefinisiFormulir.untuk(d.getJenis()), p.blok(d.getJenis()));
	}

	Map<String, Object> isi(DokumenMetadata d) {
		return json.readValue(d.getIsiJson(), DOKUMEN);
	}

	MetadataView view(DokumenMetadata d) {
		return tampilan.view(d, isi(d), blok(d), false);
	}

	List<DokumenMetadata> dariPemilik(PemilikRef p) {
		return repository.findByPemilikJenisAndPemilikIdOrderByTahunDescIdDesc(p.jenis(), p.id());
	}

	private PemilikMetadata bolehUbahPemilik(PemilikRef p) {
		PemilikMetadata spi = pemilik.untuk(p.jenis()).orElseThrow(() -> new NotFoundException("metadata.galat.pemilikTidakAda"));
		if (!spi.bolehUbah(p.id())) {
			if (!spi.bolehLihat(p.id())) {
				throw new NotFoundException("metadata.galat.pemilikTidakAda");
			}
			throw new AccessDeniedException("May not change the metadata of " + p);
		}
		return spi;
	}

	private Kop kop(DokumenMetadata d) {
		Long org = info(d).map(PemilikMetadata.InfoPemilik::organisasiId).orElse(d.getOrganisasiId());
		return org == null ? null : organisasi.organisasi(org).map(o -> new Kop(o.nama(), null, null)).orElse(null);
	}

	private static String judul(String judul) {
		if (judul == null || judul.isBlank()) {
			throw new InvalidFieldException("judul", "validasi.wajib");
		}
		if (judul.strip().length() > 500) {
			throw new InvalidFieldException("judul", "metadata.galat.panjang", 500);
		}
		return judul.strip();
	}

	private static int tahun(int tahun) {
		if (tahun < 1945 || tahun > 2100) {
			throw new InvalidFieldException("tahun", "metadata.galat.tahun");
		}
		return tahun;
	}

	static MetadataRingkas ringkas(DokumenMetadata d) {
		return new MetadataRingkas(d.getId(), d.getJenis(), d.pemilik(), d.getTahun(), d.getJudul(), d.getStatus(),
				d.getDiubahPada());
	}

}
