/**
 * The SDS catalogue (Konsep, Variabel, Klasifikasi: code, version, owner, status): the public pages
 * {@code /standar-data/**} and {@code /api/v1/standar-data/**}, import from a file
 * ({@code /kelola/standar-data/impor}) and export, entering a standard (an approved Klasifikasi
 * becomes a Kode Referensi list), similar names and the national naming rules, and the rules a
 * variable imposes on the dataset columns that follow it.
 */
package id.satudata.standar.sds;
