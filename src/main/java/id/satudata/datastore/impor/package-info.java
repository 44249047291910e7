/**
 * Importing an upload (CSV/XLSX) into a validated, typed Parquet table, proposing a schema from a
 * file, and storing an import's issues as a table.
 */
package id.satudata.datastore.impor;
