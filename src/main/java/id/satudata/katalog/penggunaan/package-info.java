/**
 * Usage figures: page views, downloads per format and API calls per dataset, release and day, as
 * aggregate counters without IP addresses or user identities, robots left out, buffered in memory
 * and written in batches. No URL of its own: the portal, the CKAN API and the monitoring dashboards
 * count and show them through {@link id.satudata.katalog.PenggunaanData}.
 */
package id.satudata.katalog.penggunaan;
