package id.satudata.layanan.laporandata;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import id.satudata.layanan.internal.BatasWaktu;
import id.satudata.layanan.internal.LayananAkses;
import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.layanan.tiket.JenisTiket;
import id.satudata.layanan.tiket.NomorTiket;
import id.satudata.layanan.tiket.RiwayatLayanan;
import id.satudata.layanan.tiket.TiketPublik;
import id.satudata.layanan.tiket.TiketRepository;
import id.satudata.notifikasi.Penerima;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;

/**
 * Reports of a problem in a dataset as the ticket core serves them: numbered {@code LDT-…}, routed
 * to the Walidata of the dataset's organization and to the Produsen Data of its producer unit (not
 * to the service desk's chain): they see them in their inbox, are told when one is filed and warned
 * when one is past its due time; nobody else sees them in the back office.
 */
@Component
@Order(3)
class JenisTiketLaporanData implements JenisTiket<LaporanData> {

	static final Sebutan SEBUTAN = new Sebutan(NomorTiket.LAPORAN_DATA, 'D', RiwayatLayanan.LAPORAN_DATA,
			"LaporanData", "laporanData", "/kelola/laporan-data", "layanan.notif.laporanDataMasuk",
			"layanan.notif.laporanDataDiterima", "dasbor.layanan.laporanData", "flag");

	/** The time the Walidata and the producer have to answer, in working days. */
	static final BatasWaktu BATAS = BatasWaktu.of(5, BatasWaktu.Satuan.HARI_KERJA);

	private final LaporanDataRepository repository;
	private final CurrentUser currentUser;

	JenisTiketLaporanData(LaporanDataRepository repository, CurrentUser currentUser) {
		this.repository = repository;
		this.currentUser = currentUser;
	}

	@Override
	public Sebutan sebutan() {
		return SEBUTAN;
	}

	@Override
	public TiketRepository<LaporanData> repository() {
		return repository;
	}

	@Override
	public Collection<StatusLaporanData> statusTerbuka() {
		return List.of(StatusLaporanData.DITERIMA);
	}

	@Override
	public Sort urutan() {
		return Sort.by("tenggat");
	}

	/** The reports the user answers for: those of organizations where they are Walidata or an org-wide Produsen Data, or of their producer units. */
	Specification<LaporanData> terlihat() {
		Set<Long> organisasi = new HashSet<>(currentUser.organisasiWith(Peran.WALIDATA));
		currentUser.get().ifPresent(u -> u.getPenugasan().stream()
			.filter(p -> p.peran() == Peran.PRODUSEN_DATA && p.unitId() == null)
			.forEach(p -> organisasi.add(p.organisasiId())));
		Set<Long> unit = currentUser.unitsWith(Peran.PRODUSEN_DATA);
		return (root, query, cb) -> cb.or(organisasi.isEmpty() ? cb.disjunction() : root.get("organisasiId").in(organisasi),
				unit.isEmpty() ? cb.disjunction() : root.get("unitId").in(unit));
	}

	/** The organization's Walidata, or the producer unit's Produsen Data. */
	boolean boleh(LaporanData t) {
		return currentUser.hasIn(Peran.WALIDATA, t.getOrganisasiId())
				|| currentUser.hasForUnit(Peran.PRODUSEN_DATA, t.getOrganisasiId(), t.getUnitId());
	}

	@Override
	public Specification<LaporanData> kotakMasuk(Map<Long, Set<TingkatLayanan>> tingkat, long penggunaId) {
		return terbuka().and(terlihat());
	}

	@Override
	public boolean bertingkat() {
		return false;
	}

	@Override
	public boolean bolehLihat(LaporanData tiket, LayananAkses akses) {
		return boleh(tiket);
	}

	/** The list {@code /kelola/laporan-data} is open to Walidata and Produsen Data only (not to administrators). */
	@Override
	public boolean bolehBukaDaftar(LayananAkses akses) {
		return currentUser.has(Peran.WALIDATA) || currentUser.has(Peran.PRODUSEN_DATA);
	}

	@Override
	public List<Penerima> penerimaMasuk(LaporanData t) {
		return List.of(Penerima.peran(Peran.WALIDATA, t.getOrganisasiId()),
				Penerima.peranUnit(Peran.PRODUSEN_DATA, t.getOrganisasiId(), t.getUnitId()));
	}

	@Override
	public List<Penerima> penerimaTerlambat(LaporanData t) {
		return penerimaMasuk(t);
	}

	@Override
	public String pesanTerlambat(LaporanData t) {
		return "layanan.notif.terlambatLaporanData";
	}

	@Override
	public String kunciTerlambat(LaporanData t) {
		return "layanan:laporan-data:" + t.getId() + ":terlambat";
	}

	@Override
	public String keterangan(LaporanData t) {
		return t.getMasalah() + ", dataset " + t.getDatasetId();
	}

	@Override
	public TiketPublik.Jenis jenisPublik(LaporanData t) {
		return new TiketPublik.Jenis("layanan.tiket.laporanData", "layanan.laporanData.masalah", "layanan.tiket.jawaban",
				BATAS);
	}

}
