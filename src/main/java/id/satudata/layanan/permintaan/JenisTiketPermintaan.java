package id.satudata.layanan.permintaan;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import id.satudata.layanan.internal.LayananProperties;
import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.layanan.tiket.JenisTiket;
import id.satudata.layanan.tiket.NomorTiket;
import id.satudata.layanan.tiket.RiwayatLayanan;
import id.satudata.layanan.tiket.TiketPublik;
import id.satudata.layanan.tiket.TiketRepository;

/**
 * Service requests as the ticket core serves them: numbered {@code LYN-…}, listed oldest first,
 * in the inbox of the level holding the current step (or of the person it was sent to by name),
 * past due when the current disposition step or the work is.
 */
@Component
@Order(1)
class JenisTiketPermintaan implements JenisTiket<Permintaan> {

	static final Sebutan SEBUTAN = new Sebutan(NomorTiket.PERMINTAAN, 'P', RiwayatLayanan.PERMINTAAN,
			"PermintaanLayanan", "layanan", // the audit trail's object type and action prefix
			"/kelola/layanan", "layanan.notif.masuk", "layanan.notif.diterima", // the inbox; notified on filing
			"dasbor.layanan.menunggu", "inbox");

	private static final Set<StatusPermintaan> TERBUKA = EnumSet.of(StatusPermintaan.DI_KEPALA_DINAS,
			StatusPermintaan.DI_KEPALA_BIDANG, StatusPermintaan.DI_SUB_KOORDINATOR, StatusPermintaan.DIPROSES);

	private final PermintaanRepository repository;
	private final LayananProperties properties;

	JenisTiketPermintaan(PermintaanRepository repository, LayananProperties properties) {
		this.repository = repository;
		this.properties = properties;
	}

	@Override
	public Sebutan sebutan() {
		return SEBUTAN;
	}

	@Override
	public TiketRepository<Permintaan> repository() {
		return repository;
	}

	@Override
	public Collection<StatusPermintaan> statusTerbuka() {
		return TERBUKA;
	}

	@Override
	public Sort urutan() {
		return Sort.by("diterimaPada");
	}

	/** Also: a step sent to a named person waits for that person only. */
	@Override
	public Specification<Permintaan> kotakMasuk(Map<Long, Set<TingkatLayanan>> tingkat, long penggunaId) {
		return JenisTiket.super.kotakMasuk(tingkat, penggunaId).and((root, query, cb) -> cb
			.or(cb.isNull(root.get("pemegangId")), cb.equal(root.get("pemegangId"), penggunaId)));
	}

	/** The current disposition step's target, or during the work its due time. */
	@Override
	public Specification<Permintaan> lewatTenggat(Instant sekarang) {
		return terbuka().and((root, query, cb) -> cb.lessThan(
				cb.coalesce(root.<Instant>get("tenggatLangkah"), root.<Instant>get("tenggat")), sekarang));
	}

	@Override
	public String pesanTerlambat(Permintaan p) {
		return p.getStatus() == StatusPermintaan.DIPROSES ? "layanan.notif.terlambatKerja"
				: "layanan.notif.terlambatLangkah";
	}

	/** Once per step: a new status, level or holding warns again. */
	@Override
	public String kunciTerlambat(Permintaan p) {
		return "layanan:permintaan:" + p.getId() + ":" + p.getStatus() + ":" + p.getTingkat() + ":"
				+ p.getDitahanSejak().getEpochSecond() + ":terlambat";
	}

	@Override
	public String keterangan(Permintaan p) {
		return p.getKanal() + ", " + p.getJenis();
	}

	@Override
	public TiketPublik.Jenis jenisPublik(Permintaan p) {
		return new TiketPublik.Jenis("layanan.tiket.permintaan", "layanan.form.jenis", "layanan.tiket.hasil",
				p.getJenis().sla(properties));
	}

}
