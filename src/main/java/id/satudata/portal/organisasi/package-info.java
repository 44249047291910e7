/** The producers' pages {@code /organisasi/**}. */
package id.satudata.portal.organisasi;
