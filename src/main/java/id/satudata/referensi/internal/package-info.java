/** Shared by the features of the module: the back-office menu and URL rules, the page of results. */
package id.satudata.referensi.internal;
