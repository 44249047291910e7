/**
 * Rencana Aksi ({@code /kelola/rencana-aksi/**}): action-plan items with owner unit, due date,
 * progress and evidence, their state machine ({@link id.satudata.perencanaan.rencanaaksi.AlurRencanaAksi})
 * and the reminders before and after the due date.
 */
package id.satudata.perencanaan.rencanaaksi;
