/**
 * Layanan: the service desk of the Walidata's agency (Diskominfo). Anyone — an OPD user or the
 * public without an account — asks for a service (perencanaan, pengumpulan, pemeriksaan,
 * penyebarluasan data, rekomendasi kegiatan statistik, lainnya) or files a complaint; staff record
 * what arrived by e-mail, phone, chat or letter. A request is dispositioned Kepala Dinas → Kepala
 * Bidang → Sub Koordinator → Petugas Layanan, each step against its target in working time, then
 * handled against the SLA of its type and rated by the requester; complaints are classified into
 * the four tiers of the service standard with their limits. Agencies ask the Pembina Data for a
 * recommendation of a sectoral statistical activity (Surat Permohonan, the activity's MS-Keg,
 * questionnaire), which is examined and returned or declared layak with a recommendation letter.
 * Health samples of the platform give the availability in working hours; a monthly report per
 * type and a monthly staff evaluation (PDF, XLSX) serve the evaluation meeting.
 * <p>
 * Anyone may report a problem in a public dataset (wrong values, a broken file, unclear metadata);
 * the report is a ticket of the dataset's organization answered by its Walidata or the producer unit.
 * <p>
 * Anyone may ask for data the catalog lacks ("Minta data", {@code /layanan/permintaan-data}): a
 * service request of type {@code PERMINTAAN_DATA} with the area, years and purpose, answered with a
 * public dataset or turned by the Walidata into next year's Daftar Data proposal through
 * {@code perencanaan.UsulanDaftarData}; the requester follows the proposal until the data is published.
 * <p>
 * Tickets are followed without an account by ticket number plus a random tracking code (never by
 * number alone: tickets hold personal data, UU PDP 27/2022).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Layanan", allowedDependencies = { "shared", "organisasi", "notifikasi", "standar", "katalog", "perencanaan" })
package id.satudata.layanan;
