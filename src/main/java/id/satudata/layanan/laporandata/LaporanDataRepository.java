package id.satudata.layanan.laporandata;

import id.satudata.layanan.tiket.TiketRepository;

interface LaporanDataRepository extends TiketRepository<LaporanData> {
}
