/**
 * Daftar Data ({@code /kelola/daftar-data/**}): an organization's list of a year and its entries —
 * proposing and editing, the entry's release schedule, the state machine ({@link
 * id.satudata.perencanaan.daftardata.AlurEntri}) outside a Forum session, similar-title checks,
 * import and export (XLSX), copying to the next year, the catalog dataset of an approved entry and
 * the metadata forms owned by an entry.
 */
package id.satudata.perencanaan.daftardata;
