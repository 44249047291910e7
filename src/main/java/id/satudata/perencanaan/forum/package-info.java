/**
 * Forum Satu Data ({@code /kelola/forum/**}): sessions recorded by the Koordinator Forum —
 * participants, decisions on Daftar Data entries (applied when the session is set), follow-ups that
 * become Rencana Aksi, the berita acara PDF and its signed scan.
 */
package id.satudata.perencanaan.forum;
