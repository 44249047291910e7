package id.satudata.layanan.pengaduan;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import id.satudata.layanan.tiket.JenisTiket;
import id.satudata.layanan.tiket.NomorTiket;
import id.satudata.layanan.tiket.RiwayatLayanan;
import id.satudata.layanan.tiket.TiketPublik;
import id.satudata.layanan.tiket.TiketRepository;

/**
 * Complaints as the ticket core serves them: numbered {@code ADU-…}, listed most urgent first, in
 * the inbox of the level holding them, past due when their tier's limit is.
 */
@Component
@Order(2)
class JenisTiketPengaduan implements JenisTiket<Pengaduan> {

	static final Sebutan SEBUTAN = new Sebutan(NomorTiket.PENGADUAN, 'A', RiwayatLayanan.PENGADUAN, "Pengaduan",
			"pengaduan", "/kelola/pengaduan", "layanan.notif.aduanMasuk", "layanan.notif.aduanDiterima",
			"dasbor.layanan.pengaduan", "megaphone");

	private static final Set<StatusPengaduan> TERBUKA = EnumSet.of(StatusPengaduan.DITERIMA, StatusPengaduan.DIPROSES);

	private final PengaduanRepository repository;

	JenisTiketPengaduan(PengaduanRepository repository) {
		this.repository = repository;
	}

	@Override
	public Sebutan sebutan() {
		return SEBUTAN;
	}

	@Override
	public TiketRepository<Pengaduan> repository() {
		return repository;
	}

	@Override
	public Collection<StatusPengaduan> statusTerbuka() {
		return TERBUKA;
	}

	@Override
	public Sort urutan() {
		return Sort.by("tenggat");
	}

	@Override
	public String pesanTerlambat(Pengaduan a) {
		return "layanan.notif.terlambatAduan";
	}

	/** Once per due time and level: a new tier or an escalation warns again. */
	@Override
	public String kunciTerlambat(Pengaduan a) {
		return "layanan:pengaduan:" + a.getId() + ":" + a.getTenggat().getEpochSecond() + ":" + a.getTingkat()
				+ ":terlambat";
	}

	@Override
	public String keterangan(Pengaduan a) {
		return a.getKanal() + (a.getReferensiKanal() == null ? "" : " " + a.getReferensiKanal());
	}

	@Override
	public TiketPublik.Jenis jenisPublik(Pengaduan a) {
		return new TiketPublik.Jenis("layanan.tiket.pengaduan", "layanan.kategori", "layanan.tiket.jawaban", null);
	}

}
