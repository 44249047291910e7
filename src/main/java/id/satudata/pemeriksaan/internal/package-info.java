/** Module-wide plumbing of the review module: settings, menu entries, URL rules and the home-page card. */
package id.satudata.pemeriksaan.internal;
