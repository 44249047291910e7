/** Comparing two versions of a table (rows added, removed and changed). */
package id.satudata.datastore.beda;
