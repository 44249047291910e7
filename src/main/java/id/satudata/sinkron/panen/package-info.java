/**
 * Harvest sources: {@code /kelola/panen} (list, register, change), {@code /kelola/panen/{id}} (the
 * source, its organization mapping, its runs), {@code /kelola/panen/{id}/jalan/{jalan}} (a run's
 * progress and report). Runs by hand or on the source's schedule ({@link id.satudata.sinkron.panen.JadwalPanen}).
 */
package id.satudata.sinkron.panen;
