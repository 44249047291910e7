package id.satudata.perencanaan.jadwal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.Akses;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.PeriodeRilis;
import id.satudata.perencanaan.JadwalRilisLookup;
import id.satudata.perencanaan.KewajibanRilis;
import id.satudata.perencanaan.KunciRilis;
import id.satudata.perencanaan.ProgresRilis;
import id.satudata.perencanaan.TahapRilis;
import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.daftardata.StatusEntri;
import id.satudata.perencanaan.internal.HariIni;
import id.satudata.perencanaan.internal.KatalogBaca;
import id.satudata.perencanaan.monitoring.SumberProgres;
import id.satudata.shared.kalender.WorkingCalendar;

/**
 * The Jadwal Rilis: every scheduled release of the approved entries, with how it stands (from
 * {@link SumberProgres}) and its lateness on the working calendar. Implements what producers owe
 * ({@link JadwalRilisLookup}) and feeds the calendar, the duties page and the dashboard.
 */
@Service
@Transactional(readOnly = true)
public class JadwalRilisService implements JadwalRilisLookup {

	/** How many release rows the next public releases are looked for in at a time. */
	static final int BARIS_PER_LANGKAH = 50;

	private final JadwalRilisRepository entri;
	private final SumberProgres progres;
	private final KatalogBaca katalog;
	private final WorkingCalendar kalender;
	private final HariIni hariIni;

	JadwalRilisService(JadwalRilisRepository entri, SumberProgres progres, KatalogBaca katalog, WorkingCalendar kalender,
			HariIni hariIni) {
		this.entri = entri;
		this.progres = progres;
		this.katalog = katalog;
		this.kalender = kalender;
		this.hariIni = hariIni;
	}

	// ---- JadwalRilisLookup ------------------------------------------------------------------

	@Override
	public List<KewajibanRilis> kewajibanUnit(long produsenUnitId, int tahun) {
		return kewajiban(susun(entri.findByStatusAndProdusenUnitIdAndTahun(StatusEntri.DISETUJUI, produsenUnitId, tahun),
				j -> true));
	}

	@Override
	public List<KewajibanRilis> kewajibanOrganisasi(long organisasiId, int tahun) {
		return kewajiban(susun(entri.findByStatusAndOrganisasiIdAndTahun(StatusEntri.DISETUJUI, organisasiId, tahun),
				j -> true));
	}

	@Override
	public Optional<KewajibanRilis> kewajiban(long datasetId, String periode) {
		String label = PeriodeRilis.tryParse(periode).map(PeriodeRilis::label).orElse(periode);
		for (Entri e : entri.findByStatusAndDatasetIdOrderByTahunDesc(StatusEntri.DISETUJUI, datasetId)) {
			List<Rilisan> found = susun(List.of(e), j -> j.getPeriode().equals(label));
			if (!found.isEmpty()) {
				return Optional.of(found.get(0).kewajiban());
			}
		}
		return Optional.empty();
	}

	/** Read from the database by date a few rows at a time, until enough unpublished ones are found. */
	@Override
	public List<KewajibanRilis> berikutnyaPublik(LocalDate sejak, int jumlah) {
		List<KewajibanRilis> out = new ArrayList<>();
		for (int nomor = 0; out.size() < jumlah; nomor++) {
			Page<BarisRilis> baris = entri.baris(StatusEntri.DISETUJUI, Akses.TERBUKA, sejak, sejak.plusYears(1), null,
					null, null, PageRequest.of(nomor, BARIS_PER_LANGKAH));
			for (Rilisan r : susun(baris.getContent())) {
				if (!r.terbit() && publik(r) && out.size() < jumlah) {
					out.add(r.kewajiban());
				}
			}
			if (!baris.hasNext()) {
				break;
			}
		}
		return out;
	}

	@Override
	public Map<Long, KewajibanRilis> berikutnya(Collection<Long> datasetIds, LocalDate sejak) {
		Map<Long, KewajibanRilis> out = new HashMap<>();
		if (datasetIds.isEmpty()) {
			return out;
		}
		List<Entri> linked = entri.findByStatusAndDatasetIdIn(StatusEntri.DISETUJUI, Set.copyOf(datasetIds));
		for (Rilisan r : susun(linked, j -> !j.getTanggalRencana().isBefore(sejak))) {
			if (!r.terbit()) {
				out.merge(r.entri().getDatasetId(), r.kewajiban(),
						(a, b) -> a.tanggalRencana().isAfter(b.tanggalRencana()) ? b : a);
			}
		}
		return out;
	}

	// ---- for planning pages ------------------------------------------------------------------

	/**
	 * The approved entries' releases planned in [dari, sampai], by date, with lateness counted as of
	 * {@code hariIni}; {@code publikSaja}: what the public sees.
	 */
	public List<Rilisan> kalender(LocalDate dari, LocalDate sampai, boolean publikSaja, LocalDate hariIni) {
		List<Entri> list = entri.denganRilis(StatusEntri.DISETUJUI, publikSaja ? Akses.TERBUKA : null, dari, sampai, null,
				null, null);
		List<Rilisan> all = susun(list, (e, j) -> dalam(j, dari, sampai), hariIni);
		return publikSaja ? all.stream().filter(this::publik).toList() : all;
	}

