/**
 * Jadwal Rilis: the schedules generated from an entry's frequency, every scheduled release with how
 * it stands and its lateness ({@link id.satudata.perencanaan.JadwalRilisLookup}), the public
 * calendar and its iCalendar feeds ({@code /jadwal-rilis}), what a producer's unit owes
 * ({@code /kelola/kewajiban-data}) and the release reminders.
 */
package id.satudata.perencanaan.jadwal;
