/**
 * The CKAN Action API v3 under {@code /api/3/action/**}: the controller (CKAN's envelope, parameters
 * and errors), the table of actions ({@code CkanActions}) and the actions by subject (packages,
 * organizations/groups/tags, resources and the DataStore, writes), the SDI ↔ CKAN dicts, and the
 * hand-written reader of Solr's {@code fq} ({@code FilterQuery}).
 */
package id.satudata.api.ckan;
