/** Module-wide plumbing of the standards module: menu entries and URL rules. */
package id.satudata.standar.internal;
