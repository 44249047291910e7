package id.satudata.organisasi.pengguna;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.Peran;
import id.satudata.shared.security.SatuDataUser;

/**
 * Single sign-on on the accounts' side: finds the local account a provider's user stands for,
 * refuses unknown and deactivated ones (or creates a Pengguna terdaftar when configured), applies
 * the roles a claim mapping gives, and audits every outcome. Never throws for a refusal, so the
 * refusal's audit event is committed.
 */
@Service
public class PenggunaSso {

	private static final Logger log = LoggerFactory.getLogger(PenggunaSso.class);

	/** The local field a provider's claim is compared with. */
	public enum KolomLokal {
		USERNAME, EMAIL, NIP
	}

	/** Why a provider's user was refused (the key of the refusal page's message). */
	public enum Penolakan {
		KLAIM_KOSONG, EMAIL_BELUM_TERVERIFIKASI, BELUM_TERDAFTAR, GANDA, NONAKTIF, AKUN_BARU_TIDAK_DAPAT_DIBUAT
	}

	/**
	 * Who the provider says signed in.
	 *
	 * @param nilai the matched claim's value
	 * @param terverifikasi whether the provider vouches for the value (false: an unverified e-mail address)
	 * @param peranDariKlaim the roles the claim mapping gives ({@code null}: roles stay as assigned locally)
	 */
	public record Permintaan(String penyedia, String klaim, String nilai, boolean terverifikasi, KolomLokal kolom, boolean buatAkun,
			String organisasiAkunBaru, String usernameSaran, String namaLengkap, String email,
			Set<PeranDiOrganisasi> peranDariKlaim) {
	}

	/** A role given by the claim mapping, in the organization with that region code. */
	public record PeranDiOrganisasi(Peran peran, String kodeWilayah) {
	}

	/** The outcome: the principal of the session, or the reason for the refusal. */
	public record Hasil(SatuDataUser principal, Penolakan penolakan) {
	}

