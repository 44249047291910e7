package id.satudata.layanan.pengaduan;

import id.satudata.layanan.tiket.TiketRepository;

/** The complaints' table (what the ticket core reads and writes of every kind; lists by Specification). */
interface PengaduanRepository extends TiketRepository<Pengaduan> {
}
