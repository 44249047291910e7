/**
 * Data Prioritas ({@code /kelola/data-prioritas/**}, public {@code /data-prioritas}): Bappeda's
 * recommendations against criteria, settled by the Forum's priority decisions, and the priority data
 * with how far their releases got.
 */
package id.satudata.perencanaan.prioritas;
