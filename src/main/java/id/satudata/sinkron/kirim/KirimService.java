package id.satudata.sinkron.kirim;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.OrganisasiKatalog;
import id.satudata.katalog.PencarianDataset;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.UserFacingException;
import id.satudata.sinkron.internal.KlienAman;
import id.satudata.sinkron.internal.TujuanDitolak;

/**
 * Choosing datasets to push up and configuring the portal above. The Walidata chooses among their
 * organization's public datasets (administrators among all); only administrators configure the portal.
 * Every change is audited, and a choice writes its outbox row in the same transaction.
 */
@Service
class KirimService {

	static final String OBJEK_DATASET = "KirimDataset";
	static final String OBJEK_TUJUAN = "TujuanKirim";
	private static final Pattern NAMA_CKAN = Pattern.compile("[a-z0-9_-]{0,40}");
	private static final Pattern ORG_CKAN = Pattern.compile("[A-Za-z0-9_.-]{2,100}");

	private final KirimStore store;
	private final Katalog katalog;
	private final CurrentUser currentUser;
	private final Audit audit;
	private final RahasiaToken rahasia;
	private final Clock clock;
	private final KlienAman klien;

	KirimService(KirimStore store, Katalog katalog, CurrentUser currentUser, Audit audit, RahasiaToken rahasia,
			Clock clock, KlienAman klien) {
		this.klien = klien;
		this.store = store;
		this.katalog = katalog;
		this.currentUser = currentUser;
		this.audit = audit;
		this.rahasia = rahasia;
		this.clock = clock;
	}

	/** What the settings page shows: never the token, only where it comes from and its last characters. */
	record TampilanTujuan(Tujuan tujuan, boolean tokenDariKonfigurasi, boolean dapatMenyimpanToken, String tokenAkhir,
			boolean adaToken) {
	}

	/** One public dataset the caller may choose, with its status when chosen. */
	record Pilihan(DatasetRingkas dataset, KirimDataset kirim) {
	}

	record Halaman(List<KirimDataset> terpilih, List<Pilihan> terbuka, long total, int offset, int limit,
			boolean tujuanSiap) {
	}

	@Transactional(readOnly = true)
	public TampilanTujuan tujuan() {
		currentUser.requireAny(Peran.ADMIN);
		Optional<Tujuan> t = store.tujuan();
		String akhir = rahasia.akhir(t.orElse(null));
		return new TampilanTujuan(t.orElse(null), rahasia.dariKonfigurasi(), rahasia.dapatMenyimpan(), akhir,
				rahasia.dariKonfigurasi() || t.map(x -> x.tokenTersimpan() != null).orElse(false));
	}

