/** Filtered, sorted, paged and aggregated queries on stored tables. */
package id.satudata.datastore.kueri;
