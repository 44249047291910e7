/**
 * The SDS proposal flow ({@code AlurUsulanSds}): writing a proposal (reuse first), its levels
 * Walidata Kabupaten → Provinsi → Pusat → Pembina Data Pusat, checklists, notes, handling time; the
 * back office {@code /kelola/standar-data} (the inbox), {@code /kelola/standar-data/usulan/**} and
 * the naming check as the user types ({@code /kelola/standar-data/periksa-nama}).
 */
package id.satudata.standar.usulan;
