/** Module-wide plumbing of sinkron: configuration, the guarded HTTP client, menu and URL rules. */
package id.satudata.sinkron.internal;
