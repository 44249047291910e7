package id.satudata.standar.usulan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.notifikasi.Notifikasi;
import id.satudata.notifikasi.Pemberitahuan;
import id.satudata.notifikasi.Penerima;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.TingkatOrganisasi;
import id.satudata.organisasi.UnitRef;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.shared.alur.TransisiDitolak;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Penugasan;
import id.satudata.shared.security.Peran;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;
import id.satudata.standar.JenisStandar;
import id.satudata.standar.sds.DrafStandar;
import id.satudata.standar.sds.KaidahNama;
import id.satudata.standar.sds.KatalogStandarService;
import id.satudata.standar.sds.StandarData;
import id.satudata.standar.sds.StandarTidakValidException;
import id.satudata.standar.sds.WilayahNama;

/**
 * SDS proposals: writing one (reuse first: similar standards are shown and a reason is required
 * when they exist; the naming rules must hold), and taking it through {@link AlurUsulanSds}: each
 * step is recorded with its checklist, note and working time, audited, and notifies whoever acts
 * next. Approval enters the standard into the catalogue ({@link KatalogStandarService}).
 */
@Service
@Transactional(readOnly = true)
class UsulanSdsService {

	private final UsulanSdsRepository repository;
	private final LangkahUsulanRepository langkah;
	private final KatalogStandarService katalog;
	private final WilayahNama wilayahNama;
	private final OrganisasiDirectory organisasi;
	private final KodeReferensiLookup kodeReferensi;
	private final Notifikasi notifikasi;
	private final WorkingCalendar kalender;
	private final StandarProperties properties;
	private final Audit audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	UsulanSdsService(UsulanSdsRepository repository, LangkahUsulanRepository langkah, KatalogStandarService katalog,
			WilayahNama wilayahNama, OrganisasiDirectory organisasi, KodeReferensiLookup kodeReferensi,
			Notifikasi notifikasi, WorkingCalendar kalender, StandarProperties properties, Audit audit,
			CurrentUser currentUser, Clock clock) {
		this.repository = repository;
		this.langkah = langkah;
		this.katalog = katalog;
		this.wilayahNama = wilayahNama;
		this.organisasi = organisasi;
		this.kodeReferensi = kodeReferensi;
		this.notifikasi = notifikasi;
		this.kalender = kalender;
		this.properties = properties;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The checklist each level completes before forwarding or approving, by kind of standard. */
	static List<String> checklist(JenisStandar jenis) {
		List<String> out = new ArrayList<>(List.of("NAMA_KAIDAH", "DEFINISI_JELAS", "TIDAK_DUPLIKAT", "REFERENSI"));
		if (jenis == JenisStandar.VARIABEL) {
			out.addAll(List.of("UKURAN_SATUAN", "VALUE_DOMAIN"));
		}
		if (jenis == JenisStandar.KLASIFIKASI) {
			out.add("KATEGORI_LENGKAP");
		}
		return out;
	}

	// ---- writing ------------------------------------------------------------------------------

	@Transactional
	UsulanSds buat(UsulanForm form) {
		Penugasan produsen = penugasanProdusen();
		SatuDataUser user = currentUser.require();
		UsulanSds u = new UsulanSds(form.getJenis(), user.getId(), user.getNamaLengkap(), produsen.organisasiId(),
				produsen.unitId(), clock.instant());
		isi(u, form);
		u = repository.save(u);
		audit.record("sds.usulanDibuat", "UsulanSds", u.getId(), u.getJenis() + ": " + u.getIsi().getNama());
		return u;
	}

	@Transactional
	UsulanSds ubah(long id, UsulanForm form) {
		UsulanSds u = usulan(id);
		if (!peran(u).contains(PeranUsulan.PENGUSUL)) {
			throw new AccessDeniedException("Not the proposer");
		}
		AlurUsulanSds.pastikanIsiBisaDiubah(u.getStatus());
		if (form.getVersion() != null && form.getVersion() != u.getVersion()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
		if (form.getJenis() != u.getJenis()) {
			form.setJenis(u.getJenis());
		}
		isi(u, form);
		audit.record("sds.usulanDiubah", "UsulanSds", u.getId(), u.getIsi().getNama());
		return u;
	}

	private void isi(UsulanSds u, UsulanForm form) {
		DrafStandar d = form.draf();
		List<DrafStandar.Galat> galat = new ArrayList<>(d.periksa(rujukan()));
		String diperbarui = DrafStandar.up(form.getKodeDiperbarui());
		if (diperbarui != null && katalog.standarBerlaku(diperbarui).filter(s -> s.getJenis() == d.jenis()).isEmpty()) {
			galat.add(new DrafStandar.Galat("kodeDiperbarui", "sds.galat.diperbaruiTidakAda", diperbarui));
		}
		if (d.nama() != null) {
			for (KaidahNama.Temuan t : kaidah(d.jenis(), d.nama(), diperbarui)) {
				if (t.tingkat() == KaidahNama.Tingkat.GALAT) {
					galat.add(new DrafStandar.Galat("nama", t.pesanKey(), t.detail()));
					break;
				}
			}
		}
		List<String> mirip = diperbarui != null ? List.of()
				: katalog.mirip(d.jenis(), d.nama()).stream().map(h -> h.standar().getKode()).toList();
		String alasan = DrafStandar.t(form.getAlasanBaru());
		if (!mirip.isEmpty() && alasan == null) {
			galat.add(new DrafStandar.Galat("alasanBaru", "sds.galat.alasanWajib", String.join(", ", mirip)));
		}
		if (alasan != null && alasan.length() > 2000) {
			galat.add(new DrafStandar.Galat("alasanBaru", "metadata.galat.panjang", 2000));
		}
		if (!galat.isEmpty()) {
			throw new StandarTidakValidException(galat);
		}
		String miripText = String.join(",", mirip);
		u.ubahIsi(d.isi(), d.kategoriList(), diperbarui, alasan, miripText.length() > 1000 ? miripText.substring(0, 1000) : miripText,
				clock.instant());
	}

	/** The naming rules for a name of the kind ({@code kecualiKode}: the standard being revised keeps its name). */
	List<KaidahNama.Temuan> kaidah(JenisStandar jenis, String nama, String kecualiKode) {
		return KaidahNama.periksa(jenis, nama, normal -> katalog.namaAda(jenis, normal, kecualiKode), wilayahNama::disebut);
	}

	DrafStandar.Rujukan rujukan() {
		return new DrafStandar.Rujukan() {
			@Override
			public boolean standarAda(JenisStandar jenis, String kode) {
				return katalog.standarBerlaku(kode).filter(s -> s.getJenis() == jenis).isPresent();
			}

			@Override
			public boolean daftarKodeAda(String slug) {
				return kodeReferensi.adaDaftar(slug);
			}
		};
	}

	// ---- the flow -----------------------------------------------------------------------------

	@Transactional
	UsulanSds jalankan(long id, AksiUsulan aksi, String catatan, List<String> centang, Long version) {
		UsulanSds u = usulan(id);
		if (version != null && version != u.getVersion()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
		Set<PeranUsulan> peran = peran(u);
		if (aksi == AksiUsulan.AJUKAN && peran.contains(PeranUsulan.PENGUSUL)
				&& (u.getStatus() == StatusUsulan.DRAFT || u.getStatus() == StatusUsulan.DIKEMBALIKAN)) {
			// the levels are fixed at submission, from the producer's organization and the configuration
			tetapkanJenjang(u);
			try {
				isi(u, UsulanForm.of(u));
			}
			catch (StandarTidakValidException e) {
				// content that breaks the rules (they may have changed since it was saved) is a condition of submitting
				throw new TransisiDitolak(HttpStatus.BAD_REQUEST, "sds.galat.perluDiperbaiki", e.getGalat().size());
			}
		}
		AlurUsulanSds.Konteks konteks = u.konteks();
		List<String> diperiksa = centang == null ? List.of() : centang.stream().filter(checklist(u.getJenis())::contains)
			.distinct().toList();
		boolean lengkap = diperiksa.containsAll(checklist(u.getJenis()));
		StatusUsulan dari = u.getStatus();
		StatusUsulan ke = AlurUsulanSds.jalankan(dari, aksi, peran, konteks, lengkap, catatan);
		PeranUsulan sebagai = AlurUsulanSds.pelaku(dari, aksi, konteks).stream().filter(peran::contains).findFirst()
			.orElseThrow();
		Instant now = clock.instant();
		long menit = kalender.workingTimeBetween(u.getMasukPada(), now).toMinutes();
		SatuDataUser user = currentUser.require();
		String note = catatan == null || catatan.isBlank() ? null
				: catatan.strip().length() > 2000 ? catatan.strip().substring(0, 2000) : catatan.strip();
		langkah.save(new LangkahUsulan(u.getId(), aksi, sebagai, dari, ke, user.getUsername(), user.getNamaLengkap(), note,
				sebagai == PeranUsulan.PENGUSUL ? List.of() : diperiksa, u.getMasukPada(), now, menit));
		u.pindah(ke, now);
		if (ke == StatusUsulan.DISETUJUI) {
			Long pembinaOrg = u.organisasi(TingkatUsulan.PEMBINA_PUSAT);
			String pemilik = pembinaOrg == null ? "" : organisasi.unitBerjenis(pembinaOrg, JenisUnit.PEMBINA_DATA_STATISTIK).stream()
				.findFirst().map(UnitRef::nama).orElseGet(() -> organisasi.organisasi(pembinaOrg).map(OrganisasiRef::nama).orElse(""));
			StandarData s = katalog.terbitkan(u.getJenis(), null, u.getKodeDiperbarui(), u.getIsi().salinan(), u.getKategori(),
					pemilik, pembinaOrg, u.getId());
			u.disetujuiSebagai(s.getKode());
		}
		audit.record("sds." + aksi.name().toLowerCase(java.util.Locale.ROOT), "UsulanSds", u.getId(),
				dari + " → " + ke + " (" + sebagai + ", " + menit + " menit kerja)" + (note == null ? "" : ": " + note));
		beritahu(u, aksi, ke, note);
		return u;
	}

	private void beritahu(UsulanSds u, AksiUsulan aksi, StatusUsulan ke, String note) {
		String tautan = "/kelola/standar-data/usulan/" + u.getId();
		String nama = u.getIsi().getNama();
		if (ke.tingkat() != null) {
			TingkatUsulan t = u.konteks().penanganan(ke.tingkat());
			notifikasi.kirim(penerima(u, t), Pemberitahuan.of("standar", "sds.notif.menunggu", tautan, nama,
					Pemberitahuan.kunci(t.labelKey())));
		}
		else if (ke == StatusUsulan.DIKEMBALIKAN || ke == StatusUsulan.DISETUJUI || ke == StatusUsulan.DITOLAK) {
			notifikasi.kirim(List.of(Penerima.pengguna(u.getPengusulId())), Pemberitahuan.of("standar",
					"sds.notif." + ke.name().toLowerCase(java.util.Locale.ROOT), tautan, nama,
					u.getStandarKode() == null ? "" : u.getStandarKode()));
		}
	}

	private List<Penerima> penerima(UsulanSds u, TingkatUsulan t) {
		Long org = u.organisasi(t);
		if (org == null) {
			return List.of();
		}
		if (t == TingkatUsulan.PEMBINA_PUSAT) {
			List<UnitRef> bps = organisasi.unitBerjenis(org, JenisUnit.PEMBINA_DATA_STATISTIK);
			return bps.isEmpty() ? List.of(Penerima.peran(Peran.PEMBINA_DATA, org))
					: bps.stream().map(b -> Penerima.peranUnit(Peran.PEMBINA_DATA, org, b.id())).toList();
		}
		return List.of(Penerima.peran(Peran.WALIDATA, org));
	}

	/** Fixes the organizations of the levels and which levels are active. */
	void tetapkanJenjang(UsulanSds u) {
		OrganisasiRef asal = organisasi.organisasi(u.getOrganisasiId()).orElseThrow();
		Long kab = null;
		Long prov = null;
		Long pusat = null;
		OrganisasiRef o = asal;
		int guard = 0;
		while (o != null && guard++ < 5) {
			if (o.tingkat() == TingkatOrganisasi.KABUPATEN_KOTA && kab == null) {
				kab = o.id();
			}
			else if (o.tingkat() == TingkatOrganisasi.PROVINSI && prov == null) {
				prov = o.id();
			}
			else if (o.tingkat() == TingkatOrganisasi.NASIONAL && pusat == null) {
				pusat = o.id();
			}
			o = o.indukId() == null ? null : organisasi.organisasi(o.indukId()).orElse(null);
		}
		Long pembina = pusat != null ? pusat : prov != null ? prov : kab;
		Set<TingkatUsulan> aktif = EnumSet.noneOf(TingkatUsulan.class);
		aktifBila(aktif, TingkatUsulan.WALIDATA_KABUPATEN, kab);
		aktifBila(aktif, TingkatUsulan.WALIDATA_PROVINSI, prov);
		aktifBila(aktif, TingkatUsulan.WALIDATA_PUSAT, pusat);
		u.tetapkanJenjang(kab, prov, pusat, pembina, aktif);
	}

	private void aktifBila(Set<TingkatUsulan> aktif, TingkatUsulan t, Long org) {
		if (org != null && !properties.tingkatDilewati().contains(t)
				&& organisasi.organisasi(org).map(OrganisasiRef::aktif).orElse(false)
				&& organisasi.unitBerjenis(org, JenisUnit.WALIDATA).stream().anyMatch(UnitRef::aktif)) {
			aktif.add(t);
		}
	}

	/** The parts the current user plays for this proposal. */
	Set<PeranUsulan> peran(UsulanSds u) {
		Set<PeranUsulan> out = EnumSet.noneOf(PeranUsulan.class);
		if (currentUser.hasForUnit(Peran.PRODUSEN_DATA, u.getOrganisasiId(), u.getUnitId())) {
			out.add(PeranUsulan.PENGUSUL);
		}
		for (TingkatUsulan t : TingkatUsulan.values()) {
			Long org = u.organisasi(t);
			if (org == null) {
				continue;
			}
			if (t == TingkatUsulan.PEMBINA_PUSAT) {
				List<UnitRef> bps = organisasi.unitBerjenis(org, JenisUnit.PEMBINA_DATA_STATISTIK);
				boolean pembina = bps.isEmpty() ? currentUser.hasIn(Peran.PEMBINA_DATA, org)
						: bps.stream().anyMatch(b -> currentUser.hasForUnit(Peran.PEMBINA_DATA, org, b.id()));
				if (pembina) {
					out.add(PeranUsulan.PEMBINA_PUSAT);
				}
			}
			else if (currentUser.hasIn(Peran.WALIDATA, org)) {
				out.add(PeranUsulan.dari(t));
			}
		}
		return out;
	}

	// ---- reading ------------------------------------------------------------------------------

	/** A proposal the current user takes part in (proposer, a reviewer of its levels), else not found. */
	UsulanSds usulan(long id) {
		UsulanSds u = repository.findById(id).orElseThrow(() -> new NotFoundException("sds.galat.usulanTidakAda"));
		if (peran(u).isEmpty() && !currentUser.has(Peran.ADMIN)) {
			throw new NotFoundException("sds.galat.usulanTidakAda");
		}
		return u;
	}

	Set<AksiUsulan> aksiTersedia(UsulanSds u) {
		return AlurUsulanSds.aksiTersedia(u.getStatus(), peran(u), u.konteks());
	}

	Optional<PeranUsulan> menunggu(UsulanSds u) {
		return AlurUsulanSds.menunggu(u.getStatus(), u.konteks());
	}

	List<LangkahUsulan> riwayat(UsulanSds u) {
		return langkah.findByUsulanIdOrderByDitanganiPadaAscIdAsc(u.getId());
	}

	/** Handling time so far: the review steps taken, and the current wait if a reviewer holds it. */
	record Waktu(long menitTinjauan, long menitSekarang, int target, boolean lewat) {
	}

	Waktu waktu(UsulanSds u, List<LangkahUsulan> steps) {
		long reviewed = steps.stream().filter(LangkahUsulan::tinjauan).mapToLong(LangkahUsulan::getMenitKerja).sum();
		long now = u.getStatus().tingkat() == null ? 0
				: kalender.workingTimeBetween(u.getMasukPada(), clock.instant()).toMinutes();
		return new Waktu(reviewed, now, properties.targetMenit(), reviewed + now > properties.targetMenit());
	}

	/** Proposals of the user's units and those waiting for the user, newest first. */
	record Kotak(List<UsulanSds> menunggu, List<UsulanSds> milik) {
	}

	Kotak kotak() {
		List<UsulanSds> menungguSaya = new ArrayList<>();
		// in the database: the waiting proposals of the user's organizations; here: whose turn it is at each
		for (UsulanSds u : repository.findWaitingAt(EnumSet.of(StatusUsulan.DI_WALIDATA_KABUPATEN,
				StatusUsulan.DI_WALIDATA_PROVINSI, StatusUsulan.DI_WALIDATA_PUSAT, StatusUsulan.DI_PEMBINA_PUSAT),
				currentUser.organisasiWith(Peran.WALIDATA), currentUser.organisasiWith(Peran.PEMBINA_DATA))) {
			Optional<PeranUsulan> giliran = menunggu(u);
			if (giliran.isPresent() && peran(u).contains(giliran.get())) {
				menungguSaya.add(u);
			}
		}
		Set<Long> units = new LinkedHashSet<>(currentUser.unitsWith(Peran.PRODUSEN_DATA));
		List<UsulanSds> milik = units.isEmpty() ? List.of() : repository.findByUnitIdInOrderByDiubahPadaDesc(units);
		return new Kotak(menungguSaya, milik);
	}

	long jumlahMenunggu() {
		return kotak().menunggu().size();
	}

	private Penugasan penugasanProdusen() {
		SatuDataUser user = currentUser.require();
		return user.getPenugasan().stream().filter(p -> p.peran() == Peran.PRODUSEN_DATA && p.unitId() != null).findFirst()
			.orElseThrow(() -> new AccessDeniedException("Only a Produsen Data of a unit proposes standards"));
	}

}
