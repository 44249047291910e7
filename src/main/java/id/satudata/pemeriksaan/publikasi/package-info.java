/** Scheduled publication: the job that publishes ready submissions on their release date. */
package id.satudata.pemeriksaan.publikasi;
