/** What the portal's pages share: paging of dataset lists. */
package id.satudata.portal.internal;
