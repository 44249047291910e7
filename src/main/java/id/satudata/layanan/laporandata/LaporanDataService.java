package id.satudata.layanan.laporandata;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.Akses;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.layanan.internal.Isian;
import id.satudata.layanan.internal.LayananAkses;
import id.satudata.layanan.tiket.JejakLayanan;
import id.satudata.layanan.tiket.RiwayatLayanan;
import id.satudata.layanan.tiket.TiketLayanan;
import id.satudata.layanan.tiket.TiketLayanan.TiketBaru;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;

/**
 * Reports of a problem in a public (TERBUKA) dataset: filed by anyone from the dataset's page, to
 * the dataset's organization, due within {@link JenisTiketLaporanData#BATAS}; answered and closed by
 * the organization's Walidata or the producer unit's Produsen Data. The ticket core numbers it,
 * gives it a tracking code, writes the history, audits and notifies.
 */
@Service
@Transactional(readOnly = true)
class LaporanDataService {

	private final TiketLayanan tiket;
	private final JenisTiketLaporanData jenis;
	private final Katalog katalog;
	private final LayananAkses akses;
	private final WorkingCalendar calendar;
	private final Clock clock;

	LaporanDataService(TiketLayanan tiket, JenisTiketLaporanData jenis, Katalog katalog, LayananAkses akses,
			WorkingCalendar calendar, Clock clock) {
		this.tiket = tiket;
		this.jenis = jenis;
		this.katalog = katalog;
		this.akses = akses;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The dataset a report may be filed on: one the public sees (TERBUKA); any other is "not found". */
	DatasetDetail dataset(String slug) {
		return katalog.dataset(slug).filter(d -> d.ringkas().akses() == Akses.TERBUKA)
			.orElseThrow(() -> new NotFoundException("dataset.galat.tidakAda"));
	}

	@Transactional
	TiketBaru<LaporanData> ajukan(String slug, LaporanDataForm form) {
		DatasetDetail d = dataset(slug);
		if (form.getMasalah() == null) {
			throw new InvalidFieldException("masalah", "validasi.wajib");
		}
		form.setPerihal(perihal(d.ringkas().judul()));
		Instant now = clock.instant();
		TiketLayanan.Ajuan ajuan = new TiketLayanan.Ajuan(d.ringkas().organisasiId(), form, now,
				akses.pengguna().map(SatuDataUser::getId).orElse(null), null, List.of());
		return tiket.ajukan(jenis, ajuan, m -> new LaporanData(m, d.ringkas().id(), d.ringkas().slug(), d.ringkas().judul(),
				d.produsenUnitId(), form.getMasalah(), JenisTiketLaporanData.BATAS.tenggat(calendar, m.diterimaPada())));
	}

	/** The subject: the dataset reported (cut to the subject's length); what is wrong is the report's type. */
	private static String perihal(String judul) {
		String s = "Laporan masalah data: " + judul;
		return s.length() > 200 ? s.substring(0, 200) : s;
	}

	LaporanData lihat(String nomor) {
		return tiket.lihat(jenis, nomor);
	}

	Page<LaporanData> daftar(boolean semua, int halaman) {
		var spec = semua ? jenis.terlihat() : jenis.terbuka().and(jenis.terlihat());
		return jenis.repository().findAll(spec, PageRequest.of(Math.max(0, halaman), 20, jenis.urutan()));
	}

	/** The Walidata or the producer answers the report and closes it; the reporter is told. */
	@Transactional
	LaporanData jawab(String nomor, String jawaban, Long version) {
		LaporanData t = tiket.untukLangkah(jenis, nomor, version);
		if (!t.getStatus().terbuka()) {
			throw new InvalidFieldException("jawaban", "layanan.galat.laporanDataSelesai");
		}
		String teks = Isian.wajib("jawaban", jawaban, 4000);
		SatuDataUser user = akses.pengguna().orElseThrow();
		StatusLaporanData dari = t.getStatus();
		t.jawab(teks, user.getId(), user.getNamaLengkap(), clock.instant());
		tiket.catatLangkah(jenis, t, new JejakLayanan.Langkah(RiwayatLayanan.LAPORAN_DATA, t.getId(), "DIJAWAB", dari.name(),
				t.getStatus().name(), null, null, teks, true, null, null), "dijawab", "");
		tiket.kabariPemohon(t, "layanan.notif.laporanDataDijawab");
		return t;
	}

}
