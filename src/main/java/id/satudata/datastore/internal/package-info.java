/**
 * Datastore plumbing shared by its features: the embedded DuckDB engine, settings, SQL quoting, and
 * the {@link id.satudata.datastore.Datastore} facade over the features.
 */
package id.satudata.datastore.internal;
