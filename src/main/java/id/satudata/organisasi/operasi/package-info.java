/**
 * Running the platform: operator commands ({@code --satudata.perintah=buat-admin|buat-token}) and the
 * production profile's refusal to start on demo settings.
 */
package id.satudata.organisasi.operasi;
