/**
 * Standar Data Statistik and metadata statistik.
 * <ul>
 * <li>The metadata statistik forms of Peraturan BPS 5/2020: MS-Keg (the statistical activity,
 * blocks I–VIII), MS-Ind (an indicator) and MS-Var (a variable), each attached to an owner object
 * of another module (a katalog dataset, a Daftar Data entry, a recommendation request), with
 * required-field checks, drafts, copying from a previous year and JSON/PDF export
 * ({@link MetadataStatistik}). Who may see and change metadata of an owner is answered by the
 * owning module through the SPI {@link PemilikMetadata}; this module implements it for datasets.</li>
 * <li>The SDS catalogue (Konsep, Variabel, Klasifikasi), the proposal flow Produsen Data Kabupaten →
 * Walidata Kabupaten → Walidata Provinsi → Walidata Pusat → Pembina Data Pusat, geospatial metadata
 * (SNI 8843-1 / ISO 19115, exported as ISO 19139), and the rules a standard imposes on the dataset
 * columns that reference it.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standar Data dan Metadata Statistik", allowedDependencies = { "shared", "katalog", "datastore", "referensi", "audit", "organisasi", "notifikasi" })
package id.satudata.standar;
