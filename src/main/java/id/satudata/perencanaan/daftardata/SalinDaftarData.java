package id.satudata.perencanaan.daftardata;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.PeriodeRilis;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.jadwal.JadwalRilis;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.web.UserFacingException;

/**
 * Starts next year's Daftar Data as a copy of this year's: every entry still in play (draft,
 * waiting or approved) becomes a draft of the next year with the same producer, fields and dataset,
 * its schedule generated for the new year (ad hoc dates moved by a year). A biennial (DUA_TAHUNAN)
 * entry released this year is skipped; one released last year comes back. Entries already copied
 * are not copied twice, so copying again only adds what is new.
 */
@Service
class SalinDaftarData {

	/** The outcome: the next year's list and how many entries were added to it. */
	record Hasil(DaftarData daftar, int disalin) {
	}

	private final DaftarDataRepository daftar;
	private final EntriRepository entri;
	private final AksesPerencanaan akses;
	private final DaftarDataService service;
	private final Audit audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	SalinDaftarData(DaftarDataRepository daftar, EntriRepository entri, AksesPerencanaan akses,
			DaftarDataService service, Audit audit, CurrentUser currentUser, Clock clock) {
		this.daftar = daftar;
		this.entri = entri;
		this.akses = akses;
		this.service = service;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Transactional
	Hasil keTahunBerikutnya(long daftarId) {
		DaftarData sumber = service.daftar(daftarId);
		if (!akses.walidata(sumber.getOrganisasiId())) {
			throw new AccessDeniedException("Not the Walidata of this organization");
		}
		int tahun = sumber.getTahun() + 1;
		if (tahun > DaftarData.TAHUN_MAKS) {
			throw new UserFacingException(HttpStatus.CONFLICT, "perencanaan.validasi.tahun");
		}
		Instant now = clock.instant();
		DaftarData target = daftar.findByOrganisasiIdAndTahun(sumber.getOrganisasiId(), tahun)
			.orElseGet(() -> daftar.save(new DaftarData(sumber.getOrganisasiId(), tahun, null, sumber.getId(),
					currentUser.actorName(), now)));
		List<Entri> diDaftar = entri.findByDaftarDataIdOrderByJudulAsc(sumber.getId());
		List<Entri> calon = new ArrayList<>();
		for (Entri e : diDaftar) {
			if (e.getStatus().aktif() && !(e.getFrekuensi() == Frekuensi.DUA_TAHUNAN && !e.getJadwal().isEmpty())) {
				calon.add(e);
			}
		}
		// biennial entries released last year come back this time
		Set<String> diSumber = new HashSet<>();
		calon.forEach(e -> diSumber.add(kunci(e)));
		diDaftar.forEach(e -> diSumber.add(kunci(e)));
		daftar.findByOrganisasiIdAndTahun(sumber.getOrganisasiId(), sumber.getTahun() - 1).ifPresent(lalu -> {
			for (Entri e : entri.findByDaftarDataIdOrderByJudulAsc(lalu.getId())) {
				if (e.getFrekuensi() == Frekuensi.DUA_TAHUNAN && e.getStatus() == StatusEntri.DISETUJUI
						&& !diSumber.contains(kunci(e))) {
					calon.add(e);
				}
			}
		});
		Set<Long> sudah = new HashSet<>();
		Set<String> sudahJudul = new HashSet<>();
		for (Entri e : entri.findByDaftarDataIdOrderByJudulAsc(target.getId())) {
			if (e.getDisalinDariId() != null) {
				sudah.add(e.getDisalinDariId());
			}
			sudahJudul.add(kunci(e));
		}
		int n = 0;
		for (Entri e : calon) {
			if (sudah.contains(e.getId()) || sudahJudul.contains(kunci(e))) {
				continue;
			}
			Entri copy = new Entri(target, e.getProdusenUnitId(), currentUser.actorName(), now);
			copy.ubah(form(e), now);
			copy.disalinDari(e.getId());
			copy = entri.save(copy);
			copy.gantiJadwal(jadwal(e, tahun), now);
			audit.record("daftarData.entri.disalin", "EntriDaftarData", copy.getId(), copy.getJudul() + " dari entri #"
					+ e.getId() + " (" + e.getTahun() + ")");
			n++;
		}
		audit.record("daftarData.disalin", "DaftarData", target.getId(), n + " entri dari Daftar Data " + sumber.getTahun()
				+ " ke " + tahun);
		return new Hasil(target, n);
	}

	private List<JadwalRilis> jadwal(Entri e, int tahun) {
		if (e.getFrekuensi() != Frekuensi.AD_HOC) {
			return service.dibuat(e.getFrekuensi(), tahun);
		}
		int shift = tahun - e.getTahun();
		List<JadwalRilis> out = new ArrayList<>();
		for (JadwalRilis j : e.getJadwal()) {
			String label = j.getPeriode().matches("\\d{4}.*")
					? (Integer.parseInt(j.getPeriode().substring(0, 4)) + shift) + j.getPeriode().substring(4) : j.getPeriode();
			PeriodeRilis.tryParse(label)
				.ifPresent(p -> out.add(new JadwalRilis(p.label(), j.getTanggalRencana().plusYears(shift), true)));
		}
		return out;
	}

	private static EntriForm form(Entri e) {
		EntriForm f = EntriForm.of(e);
		f.setUsulanPrioritas(e.isPrioritas() || e.isUsulanPrioritas());
		f.setVersion(null);
		return f;
	}

	private static String kunci(Entri e) {
		return e.getProdusenUnitId() + "|" + e.getJudul().strip().toLowerCase(Locale.ROOT);
	}

}
