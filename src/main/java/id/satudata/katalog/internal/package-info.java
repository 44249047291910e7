/**
 * What the catalog's features share: the access rules ({@code KatalogAkses}), the implementations of
 * the module's API ({@code Katalog}, {@code KelolaKatalog}), URL names, the menu and dashboard, and
 * start-up (search index check, demo catalog).
 */
package id.satudata.katalog.internal;
