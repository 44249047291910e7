package id.satudata.sinkron.kirim;

/**
 * Where a chosen dataset stands at the portal above: MENUNGGU (a change waits in the outbox),
 * TERKIRIM (the portal has its current public state), GAGAL (the last attempt failed; retried at
 * {@code coba_lagi_pada}), DITARIK (deleted there, or never sent: the dataset is no longer public or no
 * longer chosen).
 */
enum StatusKirim {
	MENUNGGU, TERKIRIM, GAGAL, DITARIK
}
