/**
 * Attachments of a release (files and links); the back office
 * {@code /kelola/dataset/{slug}/rilis/{uuid}/lampiran/**}.
 */
package id.satudata.katalog.lampiran;
