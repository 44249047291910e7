/**
 * Datasets: the entity with its SDI metadata and schema, creating and changing them, the schema
 * proposed from a file and the column specs uploads are checked against; the back office
 * {@code /kelola/dataset} (list, metadata, the dataset's page) and {@code /kelola/dataset/{slug}/skema}.
 */
package id.satudata.katalog.dataset;
