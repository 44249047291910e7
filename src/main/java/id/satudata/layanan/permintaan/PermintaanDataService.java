package id.satudata.layanan.permintaan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.Akses;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.layanan.internal.Isian;
import id.satudata.layanan.internal.LayananAkses;
import id.satudata.layanan.internal.LayananProperties;
import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.layanan.tiket.JejakLayanan;
import id.satudata.layanan.tiket.RiwayatLayanan;
import id.satudata.layanan.tiket.TiketLayanan;
import id.satudata.layanan.tiket.TiketLayanan.TiketBaru;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.UsulanDaftarData;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * Data requests ("Minta data"): anyone asks for data the catalog lacks; it is a service request of
 * type {@link JenisLayanan#PERMINTAAN_DATA} (filed with the Kepala Dinas, dispositioned down the
 * chain, handled against the SLA of its type) with what, where, which years and why beside it. The
 * handler may resolve it with a public dataset of the catalog; the organization's Walidata may turn
 * it into an entry of next year's Daftar Data ({@link UsulanDaftarData}), which the requester then
 * follows until the data is planned and published.
 * <p>
 * Who sees a request in the back office: the organization's service desk staff, its Walidata and
 * administrators with the requester's personal data; any other government role of the organization
 * (a producer following a proposal to its origin) without it; nobody else.
 */
@Service
@Transactional(readOnly = true)
class PermintaanDataService {

	static final int TAHUN_MIN = 1945;

	private final TiketLayanan tiket;
	private final JenisTiketPermintaan jenis;
	private final PermintaanService permintaan;
	private final PermintaanDataRepository repository;
	private final LayananAkses akses;
	private final OrganisasiDirectory organisasi;
	private final Katalog katalog;
	private final UsulanDaftarData usulan;
	private final CurrentUser currentUser;
	private final LayananProperties properties;
	private final WorkingCalendar calendar;
	private final Audit audit;
	private final Clock clock;

