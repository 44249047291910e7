/**
 * API tokens: created and revoked by their user ({@code /akun/token/**}), by CKAN's
 * {@code api_token_create} ({@link id.satudata.organisasi.TokenApiDirectory}) or by an operator, and
 * the authentication of API callers that send one.
 */
package id.satudata.organisasi.token;
