package id.satudata.organisasi.struktur;

import static id.satudata.organisasi.internal.Forms.blankToNull;
import static id.satudata.organisasi.internal.Forms.checkVersion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.TingkatOrganisasi;
import id.satudata.organisasi.UnitRef;
import id.satudata.organisasi.WilayahResolver;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;

/** The organization tree and its units: the rules for changing them, and read access for other modules. */
@Service
@Transactional(readOnly = true)
public class OrganisasiService implements OrganisasiDirectory {

	/** Unit types of which an organization has at most one active unit. */
	static final Set<JenisUnit> SINGLE_PER_ORGANISASI = EnumSet.of(JenisUnit.WALIDATA,
			JenisUnit.PEMBINA_DATA_STATISTIK, JenisUnit.KOORDINATOR_FORUM, JenisUnit.PPID);

	public static final String KODE_NASIONAL = "0";

	private final OrganisasiRepository organisasiRepository;
	private final UnitRepository unitRepository;
	private final WilayahResolver wilayahResolver;
	private final Audit audit;
	private final Clock clock;

	OrganisasiService(OrganisasiRepository organisasiRepository, UnitRepository unitRepository,
			WilayahResolver wilayahResolver, Audit audit, Clock clock) {
		this.organisasiRepository = organisasiRepository;
		this.unitRepository = unitRepository;
		this.wilayahResolver = wilayahResolver;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- changes -------------------------------------------------------------------------------

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Organisasi buat(OrganisasiForm form) {
		String kode = form.getKodeWilayah().strip();
		TingkatOrganisasi tingkat = form.getTingkat();
		String wilayahName = checkRegion(tingkat, kode);
		if (organisasiRepository.existsByKodeWilayah(kode)) {
			throw new InvalidFieldException("kodeWilayah", "organisasi.galat.kodeSudahAda", kode);
		}
		Long indukId = parentKode(tingkat, kode).flatMap(organisasiRepository::findByKodeWilayah)
				.map(Organisasi::getId).orElse(null);
		String nama = blankToNull(form.getNama());
		if (nama == null) {
			nama = defaultName(tingkat, wilayahName);
		}
		Instant now = clock.instant();
		Organisasi organisasi = new Organisasi(kode, nama, tingkat, indukId, now);
		organisasi.ubah(nama, blankToNull(form.getAlamat()), blankToNull(form.getEmail()),
				blankToNull(form.getTelepon()), blankToNull(form.getSitusWeb()), now);
		organisasi = organisasiRepository.save(organisasi);
		audit.record("organisasi.dibuat", "Organisasi", organisasi.getId(),
				tingkat + " " + kode + " " + nama);
		return organisasi;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Organisasi ubah(long id, OrganisasiForm form) {
		Organisasi organisasi = muatOrganisasi(id);
		checkVersion(form.getVersion(), organisasi.getVersion());
		String nama = blankToNull(form.getNama());
		if (nama == null) {
			throw new InvalidFieldException("nama", "validasi.wajib");
		}
		String before = organisasi.getNama();
		organisasi.ubah(nama, blankToNull(form.getAlamat()), blankToNull(form.getEmail()),
				blankToNull(form.getTelepon()), blankToNull(form.getSitusWeb()), clock.instant());
		audit.record("organisasi.diubah", "Organisasi", id,
				before.equals(nama) ? "Profil diubah" : "Nama: " + before + " → " + nama);
		return organisasi;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void ubahStatus(long id, boolean aktif) {
		Organisasi organisasi = muatOrganisasi(id);
		if (organisasi.isAktif() == aktif) {
			return;
		}
		organisasi.ubahStatus(aktif, clock.instant());
		audit.record(aktif ? "organisasi.diaktifkan" : "organisasi.dinonaktifkan", "Organisasi", id,
				organisasi.getNama());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Unit buatUnit(long organisasiId, UnitForm form) {
		Organisasi organisasi = muatOrganisasi(organisasiId);
		String nama = form.getNama().strip();
		if (unitRepository.existsByOrganisasiIdAndNamaIgnoreCase(organisasiId, nama)) {
			throw new InvalidFieldException("nama", "unit.galat.namaSudahAda", nama);
		}
		checkSingle(organisasiId, form.getJenis());
		Instant now = clock.instant();
		Unit unit = new Unit(organisasiId, nama, blankToNull(form.getSingkatan()), form.getJenis(), now);
		unit.ubah(nama, blankToNull(form.getSingkatan()), form.getJenis(), blankToNull(form.getAlamat()),
				blankToNull(form.getEmail()), blankToNull(form.getTelepon()), now);
		unit = unitRepository.save(unit);
		audit.record("unit.dibuat", "Unit", unit.getId(),
				form.getJenis() + " " + nama + " (" + organisasi.getNama() + ")");
		return unit;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Unit ubahUnit(long unitId, UnitForm form) {
		Unit unit = muatUnit(unitId);
		checkVersion(form.getVersion(), unit.getVersion());
		String nama = form.getNama().strip();
		if (!nama.equalsIgnoreCase(unit.getNama())
				&& unitRepository.existsByOrganisasiIdAndNamaIgnoreCase(unit.getOrganisasiId(), nama)) {
			throw new InvalidFieldException("nama", "unit.galat.namaSudahAda", nama);
		}
		if (form.getJenis() != unit.getJenis() && unit.isAktif()) {
			checkSingle(unit.getOrganisasiId(), form.getJenis());
		}
		unit.ubah(nama, blankToNull(form.getSingkatan()), form.getJenis(), blankToNull(form.getAlamat()),
				blankToNull(form.getEmail()), blankToNull(form.getTelepon()), clock.instant());
		audit.record("unit.diubah", "Unit", unitId, form.getJenis() + " " + nama);
		return unit;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void ubahStatusUnit(long unitId, boolean aktif) {
		Unit unit = muatUnit(unitId);
		if (unit.isAktif() == aktif) {
			return;
		}
		if (aktif) {
			checkSingle(unit.getOrganisasiId(), unit.getJenis());
		}
		unit.ubahStatus(aktif, clock.instant());
		audit.record(aktif ? "unit.diaktifkan" : "unit.dinonaktifkan", "Unit", unitId, unit.getNama());
	}

	// ---- reading for the admin pages ---------------------------------------------------------

	Organisasi muatOrganisasi(long id) {
		return organisasiRepository.findById(id).orElseThrow(() -> new NotFoundException("organisasi.galat.tidakAda"));
	}

	Unit muatUnit(long id) {
		return unitRepository.findById(id).orElseThrow(() -> new NotFoundException("unit.galat.tidakAda"));
	}

	List<Unit> daftarUnit(long organisasiId) {
		return unitRepository.findByOrganisasiIdOrderByJenisAscNamaAsc(organisasiId);
	}

	/** The number of units of each organization (active or not), by organization id. */
	Map<Long, Long> jumlahUnit() {
		Map<Long, Long> counts = new HashMap<>();
		unitRepository.countPerOrganisasi().forEach(row -> counts.put(row.getOrganisasiId(), row.getJumlah()));
		return counts;
	}

	/** Every active unit, by organization then name (the choices of a role assignment). */
	public List<Unit> unitAktif() {
		return unitRepository.findByAktifTrueOrderByOrganisasiIdAscNamaAsc();
	}

	/** The tree in display order: each organization followed by its descendants. */
	List<Organisasi> pohon() {
		List<Organisasi> all = organisasiRepository.findAllByOrderByKodeWilayahAsc();
		List<Organisasi> ordered = new ArrayList<>(all.size());
		Deque<Organisasi> stack = new ArrayDeque<>();
		all.stream().filter(o -> o.getIndukId() == null || all.stream().noneMatch(p -> p.getId().equals(o.getIndukId())))
				.sorted((a, b) -> b.getKodeWilayah().compareTo(a.getKodeWilayah())).forEach(stack::push);
		while (!stack.isEmpty()) {
			Organisasi o = stack.pop();
			ordered.add(o);
			all.stream().filter(c -> o.getId().equals(c.getIndukId()))
					.sorted((a, b) -> b.getKodeWilayah().compareTo(a.getKodeWilayah())).forEach(stack::push);
		}
		return ordered;
	}

	// ---- OrganisasiDirectory -------------------------------------------------------------------

	@Override
	public Optional<OrganisasiRef> organisasi(long id) {
		return organisasiRepository.findById(id).map(Organisasi::ref);
	}

	@Override
	public Optional<OrganisasiRef> organisasiDenganKodeWilayah(String kodeWilayah) {
		return organisasiRepository.findByKodeWilayah(kodeWilayah).map(Organisasi::ref);
	}

	@Override
	public List<OrganisasiRef> semuaOrganisasi() {
		return pohon().stream().map(Organisasi::ref).toList();
	}

	@Override
	public List<OrganisasiRef> organisasiDanTurunan(long organisasiId) {
		List<OrganisasiRef> all = semuaOrganisasi();
		List<OrganisasiRef> result = new ArrayList<>();
		Deque<Long> todo = new ArrayDeque<>(List.of(organisasiId));
		while (!todo.isEmpty()) {
			long id = todo.pop();
			all.stream().filter(o -> o.id() == id).findFirst().ifPresent(result::add);
			all.stream().filter(o -> o.indukId() != null && o.indukId() == id).forEach(o -> todo.add(o.id()));
		}
		return result;
	}

	@Override
	public Optional<UnitRef> unit(long id) {
		return unitRepository.findById(id).map(Unit::ref);
	}

	@Override
	public List<UnitRef> unitOrganisasi(long organisasiId) {
		return unitRepository.findByOrganisasiIdOrderByJenisAscNamaAsc(organisasiId).stream().map(Unit::ref).toList();
	}

	@Override
	public List<UnitRef> unitBerjenis(long organisasiId, JenisUnit jenis) {
		return unitRepository.findByOrganisasiIdAndJenisOrderByNamaAsc(organisasiId, jenis).stream().map(Unit::ref)
				.toList();
	}

	@Override
	public List<UnitRef> semuaUnitBerjenis(JenisUnit jenis) {
		return unitRepository.findByJenisOrderByNamaAsc(jenis).stream().map(Unit::ref).toList();
	}

	// ---- rules ---------------------------------------------------------------------------------

	/** Checks the code against the Kemendagri list and the level; returns the region's name. */
	private String checkRegion(TingkatOrganisasi tingkat, String kode) {
		if (tingkat == TingkatOrganisasi.NASIONAL) {
			if (!KODE_NASIONAL.equals(kode)) {
				throw new InvalidFieldException("kodeWilayah", "organisasi.galat.kodeNasional");
			}
			return "Indonesia";
		}
		WilayahResolver.Wilayah wilayah = wilayahResolver.wilayah(kode)
				.orElseThrow(() -> new InvalidFieldException("kodeWilayah", "organisasi.galat.kodeTidakDikenal", kode));
		if (!tingkat.tingkatWilayah().equals(wilayah.tingkat())) {
			throw new InvalidFieldException("kodeWilayah", "organisasi.galat.tingkatTidakCocok", kode, wilayah.nama());
		}
		return wilayah.nama();
	}

	private static Optional<String> parentKode(TingkatOrganisasi tingkat, String kode) {
		return switch (tingkat) {
			case NASIONAL -> Optional.empty();
			case PROVINSI -> Optional.of(KODE_NASIONAL);
			case KABUPATEN_KOTA -> Optional.of(kode.substring(0, 2));
		};
	}

	public static String defaultName(TingkatOrganisasi tingkat, String wilayah) {
		return switch (tingkat) {
			case NASIONAL -> "Pemerintah Pusat";
			case PROVINSI -> "Pemerintah Provinsi " + wilayah;
			case KABUPATEN_KOTA -> "Pemerintah " + wilayah;
		};
	}

	private void checkSingle(long organisasiId, JenisUnit jenis) {
		if (SINGLE_PER_ORGANISASI.contains(jenis)
				&& unitRepository.countByOrganisasiIdAndJenisAndAktifTrue(organisasiId, jenis) > 0) {
			throw new InvalidFieldException("jenis", "unit.galat.hanyaSatu",
					new DefaultMessageSourceResolvable(jenis.labelKey()));
		}
	}

}
