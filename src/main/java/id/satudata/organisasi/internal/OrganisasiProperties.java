package id.satudata.organisasi.internal;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import id.satudata.shared.security.Peran;

/**
 * Login, password and account rules ({@code satudata.keamanan.*}).
 *
 * @param loginBebas failed logins (per account, per address) that cost nothing; each further one
 *        doubles the wait before the next attempt
 * @param jedaAwal the first wait
 * @param jedaMaks the longest wait
 * @param panjangMinPassword the shortest password accepted
 * @param mfaPeranWajib roles that must have a second factor (TOTP) before using the application
 * @param mfaKunci the key the TOTP secrets are encrypted with (AES-GCM); empty: stored unencrypted
 * @param mfaPenerbit the issuer shown in authenticator apps (empty: the site title)
 * @param resetBerlaku how long a password-reset link works
 * @param verifikasiBerlaku how long a registration's verification link works
 * @param surelPerJam e-mails (reset, verification) at most per address per hour
 * @param permintaanPerJam reset and registration requests at most per client address per hour
 * @param pendaftaran whether the public may register (role Pengguna terdaftar)
 * @param pendaftaranOrganisasi region code of the organization registered users belong to (empty:
 *        the first active provincial organization, else the first active one)
 */
@ConfigurationProperties("satudata.keamanan")
public record OrganisasiProperties(Integer loginBebas, Duration jedaAwal, Duration jedaMaks,
		Integer panjangMinPassword, Set<Peran> mfaPeranWajib, String mfaKunci, String mfaPenerbit,
		Duration resetBerlaku, Duration verifikasiBerlaku, Integer surelPerJam, Integer permintaanPerJam,
		Boolean pendaftaran, String pendaftaranOrganisasi) {

	public OrganisasiProperties {
		loginBebas = loginBebas == null || loginBebas < 0 ? 3 : loginBebas;
		jedaAwal = jedaAwal == null ? Duration.ofSeconds(2) : jedaAwal;
		jedaMaks = jedaMaks == null ? Duration.ofMinutes(5) : jedaMaks;
		panjangMinPassword = panjangMinPassword == null ? 10 : panjangMinPassword;
		mfaPeranWajib = mfaPeranWajib == null ? Set.of(Peran.ADMIN, Peran.WALIDATA) : Set.copyOf(mfaPeranWajib);
		mfaKunci = mfaKunci == null || mfaKunci.isBlank() ? null : mfaKunci;
		mfaPenerbit = mfaPenerbit == null || mfaPenerbit.isBlank() ? null : mfaPenerbit.strip();
		resetBerlaku = resetBerlaku == null ? Duration.ofMinutes(30) : resetBerlaku;
		verifikasiBerlaku = verifikasiBerlaku == null ? Duration.ofHours(24) : verifikasiBerlaku;
		surelPerJam = surelPerJam == null || surelPerJam < 1 ? 3 : surelPerJam;
		permintaanPerJam = permintaanPerJam == null || permintaanPerJam < 1 ? 10 : permintaanPerJam;
		pendaftaran = pendaftaran == null || pendaftaran;
		pendaftaranOrganisasi = pendaftaranOrganisasi == null || pendaftaranOrganisasi.isBlank() ? null
				: pendaftaranOrganisasi.strip();
	}

}
