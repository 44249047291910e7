/** Shared by the features of the module: the back-office menu, the security settings, form helpers. */
package id.satudata.organisasi.internal;
