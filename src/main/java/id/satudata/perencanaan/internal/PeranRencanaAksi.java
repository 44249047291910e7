package id.satudata.perencanaan.internal;

/**
 * The part a user plays for one action-plan item: PELAKSANA holds a role in the item's owner unit;
 * KOORDINATOR is the Koordinator Forum of its organization (who sets the plan and follows it up).
 */
enum PeranRencanaAksi {
	PELAKSANA, KOORDINATOR
}
