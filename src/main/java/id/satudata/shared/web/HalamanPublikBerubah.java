package id.satudata.shared.web;

/**
 * What the public's pages show changed without a state change of its own (e.g. usage figures were
 * written): the public page cache drops its pages. State changes need not publish it: every one is
 * audited, and the cache listens to the audit event.
 */
public record HalamanPublikBerubah(String sebab) {
}