	/** The releases of these producer units' approved entries of a year planned until {@code sampai}, by date. */
	public List<Rilisan> rilisUnit(Collection<Long> unitIds, int tahun, LocalDate sampai) {
		return unitIds.isEmpty() ? List.of()
				: susun(entri.findByStatusAndProdusenUnitIdInAndTahun(StatusEntri.DISETUJUI, unitIds, tahun),
						j -> !j.getTanggalRencana().isAfter(sampai));
	}

	/** Whether the public may see a release: its entry and its dataset (if any) are TERBUKA. */
	public boolean publik(Rilisan r) {
		return r.entri().getAkses() == Akses.TERBUKA && (r.aksesDataset() == null || r.aksesDataset() == Akses.TERBUKA);
	}

	/** The releases of these entries chosen by {@code pilih}, with progress and lateness, by date. */
	public List<Rilisan> susun(List<Entri> list, Predicate<JadwalRilis> pilih) {
		return susun(list, (e, j) -> pilih.test(j), hariIni.tanggal());
	}

	/** The releases the database listed, with progress and lateness, by date. */
	List<Rilisan> susun(List<BarisRilis> baris) {
		Set<String> kunci = new LinkedHashSet<>();
		Set<Long> ids = new LinkedHashSet<>();
		baris.forEach(b -> {
			kunci.add(b.kunci());
			ids.add(b.entriId());
		});
		List<Entri> list = ids.isEmpty() ? List.of() : entri.findAllByIdIn(ids);
		return susun(list, (e, j) -> kunci.contains(e.getId() + "|" + j.getPeriode()), hariIni.tanggal());
	}

	List<Rilisan> susun(List<Entri> list, BiPredicate<Entri, JadwalRilis> pilih, LocalDate today) {
		Set<Long> datasetIds = new LinkedHashSet<>();
		Set<Long> unitIds = new LinkedHashSet<>();
		for (Entri e : list) {
			if (e.getDatasetId() != null) {
				datasetIds.add(e.getDatasetId());
				unitIds.add(e.getProdusenUnitId());
			}
		}
		return katalog.withPrefetch(datasetIds, unitIds, () -> susunDengan(list, pilih, today));
	}

	static boolean dalam(JadwalRilis j, LocalDate dari, LocalDate sampai) {
		return !j.getTanggalRencana().isBefore(dari) && !j.getTanggalRencana().isAfter(sampai);
	}

	private List<Rilisan> susunDengan(List<Entri> list, BiPredicate<Entri, JadwalRilis> pilih, LocalDate today) {
		Set<KunciRilis> keys = new LinkedHashSet<>();
		Set<Long> datasetIds = new LinkedHashSet<>();
		for (Entri e : list) {
			if (e.getDatasetId() != null) {
				datasetIds.add(e.getDatasetId());
				e.getJadwal().stream().filter(j -> pilih.test(e, j))
					.forEach(j -> keys.add(new KunciRilis(e.getDatasetId(), j.getPeriode())));
			}
		}
		Map<KunciRilis, ProgresRilis> state = keys.isEmpty() ? Map.of() : progres.aktif().progres(keys);
		Map<Long, DatasetDetail> datasets = katalog.detail(datasetIds);
		List<Rilisan> out = new ArrayList<>();
		for (Entri e : list) {
			DatasetDetail d = e.getDatasetId() == null ? null : datasets.get(e.getDatasetId());
			for (JadwalRilis j : e.getJadwal()) {
				if (!pilih.test(e, j)) {
					continue;
				}
				ProgresRilis p = e.getDatasetId() == null ? null : state.get(new KunciRilis(e.getDatasetId(), j.getPeriode()));
				out.add(rilisan(e, j, d, p, today));
			}
		}
		out.sort(Comparator.comparing((Rilisan r) -> r.jadwal().getTanggalRencana())
			.thenComparing(r -> r.entri().getJudul()).thenComparing(r -> r.jadwal().getPeriode()));
		return out;
	}

	Rilisan rilisan(Entri e, JadwalRilis j, DatasetDetail d, ProgresRilis p, LocalDate today) {
		TahapRilis tahap = p == null ? TahapRilis.DIRENCANAKAN : p.tahap();
		LocalDate terbit = p == null || p.diterbitkanPada() == null ? null
				: p.diterbitkanPada().atZone(kalender.zone()).toLocalDate();
		Keterlambatan late = Keterlambatan.hitung(j.getTanggalRencana(), terbit, today, kalender);
		KewajibanRilis k = new KewajibanRilis(e.getId(), e.getJudul(), e.getOrganisasiId(), e.getProdusenUnitId(),
				e.getTahun(), e.getDatasetId(), d == null ? null : d.ringkas().slug(), e.getFrekuensi(), e.getAkses(),
				j.getPeriode(), j.getTanggalRencana(), late.batas(), e.isPrioritas(), tahap, late.terlambat(),
				late.hariTerlambat(), p == null ? null : p.diterbitkanPada());
		return new Rilisan(e, j, k, p, d == null ? null : d.ringkas().akses());
	}

	private static List<KewajibanRilis> kewajiban(List<Rilisan> list) {
		return list.stream().map(Rilisan::kewajiban).toList();
	}

}
