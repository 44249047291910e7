/**
 * The CKAN Action API v3 under {@code /api/3/action/**}: the controller (CKAN's envelope, parameters
 * and errors), the table of actions ({@code CkanActions}) and the actions by subject (packages,
 * organizations/groups/tags, resources and the DataStore, writes) and the SDI ↔ CKAN dicts. Search
 * queries ({@code q}, {@code fq}) are parsed and run by the catalog ({@code katalog.PencarianCkan}).
 */
package id.satudata.api.ckan;