	/**
	 * Saves the portal above. {@code tokenBaru} blank keeps the stored token; {@code hapusToken} removes it.
	 */
	@Transactional
	public void simpanTujuan(String urlDasar, String organisasiBawaan, String petaOrganisasi, String awalanNama,
			String tokenBaru, boolean hapusToken) {
		currentUser.requireAny(Peran.ADMIN);
		String url = alamatDasar(urlDasar);
		try {
			// the same address rules as every request will meet (link-local never; private per configuration)
			klien.periksaAlamat(URI.create(url).getHost());
		}
		catch (TujuanDitolak e) {
			throw new InvalidFieldException("urlDasar", e.getMessageKey(), e.getArgs());
		}
		String bawaan = organisasiBawaan == null || organisasiBawaan.isBlank() ? null : organisasiBawaan.strip();
		if (bawaan != null && !ORG_CKAN.matcher(bawaan).matches()) {
			throw new InvalidFieldException("organisasiBawaan", "kirim.galat.organisasi");
		}
		String peta = petaOrganisasi == null || petaOrganisasi.isBlank() ? null : petaOrganisasi.strip();
		if (peta != null) {
			for (String line : peta.split("\\R")) {
				int eq = line.indexOf('=');
				if (!line.isBlank() && (eq <= 0 || !ORG_CKAN.matcher(line.substring(eq + 1).strip()).matches())) {
					throw new InvalidFieldException("petaOrganisasi", "kirim.galat.peta", line.strip());
				}
			}
			if (peta.length() > 4000) {
				throw new InvalidFieldException("petaOrganisasi", "kirim.galat.petaPanjang");
			}
		}
		String awalan = awalanNama == null ? "" : awalanNama.strip().toLowerCase(Locale.ROOT);
		if (!NAMA_CKAN.matcher(awalan).matches()) {
			throw new InvalidFieldException("awalanNama", "kirim.galat.awalan");
		}
		Optional<Tujuan> lama = store.tujuan();
		String tersimpan = lama.map(Tujuan::tokenTersimpan).orElse(null);
		String akhir = lama.map(Tujuan::tokenAkhir).orElse(null);
		String perubahanToken = "";
		if (hapusToken) {
			perubahanToken = tersimpan == null ? "" : ", token dihapus";
			tersimpan = null;
			akhir = null;
		}
		else if (tokenBaru != null && !tokenBaru.isBlank()) {
			if (rahasia.dariKonfigurasi()) {
				throw new InvalidFieldException("token", "kirim.galat.tokenDariKonfigurasi");
			}
			if (!rahasia.dapatMenyimpan()) {
				throw new InvalidFieldException("token", "kirim.galat.tanpaKunci");
			}
			String token = tokenBaru.strip();
			if (token.length() > 1000 || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
				throw new InvalidFieldException("token", "kirim.galat.token");
			}
			tersimpan = rahasia.simpan(token);
			akhir = RahasiaToken.akhirDari(token);
			perubahanToken = ", token diganti (…" + akhir + ")";
		}
		String pelaku = currentUser.actorName();
		store.simpanTujuan(new Tujuan(url, bawaan, peta, awalan.isEmpty() ? null : awalan, tersimpan, akhir,
				clock.instant(), pelaku));
		audit.record("kirim.tujuanDiubah", OBJEK_TUJUAN, 1, url + (bawaan == null ? "" : ", organisasi " + bawaan)
				+ (awalan.isEmpty() ? "" : ", awalan " + awalan) + perubahanToken);
	}

	/** Checks the base address: http(s), a host, no user info, query or fragment; without a trailing slash. */
	static String alamatDasar(String urlDasar) {
		if (urlDasar == null || urlDasar.isBlank()) {
			throw new InvalidFieldException("urlDasar", "kirim.galat.urlWajib");
		}
		try {
			URI uri = new URI(urlDasar.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null
					|| uri.getQuery() != null || uri.getFragment() != null || uri.toString().length() > 500) {
				throw new InvalidFieldException("urlDasar", "kirim.galat.url");
			}
			String s = uri.toString();
			while (s.endsWith("/")) {
				s = s.substring(0, s.length() - 1);
			}
			return s;
		}
		catch (URISyntaxException e) {
			throw new InvalidFieldException("urlDasar", "kirim.galat.url");
		}
	}

	/** The organizations whose datasets the caller may choose; null = every one (an administrator). */
	private Set<Long> organisasiKelolaan() {
		currentUser.requireAny(Peran.WALIDATA, Peran.ADMIN);
		if (currentUser.has(Peran.ADMIN)) {
			return null;
		}
		return currentUser.organisasiWith(Peran.WALIDATA);
	}

