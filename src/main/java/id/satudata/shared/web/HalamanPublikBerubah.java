package id.satudata.shared.web;

/**
 * What the public's pages show changed without a state change of its own: the public page cache
 * drops its pages. (Usage figures do not publish it: the kept pages' short lifetime is enough for them.) State changes need not publish it: every one is
 * audited, and the cache listens to the audit event.
 */
public record HalamanPublikBerubah(String sebab) {
}