	PermintaanDataService(TiketLayanan tiket, JenisTiketPermintaan jenis, PermintaanService permintaan,
			PermintaanDataRepository repository, LayananAkses akses, OrganisasiDirectory organisasi, Katalog katalog,
			UsulanDaftarData usulan, CurrentUser currentUser, LayananProperties properties, WorkingCalendar calendar,
			Audit audit, Clock clock) {
		this.tiket = tiket;
		this.jenis = jenis;
		this.permintaan = permintaan;
		this.repository = repository;
		this.akses = akses;
		this.organisasi = organisasi;
		this.katalog = katalog;
		this.usulan = usulan;
		this.currentUser = currentUser;
		this.properties = properties;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- filing -------------------------------------------------------------------------------

	/** A region a request may name: its Kemendagri code and its name. */
	record PilihanWilayah(String kode, String nama) {
	}

	/** The regions a request may name: those of the organizations this node serves (its coverage). */
	List<PilihanWilayah> cakupan() {
		return organisasiCakupan().stream().map(o -> new PilihanWilayah(o.kodeWilayah(), LayananAkses.wilayah(o))).toList();
	}

	private List<OrganisasiRef> organisasiCakupan() {
		return organisasi.semuaOrganisasi().stream().filter(OrganisasiRef::aktif).toList();
	}

	/**
	 * Files a data request from the portal. Every field is checked before anything is stored; the
	 * first bad one is refused by name. The request goes to the service desk of the region chosen (or
	 * of the nearest organization above it that runs one), else to the desk chosen on the form.
	 */
	@Transactional
	TiketBaru<Permintaan> ajukan(PermintaanDataForm form) {
		Optional<SatuDataUser> user = akses.pengguna();
		if (user.isEmpty() && (form.getSurel() == null || form.getSurel().isBlank())) {
			throw new InvalidFieldException("surel", "layanan.permintaanData.galat.surelWajib");
		}
		Isian.wajib("perihal", form.getPerihal(), 200);
		Isian.wajib("uraian", form.getUraian(), 4000);
		Wilayah w = wilayah(form);
		int awal = tahun("tahunAwal", form.getTahunAwal());
		int akhir = form.getTahunAkhir() == null ? awal : tahun("tahunAkhir", form.getTahunAkhir());
		if (akhir < awal) {
			throw new InvalidFieldException("tahunAkhir", "layanan.permintaanData.galat.tahunTerbalik");
		}
		String tujuan = Isian.wajib("tujuan", form.getTujuan(), 2000);
		String kataKunci = Isian.opsional("kataKunci", form.getKataKunci(), 200);
		if (w.organisasiId() != null) {
			form.setOrganisasiId(w.organisasiId());
		}
		TiketLayanan.Ajuan ajuan = tiket.diPortal(form, List.of());
		TiketBaru<Permintaan> baru = tiket.ajukan(jenis, ajuan, m -> new Permintaan(m, JenisLayanan.PERMINTAAN_DATA,
				KanalPermintaan.PORTAL, properties.disposisi().batas(TingkatLayanan.KEPALA_DINAS).tenggat(calendar, m.dibuatPada())));
		repository.save(new PermintaanData(baru.tiket(), w.kode(), w.nama(), awal, akhir, tujuan, kataKunci, clock.instant()));
		return baru;
	}

	/** The area: a region code of the coverage (routed to its desk), or the requester's words. */
	private Wilayah wilayah(PermintaanDataForm form) {
		String kode = form.getWilayah() == null ? "" : form.getWilayah().strip();
		if (!kode.isEmpty()) {
			OrganisasiRef o = organisasiCakupan().stream().filter(r -> kode.equals(r.kodeWilayah())).findFirst()
				.orElseThrow(() -> new InvalidFieldException("wilayah", "layanan.permintaanData.galat.wilayahLuar"));
			return new Wilayah(kode, LayananAkses.wilayah(o), meja(o));
		}
		String lain = Isian.opsional("wilayahLain", form.getWilayahLain(), 200);
		if (lain == null) {
			throw new InvalidFieldException("wilayah", "layanan.permintaanData.galat.wilayah");
		}
		return new Wilayah(null, lain, null);
	}

	/** The service desk of the organization, or of the nearest one above it; null: the form's choice. */
	private Long meja(OrganisasiRef o) {
		Set<Long> meja = akses.penyelenggara().stream().map(OrganisasiRef::id).collect(Collectors.toSet());
		Set<Long> dilihat = new HashSet<>();
		Optional<OrganisasiRef> r = Optional.of(o);
		while (r.isPresent() && dilihat.add(r.get().id())) {
			if (meja.contains(r.get().id())) {
				return r.get().id();
			}
			r = Optional.ofNullable(r.get().indukId()).flatMap(organisasi::organisasi);
		}
		return null;
	}

	private record Wilayah(String kode, String nama, Long organisasiId) {
	}

	private int tahun(String field, Integer tahun) {
		int maks = LocalDate.now(clock.withZone(calendar.zone())).getYear() + 10;
		if (tahun == null) {
			throw new InvalidFieldException(field, "validasi.wajib");
		}
		if (tahun < TAHUN_MIN || tahun > maks) {
			throw new InvalidFieldException(field, "layanan.permintaanData.galat.tahun", TAHUN_MIN, maks);
		}
		return tahun;
	}

	// ---- reading ------------------------------------------------------------------------------

	/** A request with its details, and whether the user may see the requester's personal data. */
	record Rincian(Permintaan permintaan, PermintaanData data, boolean pribadi) {
	}

	Rincian lihat(String nomor) {
		PermintaanData d = repository.findByNomor(nomor).orElseThrow(() -> new NotFoundException("layanan.galat.tiketTidakAda"));
		Permintaan p = jenis.repository().findByNomor(nomor).orElseThrow();
		if (menangani(d.getOrganisasiId())) {
			return new Rincian(p, d, true);
		}
		if (anggota(d.getOrganisasiId())) {
			return new Rincian(p, d, false);
		}
		throw new AccessDeniedException("Not of this request's organization");
	}

	/** The handling staff: the organization's service desk, its Walidata, administrators. */
	boolean menangani(long organisasiId) {
		return akses.bolehLihat(organisasiId) || currentUser.hasIn(Peran.WALIDATA, organisasiId);
	}

	/** Any government role in the organization (not a registered member of the public). */
	private boolean anggota(long organisasiId) {
		return currentUser.get().map(u -> u.getPenugasan().stream()
			.anyMatch(p -> p.organisasiId() == organisasiId && p.peran() != Peran.PENGGUNA)).orElse(false);
	}

	/** The requests of the organizations the user handles, newest first, with their tickets. */
	Page<Rincian> daftar(int halaman) {
		PageRequest page = PageRequest.of(Math.max(0, halaman), 20, Sort.by(Sort.Order.desc("dibuatPada"), Sort.Order.desc("id")));
		Page<PermintaanData> out;
		if (akses.admin()) {
			out = repository.findAll(page);
		}
		else {
			Set<Long> orgs = new HashSet<>(akses.organisasiStaf());
			orgs.addAll(currentUser.organisasiWith(Peran.WALIDATA));
			out = orgs.isEmpty() ? Page.empty(page) : repository.findByOrganisasiIdIn(orgs, page);
		}
		List<String> nomor = out.getContent().stream().map(PermintaanData::getNomor).toList();
		Map<String, Permintaan> tiketnya = nomor.isEmpty() ? Map.of()
				: jenis.repository().findAll((root, q, cb) -> root.get("nomor").in(nomor)).stream()
					.collect(Collectors.toMap(Permintaan::getNomor, Function.identity()));
		return out.map(d -> new Rincian(tiketnya.get(d.getNomor()), d, true));
	}

	/** Whether the user may propose it to the Daftar Data now: the organization's Walidata, once, unless it was closed. */
	boolean bolehUsulkan(PermintaanData d) {
		return (currentUser.hasIn(Peran.WALIDATA, d.getOrganisasiId()) || akses.admin()) && d.getEntriId() == null
				&& jenis.repository().findByNomor(d.getNomor()).map(p -> p.getStatus() != StatusPermintaan.DITUTUP).orElse(false);
	}

	/** The producer units of the organization a proposal may go to. */
	List<UnitRef> produsen(long organisasiId) {
		return organisasi.unitBerjenis(organisasiId, JenisUnit.PRODUSEN_DATA).stream().filter(UnitRef::aktif).toList();
	}

	/** Next year: the Daftar Data a proposal goes to. */
	int tahunUsulan() {
		return LocalDate.now(clock.withZone(calendar.zone())).getYear() + 1;
	}

	Optional<UsulanDaftarData.StatusUsulan> usulan(PermintaanData d) {
		return d.getEntriId() == null ? Optional.empty() : usulan.status(d.getEntriId());
	}

	/** The dataset the planned data became, when the caller may see it and it has a published release. */
	Optional<DatasetDetail> terbit(UsulanDaftarData.StatusUsulan s) {
		if (s.datasetId() == null) {
			return Optional.empty();
		}
		return katalog.dataset(String.valueOf(s.datasetId())).filter(d -> d.ringkas().terbitTerakhir() != null);
	}

	// ---- answering ----------------------------------------------------------------------------

	/**
	 * The handler resolves the request with a public dataset of the catalog and a note for the
	 * requester: the chain's {@link AksiPermintaan#SELESAIKAN} step (only whoever handles the work),
	 * and the dataset linked for the requester to follow.
	 */
	@Transactional
	PermintaanData jawab(String nomor, String dataset, String hasil, Long version) {
		PermintaanData d = repository.findByNomor(nomor).orElseThrow(() -> new NotFoundException("layanan.galat.tiketTidakAda"));
		String slug = Isian.wajib("dataset", dataset, 200);
		DatasetDetail ds = katalog.dataset(slug).filter(x -> x.ringkas().akses() == Akses.TERBUKA)
			.orElseThrow(() -> new InvalidFieldException("dataset", "layanan.permintaanData.galat.dataset", slug));
		permintaan.jalankan(nomor, AksiPermintaan.SELESAIKAN, hasil, null, version);
		d.dijawabDengan(ds.ringkas().id(), ds.ringkas().slug(), ds.ringkas().judul(), clock.instant());
		audit.record("permintaanData.dijawabDataset", "LayananPermintaan", d.getPermintaanId(),
				nomor + " dijawab dengan dataset " + ds.ringkas().slug());
		return d;
	}

	/**
	 * The organization's Walidata turns the request into an entry of next year's Daftar Data for a
	 * producer unit; the entry names the request as its origin, the request shows the entry, the
	 * history tells the requester. Once per request; not for a request closed without handling.
	 */
	@Transactional
	PermintaanData usulkan(String nomor, Long unitId) {
		PermintaanData d = repository.findByNomor(nomor).orElseThrow(() -> new NotFoundException("layanan.galat.tiketTidakAda"));
		if (!currentUser.hasIn(Peran.WALIDATA, d.getOrganisasiId()) && !akses.admin()) {
			throw new AccessDeniedException("Not the Walidata of this request's organization");
		}
		Permintaan p = jenis.repository().findByNomor(nomor).orElseThrow();
		if (d.getEntriId() != null) {
			throw new UserFacingException(HttpStatus.CONFLICT, "layanan.permintaanData.galat.sudahDiusulkan");
		}
		if (p.getStatus() == StatusPermintaan.DITUTUP) {
			throw new UserFacingException(HttpStatus.CONFLICT, "layanan.permintaanData.galat.ditutup");
		}
		if (unitId == null) {
			throw new InvalidFieldException("produsenUnitId", "validasi.wajib");
		}
		int tahun = tahunUsulan();
		String deskripsi = p.getUraian() + "\n\nWilayah: " + d.getWilayahNama() + ". Tahun: " + d.getTahun()
				+ ". Tujuan pemohon: " + d.getTujuan();
		long entri = usulan.usulkan(new UsulanDaftarData.UsulanBaru(d.getOrganisasiId(), unitId, tahun, p.getPerihal(),
				deskripsi, nomor, "/kelola/permintaan-data/" + nomor));
		Instant now = clock.instant();
		d.diusulkan(entri, now);
		tiket.catatLangkah(jenis, p, new JejakLayanan.Langkah(RiwayatLayanan.PERMINTAAN, p.getId(), "DIUSULKAN_DAFTAR_DATA",
				p.getStatus().name(), p.getStatus().name(), null, null, "Daftar Data " + tahun, true, null, null),
				"diusulkanDaftarData", ", entri Daftar Data #" + entri + " (" + tahun + ")");
		tiket.kabariPemohon(p, "layanan.notif.permintaanDataDiusulkan");
		return d;
	}

}
