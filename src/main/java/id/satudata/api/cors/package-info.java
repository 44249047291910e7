/**
 * CORS for the public, read-only API and the downloads: other sites may read what the public reads,
 * never with credentials, never for cookie-authenticated calls.
 */
package id.satudata.api.cors;
