package id.satudata.layanan.pengaduan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.layanan.internal.Isian;
import id.satudata.layanan.internal.LayananAkses;
import id.satudata.layanan.internal.LayananProperties;
import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.layanan.tiket.BerkasMasuk;
import id.satudata.layanan.tiket.JejakLayanan;
import id.satudata.layanan.tiket.RiwayatLayanan;
import id.satudata.layanan.tiket.TiketLayanan;
import id.satudata.layanan.tiket.TiketLayanan.TiketBaru;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.web.InvalidFieldException;

/**
 * Complaints: filed on the portal or recorded from another channel, held by the Petugas Layanan,
 * classified into a tier whose limit runs from filing on the working calendar, answered,
 * escalated up the chain, resolved or refused, and rated. Every step is decided by
 * {@link AlurPengaduan} and applied by the complaint as decided; the ticket core
 * ({@link TiketLayanan}) writes it to the history, audits it and notifies.
 */
@Service
@Transactional(readOnly = true)
class PengaduanService {

	private final TiketLayanan tiket;
	private final JenisTiketPengaduan jenis;
	private final LayananAkses akses;
	private final WorkingCalendar calendar;
	private final LayananProperties properties;
	private final Clock clock;

	PengaduanService(TiketLayanan tiket, JenisTiketPengaduan jenis, LayananAkses akses, WorkingCalendar calendar,
			LayananProperties properties, Clock clock) {
		this.tiket = tiket;
		this.jenis = jenis;
		this.akses = akses;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	/** A complaint from the portal's web form: by anyone; a logged-in user's is linked to their account. */
	@Transactional
	TiketBaru<Pengaduan> ajukan(PengaduanForm form, List<BerkasMasuk> berkas) {
		return buat(tiket.diPortal(form, berkas), KanalPengaduan.WEB, null);
	}

	/** A complaint that reached the desk by another channel, recorded by its staff (SP4N-LAPOR with its number). */
	@Transactional
	TiketBaru<Pengaduan> catat(PengaduanForm form, List<BerkasMasuk> berkas) {
		long org = tiket.mejaStaf(form);
		KanalPengaduan kanal = tiket.kanalStaf(form.getKanal(), KanalPengaduan.WEB);
		String referensi = Isian.opsional("referensiKanal", form.getReferensiKanal(), 100);
		if (kanal == KanalPengaduan.SP4N_LAPOR && referensi == null) {
			throw new InvalidFieldException("referensiKanal", "layanan.galat.referensiLapor");
		}
		return buat(tiket.olehStaf(org, form, berkas), kanal, referensi);
	}

	/** Files it with the Petugas Layanan; until it is classified, the strictest tier's limit applies. */
	private TiketBaru<Pengaduan> buat(TiketLayanan.Ajuan ajuan, KanalPengaduan kanal, String referensi) {
		return tiket.ajukan(jenis, ajuan,
				m -> new Pengaduan(m, kanal, referensi, batas(KategoriPengaduan.RINGAN, m.diterimaPada())));
	}

	/** The due time of a tier, counted from when the complaint was filed. */
	Instant batas(KategoriPengaduan kategori, Instant diterima) {
		return kategori.batas(properties).tenggat(calendar, diterima);
	}

	/** Takes one step as the current user ({@code version}: the version the user saw; a changed complaint is refused). */
	@Transactional
	Pengaduan jalankan(String nomor, AksiPengaduan aksi, KategoriPengaduan kategori, String catatan, Long version) {
		Pengaduan a = tiket.untukLangkah(jenis, nomor, version);
		String teks = tiket.catatan(catatan);
		AlurPengaduan.Langkah ke = AlurPengaduan.jalankan(a.getStatus(), aksi, a.getTingkat(),
				akses.tingkatDi(a.getOrganisasiId()), kategori, teks);
		SatuDataUser user = akses.pengguna().orElseThrow();
		StatusPengaduan dari = a.getStatus();
		TingkatLayanan tingkat = a.getTingkat();
		Instant mulai = a.getDitahanSejak();
		KategoriPengaduan sebelum = a.getKategori();
		Instant now = clock.instant();
		if (aksi == AksiPengaduan.KLASIFIKASI) {
			a.klasifikasi(kategori, batas(kategori, a.getDiterimaPada()), now);
		}
		else if (!ke.status().terbuka()) {
			a.jawab(teks, user.getId(), user.getNamaLengkap(), now);
		}
		a.terapkan(ke, now);
		// responses, the answer and a refusal are for the complainant; escalation reasons stay internal
		boolean eskalasi = aksi == AksiPengaduan.ESKALASI;
		String aksiJejak = aksi == AksiPengaduan.KLASIFIKASI ? "KLASIFIKASI_" + kategori.name() : aksi.name();
		tiket.catatLangkah(jenis, a, new JejakLayanan.Langkah(RiwayatLayanan.PENGADUAN, a.getId(), aksiJejak, dari.name(),
				a.getStatus().name(), tingkat, a.getTingkat(), teks, !eskalasi, eskalasi ? mulai : null, null),
				aksi.peristiwa(), aksi == AksiPengaduan.KLASIFIKASI ? ", " + sebelum + " → " + kategori : "");
		switch (aksi) {
			case ESKALASI -> tiket.kabariPemegang(jenis, a, "layanan.notif.aduanEskalasi");
			case TANGGAPI -> tiket.kabariPemohon(a, "layanan.notif.aduanDitanggapi");
			case TOLAK -> tiket.kabariPemohon(a, "layanan.notif.aduanDitolak");
			case SELESAIKAN -> tiket.kabariPemohon(a, "layanan.notif.aduanSelesai");
			case KLASIFIKASI -> {
				// the tier is the desk's own business
			}
		}
		return a;
	}

	Pengaduan lihat(String nomor) {
		return tiket.lihat(jenis, nomor);
	}

	Set<AksiPengaduan> aksiTersedia(Pengaduan a) {
		return AlurPengaduan.aksiTersedia(a.getStatus(), a.getTingkat(), akses.tingkatDi(a.getOrganisasiId()));
	}

}
