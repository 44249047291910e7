/**
 * Perencanaan: deciding each year which data is produced, which of it is priority, by whom and
 * when it is released, and watching that it happens (DESIGN.md, Perencanaan).
 * <ul>
 * <li><b>Daftar Data</b> per organization and year: producers propose entries, the Walidata compiles,
 * checks (similar titles across OPDs are flagged) and submits them, the Forum Satu Data decides
 * (DRAFT → MENUNGGU_PERSETUJUAN → DISETUJUI / DITOLAK / DIBATALKAN). An approved entry creates or
 * links its catalog dataset and carries its release schedule (Jadwal Rilis, generated from the
 * frequency and editable).</li>
 * <li><b>Forum Satu Data</b> sessions recorded by the Koordinator Forum (Bappeda): agenda,
 * participants, decisions applied to the entries they name, follow-ups that become Rencana Aksi,
 * the berita acara as a PDF and its signed scan.</li>
 * <li><b>Data Prioritas</b> recommended by Bappeda against criteria and decided by the Forum;
 * <b>Rencana Aksi</b> with owner unit, due date, progress, evidence and reminders; the public
 * release calendar and its iCalendar feeds; the monitoring dashboard.</li>
 * </ul>
 * Public API for the modules above it:
 * <ul>
 * <li>{@link JadwalRilisLookup}: what producers owe — the approved entries' scheduled releases per
 * unit or organization ({@link KewajibanRilis}), and the due date of a (dataset, period);</li>
 * <li>{@link ProgresPengumpulan} (SPI): how collection stands per (dataset, period) — collected,
 * checked, published, SDI compliance, time per review step. The collection module implements it;
 * while no bean does, the catalog's releases (through {@code katalog.Katalog}) are the measure.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Perencanaan", allowedDependencies = { "shared", "katalog", "organisasi", "audit", "standar", "referensi", "notifikasi", "datastore" })
package id.satudata.perencanaan;
