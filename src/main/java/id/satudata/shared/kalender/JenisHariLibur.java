package id.satudata.shared.kalender;

/** A national holiday (libur nasional) or a collective leave day (cuti bersama). */
public enum JenisHariLibur {
	LIBUR_NASIONAL, CUTI_BERSAMA, LIBUR_DAERAH
}
