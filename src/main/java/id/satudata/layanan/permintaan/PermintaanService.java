package id.satudata.layanan.permintaan;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.layanan.internal.BatasWaktu;
import id.satudata.layanan.internal.LayananAkses;
import id.satudata.layanan.internal.LayananProperties;
import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.layanan.tiket.BerkasMasuk;
import id.satudata.layanan.tiket.JejakLayanan;
import id.satudata.layanan.tiket.RiwayatLayanan;
import id.satudata.layanan.tiket.TiketLayanan;
import id.satudata.layanan.tiket.TiketLayanan.TiketBaru;
import id.satudata.organisasi.PenggunaDirectory;
import id.satudata.organisasi.PenggunaRef;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.web.InvalidFieldException;

/**
 * Service requests: filed on the portal (anyone) or recorded by the service desk, dispositioned
 * down the chain against each step's target, handled against the SLA of their type, resolved and
 * rated. Every step is decided by {@link AlurPermintaan} and applied by the request as decided; the
 * ticket core ({@link TiketLayanan}) writes it to the history with the working time it was held,
 * audits it and notifies whoever holds it next.
 */
@Service
@Transactional(readOnly = true)
class PermintaanService {

	private final TiketLayanan tiket;
	private final JenisTiketPermintaan jenis;
	private final LayananAkses akses;
	private final PenggunaDirectory pengguna;
	private final WorkingCalendar calendar;
	private final LayananProperties properties;
	private final Clock clock;

