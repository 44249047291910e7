/**
 * Pengumpulan: producers hand their data to the Walidata (DESIGN.md, Pengumpulan). A Produsen
 * Data sees the datasets its OPD owes with their due dates, downloads an Excel template generated
 * from the dataset's schema, uploads CSV or XLSX (or types a small table in a form), reads the
 * validation report (every problem with row, column, value and message; downloadable as an XLSX
 * with the bad cells highlighted), completes the metadata, sees its SDI compliance score, and
 * submits to the review ({@code pemeriksaan}). The validation engine checks the schema's column
 * rules and the rules the Walidata attaches to columns as data ({@code aturan_validasi}): coverage
 * of the dataset's region, completeness of a level, totals equal to the sum of their parts, change
 * against the previous published release.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pengumpulan", allowedDependencies = { "shared", "pemeriksaan", "datastore", "katalog", "referensi", "perencanaan", "standar" })
package id.satudata.pengumpulan;
