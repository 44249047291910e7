package id.satudata.layanan.permintaan;

import id.satudata.layanan.tiket.TiketRepository;

/** The service requests' table (what the ticket core reads and writes of every kind; lists by Specification). */
interface PermintaanRepository extends TiketRepository<Permintaan> {
}
