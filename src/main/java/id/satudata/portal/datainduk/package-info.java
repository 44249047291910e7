/** The Data Induk page {@code /data-induk}. */
package id.satudata.portal.datainduk;
