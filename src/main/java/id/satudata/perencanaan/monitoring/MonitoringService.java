package id.satudata.perencanaan.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.daftardata.EntriRepository;
import id.satudata.perencanaan.daftardata.StatusEntri;
import id.satudata.perencanaan.internal.HariIni;
import id.satudata.perencanaan.jadwal.JadwalRilisService;
import id.satudata.perencanaan.jadwal.Rilisan;

/**
 * The monitoring dashboard's figures for a year: an organization as a whole, per OPD, and (for a
 * province) each kabupaten/kota beside it; entries by status; and the releases behind every
 * figure, for drill-down and export. {@code publik} keeps to what the public may see.
 */
@Service
@Transactional(readOnly = true)
class MonitoringService {

	/** A row of a table: who, and their figures. */
	record Baris(long id, String nama, Ringkasan ringkasan) {
	}

	/** Everything the dashboard shows for one organization and year. */
	record Dasbor(int tahun, OrganisasiRef organisasi, Ringkasan total, List<Baris> perOpd, List<Baris> perWilayah,
			Map<StatusEntri, Long> statusEntri, List<Rilisan> rilis, boolean dariKatalog, LocalDate hariIni) {
	}

	private final EntriRepository entri;
	private final JadwalRilisService jadwal;
	private final OrganisasiDirectory organisasi;
	private final SumberProgres sumber;
	private final HariIni hariIni;

	MonitoringService(EntriRepository entri, JadwalRilisService jadwal, OrganisasiDirectory organisasi,
			SumberProgres sumber, HariIni hariIni) {
		this.entri = entri;
		this.jadwal = jadwal;
		this.organisasi = organisasi;
		this.sumber = sumber;
		this.hariIni = hariIni;
	}

	Dasbor dasbor(OrganisasiRef org, int tahun, boolean publik) {
		LocalDate today = hariIni.tanggal();
		List<OrganisasiRef> tree = organisasi.organisasiDanTurunan(org.id());
		Set<Long> ids = tree.stream().map(OrganisasiRef::id).collect(Collectors.toSet());
		List<Entri> approved = entri.findByStatusAndTahunAndOrganisasiIdIn(StatusEntri.DISETUJUI, tahun, ids);
		List<Rilisan> all = jadwal.susun(approved, j -> true);
		if (publik) {
			all = all.stream().filter(jadwal::publik).toList();
		}
		List<Rilisan> own = all.stream().filter(r -> r.entri().getOrganisasiId() == org.id()).toList();
		Map<Long, List<Rilisan>> byUnit = new LinkedHashMap<>();
		own.forEach(r -> byUnit.computeIfAbsent(r.entri().getProdusenUnitId(), k -> new ArrayList<>()).add(r));
		List<Baris> perOpd = new ArrayList<>();
		for (UnitRef u : organisasi.unitOrganisasi(org.id())) {
			List<Rilisan> list = byUnit.get(u.id());
			if (list != null) {
				perOpd.add(new Baris(u.id(), u.nama(), Ringkasan.dari(list, today)));
			}
		}
		perOpd.sort(Comparator.comparing(Baris::nama));
		List<Baris> perWilayah = new ArrayList<>();
		if (tree.size() > 1) {
			for (OrganisasiRef o : tree) {
				if (o.id() == org.id() || o.indukId() != null && o.indukId() == org.id()) {
					List<Rilisan> list = all.stream().filter(r -> r.entri().getOrganisasiId() == o.id()).toList();
					perWilayah.add(new Baris(o.id(), o.nama(), Ringkasan.dari(list, today)));
				}
			}
		}
		Map<StatusEntri, Long> status = new EnumMap<>(StatusEntri.class);
		if (!publik) {
			for (StatusEntri s : StatusEntri.values()) {
				status.put(s, 0L);
			}
			entri.jumlahPerStatus(org.id(), tahun).forEach(j -> status.put(j.status(), j.jumlah()));
		}
		return new Dasbor(tahun, org, Ringkasan.dari(own, today), perOpd, perWilayah, status, own, sumber.dariKatalog(),
				today);
	}

	/** The releases of one OPD's approved entries of a year (the dashboard's drill-down). */
	List<Rilisan> opd(long unitId, int tahun) {
		return jadwal.susun(entri.findByStatusAndTahunAndProdusenUnitId(StatusEntri.DISETUJUI, tahun, unitId), j -> true);
	}

}
