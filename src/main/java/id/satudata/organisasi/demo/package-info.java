/** The demo organization tree, one demo account per role and their API tokens (README). */
package id.satudata.organisasi.demo;
