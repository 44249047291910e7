/**
 * Monitoring ({@code /kelola/monitoring/**}, public {@code /monitoring}): the dashboard of a year's
 * releases per OPD and per kabupaten/kota, its charts and XLSX/PDF export, collection progress
 * (from the collection module, else from the catalog) and planning's cards on the back-office home.
 */
package id.satudata.perencanaan.monitoring;
