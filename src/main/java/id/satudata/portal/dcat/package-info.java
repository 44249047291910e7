/**
 * The catalogue in DCAT-AP 3 (RDF) with ckanext-dcat's addresses, so DCAT harvesters can read it:
 * {@code /catalog.{ttl,rdf,xml,jsonld}} paged with {@code modified_since}, {@code /dataset/{name}.{ttl,...}}
 * and content negotiation on {@code /dataset/{name}}. Always read as the public (anonymous) reader.
 */
package id.satudata.portal.dcat;