	PermintaanService(TiketLayanan tiket, JenisTiketPermintaan jenis, LayananAkses akses, PenggunaDirectory pengguna,
			WorkingCalendar calendar, LayananProperties properties, Clock clock) {
		this.tiket = tiket;
		this.jenis = jenis;
		this.akses = akses;
		this.pengguna = pengguna;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	// ---- filing -------------------------------------------------------------------------------

	/** A request from the portal: by anyone; a logged-in user's request is linked to their account. */
	@Transactional
	TiketBaru<Permintaan> ajukan(PermintaanForm form, List<BerkasMasuk> berkas) {
		return buat(tiket.diPortal(form, berkas), form, KanalPermintaan.PORTAL);
	}

	/** A request that reached the service desk another way, recorded by its staff with the channel. */
	@Transactional
	TiketBaru<Permintaan> catat(PermintaanForm form, List<BerkasMasuk> berkas) {
		long org = tiket.mejaStaf(form);
		KanalPermintaan kanal = tiket.kanalStaf(form.getKanal(), KanalPermintaan.PORTAL);
		return buat(tiket.olehStaf(org, form, berkas), form, kanal);
	}

	/** Files it with the Kepala Dinas, whose disposition is due within its target. */
	private TiketBaru<Permintaan> buat(TiketLayanan.Ajuan ajuan, PermintaanForm form, KanalPermintaan kanal) {
		if (form.getJenis() == null) {
			throw new InvalidFieldException("jenis", "validasi.wajib");
		}
		if (form.getJenis() == JenisLayanan.PERMINTAAN_DATA) {
			// a data request needs its area, years and purpose: it has a form of its own
			throw new InvalidFieldException("jenis", "layanan.galat.jenisPermintaanData");
		}
		return tiket.ajukan(jenis, ajuan, m -> new Permintaan(m, form.getJenis(), kanal,
				properties.disposisi().batas(TingkatLayanan.KEPALA_DINAS).tenggat(calendar, m.dibuatPada())));
	}

	// ---- the chain ----------------------------------------------------------------------------

	/**
	 * Takes one step as the current user.
	 *
	 * @param kepadaId for a disposition: the named person of the next level (null: any holder of its role)
	 * @param version the version the user saw (a changed request is refused with 409)
	 */
	@Transactional
	Permintaan jalankan(String nomor, AksiPermintaan aksi, String catatan, Long kepadaId, Long version) {
		Permintaan p = tiket.untukLangkah(jenis, nomor, version);
		Set<PeranPermintaan> peran = peran(p);
		String teks = tiket.catatan(catatan);
		AlurPermintaan.Langkah ke = AlurPermintaan.jalankan(p.getStatus(), aksi, peran, teks);
		StatusPermintaan dari = p.getStatus();
		TingkatLayanan tingkat = p.getTingkat();
		Instant mulai = p.getDitahanSejak();
		Integer sasaran = dari.tingkatDisposisi()
			.map(t -> (int) properties.disposisi().batas(t).waktuKerja(calendar).toMinutes()).orElse(null);
		Optional<PenggunaRef> kepada = aksi == AksiPermintaan.DISPOSISI ? kepada(p, ke.tingkat(), kepadaId) : Optional.empty();
		SatuDataUser user = akses.pengguna().orElseThrow();
		Permintaan.Orang orang = aksi == AksiPermintaan.DISPOSISI
				? kepada.map(u -> new Permintaan.Orang(u.id(), u.namaLengkap())).orElse(null)
				: new Permintaan.Orang(user.getId(), user.getNamaLengkap());
		Instant now = clock.instant();
		p.terapkan(ke, orang, teks, tenggat(p, ke, now), now);
		// the note of a disposition is an internal instruction; the result and a closing reason are for the requester
		boolean publik = aksi == AksiPermintaan.SELESAIKAN || aksi == AksiPermintaan.TUTUP;
		tiket.catatLangkah(jenis, p, new JejakLayanan.Langkah(RiwayatLayanan.PERMINTAAN, p.getId(), aksi.name(),
				dari.name(), p.getStatus().name(), tingkat, p.getStatus().terbuka() ? p.getTingkat() : null, teks, publik,
				mulai, sasaran), aksi.peristiwa(), kepada.map(u -> " kepada " + u.username()).orElse(""));
		switch (aksi) {
			case DISPOSISI -> tiket.kabariPemegang(jenis, p, "layanan.notif.disposisi");
			case SELESAIKAN -> tiket.kabariPemohon(p, "layanan.notif.selesai");
			case TUTUP -> tiket.kabariPemohon(p, "layanan.notif.ditutup");
			case TANGANI -> {
				// the holder takes it on personally: nobody else to tell
			}
		}
		return p;
	}

	/** The due time of the holding a step begins: the next disposition step's target, or the SLA once the work starts. */
	private Instant tenggat(Permintaan p, AlurPermintaan.Langkah ke, Instant now) {
		if (ke.status() == StatusPermintaan.DIPROSES) {
			return sla(p).tenggat(calendar, now);
		}
		return ke.status().tingkatDisposisi().map(t -> properties.disposisi().batas(t).tenggat(calendar, now)).orElse(null);
	}

	/**
	 * The user's parts for a request: the level holding a disposition step (unless it was sent to a
	 * named person who is somebody else), {@link PeranPermintaan#PENANGAN} for whoever handles the work.
	 */
	private Set<PeranPermintaan> peran(Permintaan p) {
		Set<PeranPermintaan> out = EnumSet.noneOf(PeranPermintaan.class);
		Optional<SatuDataUser> user = akses.pengguna();
		if (user.isEmpty()) {
			return out;
		}
		Set<TingkatLayanan> tingkat = akses.tingkatDi(p.getOrganisasiId());
		boolean memegang = p.dipegang(tingkat, user.get().getId());
		for (TingkatLayanan t : tingkat) {
			if (t != p.getTingkat() || memegang) {
				out.add(PeranPermintaan.dari(t));
			}
		}
		if (p.getStatus() == StatusPermintaan.DIPROSES && memegang) {
			out.add(PeranPermintaan.PENANGAN);
		}
		return out;
	}

	/** The named person of the next level, who must hold its role in the request's organization. */
	private Optional<PenggunaRef> kepada(Permintaan p, TingkatLayanan tingkat, Long kepadaId) {
		if (kepadaId == null) {
			return Optional.empty();
		}
		return Optional.of(pengguna.pemegangPeran(tingkat.peran(), p.getOrganisasiId()).stream().filter(u -> u.id() == kepadaId)
			.findFirst().orElseThrow(() -> new InvalidFieldException("kepadaId", "layanan.galat.kepada")));
	}

	// ---- reading ------------------------------------------------------------------------------

	Permintaan lihat(String nomor) {
		return tiket.lihat(jenis, nomor);
	}

	Set<AksiPermintaan> aksiTersedia(Permintaan p) {
		return AlurPermintaan.aksiTersedia(p.getStatus(), peran(p));
	}

	/** Who may receive the disposition from this step: active holders of the next level's role. */
	List<PenggunaRef> calonPenerima(Permintaan p) {
		return p.getStatus().tingkatDisposisi().flatMap(TingkatLayanan::bawahan)
			.map(t -> pengguna.pemegangPeran(t.peran(), p.getOrganisasiId())).orElse(List.of());
	}

	BatasWaktu sla(Permintaan p) {
		return p.getJenis().sla(properties);
	}

}
