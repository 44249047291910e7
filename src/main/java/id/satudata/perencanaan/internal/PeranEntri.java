package id.satudata.perencanaan.internal;

/**
 * The part a user plays for one entry, derived from their role assignments and the entry: the
 * Produsen Data or Walidata Pendukung of its producer unit is its PRODUSEN; the Walidata of its
 * organization (or an administrator) its WALIDATA; the Koordinator Forum of its organization the
 * FORUM.
 */
enum PeranEntri {
	PRODUSEN, WALIDATA, FORUM
}
