/** Streaming a stored table out as CSV, JSON, XLSX or Parquet. */
package id.satudata.datastore.ekspor;
