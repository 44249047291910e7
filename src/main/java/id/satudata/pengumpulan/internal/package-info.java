/**
 * Module-wide plumbing of the collection module: settings, menu entries, URL rules and what the
 * producer's pages may show the current user ({@code AksesProdusen}).
 */
package id.satudata.pengumpulan.internal;
