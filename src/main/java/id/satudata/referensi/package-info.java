/**
 * Kode Referensi: versioned code lists (code, label, parent, validity, extra attributes) managed by
 * the Walidata, with CSV/XLSX import and export and crosswalks between lists; ships and loads the
 * Kemendagri region list. Public API: {@link KodeReferensiLookup}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kode Referensi", allowedDependencies = { "shared", "organisasi" })
package id.satudata.referensi;
