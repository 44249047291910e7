/**
 * Planning's module-wide plumbing, used by several of its features: access rules, menu and URL
 * rules, settings, reading the catalog, labels, file checks, dates in words, today's date, and the
 * demo seeding order.
 */
package id.satudata.perencanaan.internal;
