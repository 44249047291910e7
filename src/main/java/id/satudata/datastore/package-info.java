/**
 * Datastore: the tabular data of releases, stored as immutable Parquet files and queried with
 * embedded DuckDB. Imports CSV/XLSX into a validated, typed table; answers filtered, sorted, paged
 * and aggregated queries; streams exports; runs user SQL in a locked-down sandbox. It knows
 * nothing of datasets or access rules: the catalog decides who may see a table and calls this.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Datastore", allowedDependencies = { "shared", "referensi" })
package id.satudata.datastore;