	private final PenggunaSsoRepository repository;
	private final PenggunaRepository pengguna;
	private final OrganisasiDirectory organisasi;
	private final PasswordEncoder passwordEncoder;
	private final Audit audit;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	PenggunaSso(PenggunaSsoRepository repository, PenggunaRepository pengguna, OrganisasiDirectory organisasi,
			PasswordEncoder passwordEncoder, Audit audit, Clock clock) {
		this.repository = repository;
		this.pengguna = pengguna;
		this.organisasi = organisasi;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Hasil masuk(Permintaan p) {
		String nilai = p.nilai() == null ? "" : p.nilai().strip();
		String jejak = "sso " + p.penyedia() + ": " + p.klaim() + "=" + potong(nilai, 120);
		if (nilai.isEmpty()) {
			return tolak(null, null, Penolakan.KLAIM_KOSONG, jejak);
		}
		if (!p.terverifikasi()) {
			return tolak(null, null, Penolakan.EMAIL_BELUM_TERVERIFIKASI, jejak);
		}
		List<Pengguna> found = switch (p.kolom()) {
			case USERNAME -> repository.findByUsernameIgnoreCase(nilai);
			case EMAIL -> repository.findByEmailIgnoreCase(nilai);
			case NIP -> repository.findByNip(nilai);
		};
		if (found.size() > 1) {
			return tolak(null, null, Penolakan.GANDA, jejak);
		}
		Set<PenugasanPeran> peran = null;
		if (p.peranDariKlaim() != null) {
			peran = new LinkedHashSet<>();
			for (PeranDiOrganisasi r : p.peranDariKlaim()) {
				OrganisasiRef org = organisasi.organisasiDenganKodeWilayah(r.kodeWilayah()).filter(OrganisasiRef::aktif)
					.orElse(null);
				PeranRules.Rule rule = PeranRules.of(r.peran());
				if (org == null || rule == null || rule.unitRequired()) {
					log.warn("SSO role mapping {} @ {} ignored: no active organization with that region code, "
							+ "or the role needs a unit", r.peran(), r.kodeWilayah());
					continue;
				}
				peran.add(new PenugasanPeran(r.peran(), org.id(), null));
			}
		}
		Pengguna akun;
		if (found.isEmpty()) {
			if (!p.buatAkun()) {
				return tolak(null, null, Penolakan.BELUM_TERDAFTAR, jejak);
			}
			akun = buat(p, nilai, jejak);
			if (akun == null) {
				return tolak(null, null, Penolakan.AKUN_BARU_TIDAK_DAPAT_DIBUAT, jejak);
			}
		}
		else {
			akun = found.get(0);
		}
		if (!akun.isAktif()) {
			return tolak(akun.getUsername(), akun.getId(), Penolakan.NONAKTIF, jejak);
		}
		if (peran != null) {
			sinkronkan(akun, peran, p.penyedia());
		}
		SatuDataUser local = akun.toPrincipal(clock.instant());
		// the provider checked the credentials: a local "change your password" does not apply
		SatuDataUser principal = new SatuDataUser(local.getId(), local.getUsername(), local.getNamaLengkap(), null,
				true, true, false, local.getPenugasan());
		return new Hasil(principal, null);
	}

	private Pengguna buat(Permintaan p, String nilai, String jejak) {
		OrganisasiRef org = p.organisasiAkunBaru() == null ? null
				: organisasi.organisasiDenganKodeWilayah(p.organisasiAkunBaru()).filter(OrganisasiRef::aktif).orElse(null);
		if (org == null) {
			log.warn("satudata.sso.organisasi-akun-baru ({}) is no active organization's region code: "
					+ "no account created", p.organisasiAkunBaru());
			return null;
		}
		Instant now = clock.instant();
		String username = usernameBaru(p.usernameSaran() != null ? p.usernameSaran()
				: p.email() != null ? p.email() : nilai);
		String nama = p.namaLengkap() == null || p.namaLengkap().isBlank() ? username : potong(p.namaLengkap().strip(), 200);
		String email = p.kolom() == KolomLokal.EMAIL ? nilai : p.email();
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		// a password nobody knows: the account signs in through the provider only (until an administrator sets one)
		Pengguna akun = new Pengguna(username, nama, email == null ? null : potong(email, 200),
				passwordEncoder.encode(Base64.getEncoder().encodeToString(secret)), false, false, now);
		if (p.kolom() == KolomLokal.NIP) {
			akun.ubahProfil(nama, akun.getEmail(), potong(nilai, 30), null, now);
		}
		akun.tambahPeran(new PenugasanPeran(Peran.PENGGUNA, org.id(), null), now);
		akun = pengguna.save(akun);
		audit.recordAs(username, "pengguna.dibuat", "Pengguna", akun.getId(), username + " (" + jejak + ")");
		return akun;
	}

	private void sinkronkan(Pengguna akun, Set<PenugasanPeran> peran, String penyedia) {
		Instant now = clock.instant();
		List<String> ubah = new ArrayList<>();
		for (PenugasanPeran lama : List.copyOf(akun.getPenugasan())) {
			// Pengguna terdaftar is no staff role: the mapping never takes it away
			if (lama.getPeran() != Peran.PENGGUNA && !peran.contains(lama) && akun.cabutPeran(lama, now)) {
				ubah.add("-" + lama.getPeran() + "@" + lama.getOrganisasiId());
			}
		}
		for (PenugasanPeran baru : peran) {
			if (akun.tambahPeran(baru, now)) {
				ubah.add("+" + baru.getPeran() + "@" + baru.getOrganisasiId());
			}
		}
		if (!ubah.isEmpty()) {
			audit.recordAs(akun.getUsername(), "pengguna.peranDisinkronkan", "Pengguna", akun.getId(),
					"sso " + penyedia + ": " + String.join(", ", ubah));
		}
	}

	private String usernameBaru(String saran) {
		String base = saran.strip().toLowerCase(Locale.ROOT);
		int at = base.indexOf('@');
		if (at > 0) {
			base = base.substring(0, at);
		}
		base = base.replaceAll("[^a-z0-9._-]", "");
		if (base.isEmpty()) {
			base = "sso";
		}
		base = potong(base, 50);
		String username = base;
		for (int i = 2; pengguna.existsByUsernameIgnoreCase(username); i++) {
			username = base + "." + i;
		}
		return username;
	}

	private Hasil tolak(String username, Long id, Penolakan alasan, String jejak) {
		audit.recordAs(username != null ? username : "publik", "login.gagal", "Pengguna", id,
				alasan.name().toLowerCase(Locale.ROOT) + " (" + jejak + ")");
		return new Hasil(null, alasan);
	}

	private static String potong(String s, int max) {
		return s.length() > max ? s.substring(0, max) : s;
	}

}
