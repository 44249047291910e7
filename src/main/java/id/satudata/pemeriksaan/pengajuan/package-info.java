/**
 * Submissions and their review: the submission, its checked uploads (versions), history and notes,
 * the parts users play, notifications, the service behind the public {@code Pemeriksaan}, the
 * collection progress planning asks for, and the reviewers' pages {@code /kelola/pemeriksaan/**}.
 */
package id.satudata.pemeriksaan.pengajuan;
