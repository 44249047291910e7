/** The home page {@code /}, {@code /tentang} and {@code /sitemap.xml}. */
package id.satudata.portal.beranda;
