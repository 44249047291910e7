/** Running SQL written by a user ({@code datastore_search_sql}) in a locked-down sandbox. */
package id.satudata.datastore.sql;
