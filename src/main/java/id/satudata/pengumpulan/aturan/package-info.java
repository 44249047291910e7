/**
 * The validation rules a Walidata attaches to a dataset's columns ({@code /kelola/pengumpulan/aturan/**})
 * and the engine that turns them into the datastore's table rules.
 */
package id.satudata.pengumpulan.aturan;