	@Transactional(readOnly = true)
	public Halaman halaman(String q, int offset, int limit) {
		Set<Long> organisasi = organisasiKelolaan();
		List<KirimDataset> terpilih = store.datasets(organisasi);
		Map<Long, KirimDataset> perDataset = terpilih.stream()
			.collect(Collectors.toMap(KirimDataset::datasetId, k -> k));
		Map<String, List<String>> filter = Map.of();
		if (organisasi != null) {
			List<String> produsen = katalog.organisasiKelolaan().stream().filter(o -> organisasi.contains(o.organisasiId()))
				.map(OrganisasiKatalog::slug).toList();
			if (produsen.isEmpty()) {
				return new Halaman(terpilih, List.of(), 0, offset, limit, store.tujuan().isPresent());
			}
			filter = Map.of(PencarianDataset.Facet.ORGANISASI, produsen);
		}
		Map<String, List<String>> f = filter;
		HasilPencarian hasil = BacaPublik.baca(() -> katalog
			.cari(new PencarianDataset(q == null || q.isBlank() ? null : q.strip(), f, "NAMA", offset, limit, List.of())));
		List<Pilihan> terbuka = hasil.hasil().stream().map(d -> new Pilihan(d, perDataset.get(d.id()))).toList();
		return new Halaman(terpilih, terbuka, hasil.total(), offset, limit, store.tujuan().isPresent());
	}

	/** Chooses a public dataset: it is sent at the worker's next run. */
	@Transactional
	public void pilih(long datasetId) {
		Collection<Long> organisasi = organisasiKelolaan();
		DatasetDetail d = BacaPublik.baca(() -> katalog.dataset(String.valueOf(datasetId)))
			.orElseThrow(() -> new UserFacingException(HttpStatus.CONFLICT, "kirim.galat.bukanPublik"));
		boleh(organisasi, d.ringkas().organisasiId());
		Optional<KirimDataset> ada = store.dataset(datasetId);
		if (ada.isPresent() && ada.get().dipilih()) {
			return;
		}
		Instant now = clock.instant();
		store.pilih(datasetId, d.ringkas().judul(), d.ringkas().organisasiId(), currentUser.actorName(), now);
		store.antre(datasetId, "dipilih", now);
		audit.record("kirim.dipilih", OBJEK_DATASET, datasetId, d.ringkas().slug() + ": " + d.ringkas().judul());
	}

	/** Stops sending a dataset; one that is at the portal above is deleted there. */
	@Transactional
	public void batal(long datasetId) {
		Collection<Long> organisasi = organisasiKelolaan();
		KirimDataset k = store.dataset(datasetId).orElseThrow(() -> new UserFacingException(HttpStatus.NOT_FOUND,
				"kirim.galat.tidakDipilih"));
		boleh(organisasi, k.organisasiId());
		if (!k.dipilih()) {
			return;
		}
		Instant now = clock.instant();
		if (k.namaRemote() == null) {
			store.lupakan(datasetId);
		}
		else {
			store.batal(datasetId, currentUser.actorName(), now);
			store.antre(datasetId, "dibatalkan", now);
		}
		audit.record("kirim.dibatalkan", OBJEK_DATASET, datasetId, k.judul()
				+ (k.namaRemote() == null ? "" : " (dihapus di portal tujuan: " + k.namaRemote() + ")"));
	}

	/** A failed dataset is tried again at the worker's next run instead of waiting for its backoff. */
	@Transactional
	public void cobaLagi(long datasetId) {
		Collection<Long> organisasi = organisasiKelolaan();
		KirimDataset k = store.dataset(datasetId).orElseThrow(() -> new UserFacingException(HttpStatus.NOT_FOUND,
				"kirim.galat.tidakDipilih"));
		boleh(organisasi, k.organisasiId());
		if (store.cobaLagiSekarang(datasetId, clock.instant()) == 0) {
			throw new UserFacingException(HttpStatus.CONFLICT, "kirim.galat.tidakGagal");
		}
		audit.record("kirim.cobaLagi", OBJEK_DATASET, datasetId, k.judul());
	}

	private static void boleh(Collection<Long> organisasi, long organisasiId) {
		if (organisasi != null && !organisasi.contains(organisasiId)) {
			throw new UserFacingException(HttpStatus.FORBIDDEN, "kirim.galat.bukanOrganisasi");
		}
	}

}
