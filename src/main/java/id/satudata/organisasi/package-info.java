/**
 * Organizations (the NASIONAL → PROVINSI → KABUPATEN_KOTA tree keyed by Kemendagri region code),
 * their units (Walidata, Produsen Data, Pembina Data, Koordinator Forum, PPID), users and the roles
 * they hold, and authentication (form login, lockout, sessions). Public API: {@link OrganisasiDirectory}
 * and {@link PenggunaDirectory} for reading, the reference records, and the enums.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisasi", allowedDependencies = { "shared" })
package id.satudata.organisasi;
