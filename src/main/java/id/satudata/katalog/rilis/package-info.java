/**
 * Releases: a period and version of a dataset's table (immutable once created), uploading, drafts
 * from producers' submissions, publishing and withdrawing, and the dataset's summary of published
 * releases; the back office {@code /kelola/dataset/{slug}/rilis/**}.
 */
package id.satudata.katalog.rilis;
