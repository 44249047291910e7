package id.satudata.layanan.tiket;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.layanan.internal.LayananAkses;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.web.NotFoundException;

/**
 * The ticket core on the requester's side, for every kind of ticket (found by its number's prefix):
 * following a ticket by its number and tracking code without an account or in one's own account,
 * and rating a resolved one — with the code, in the account, or by the single-use link of the
 * resolution e-mail. A wrong code, a wrong link and an unknown number get the same "not found".
 */
@Service
@Transactional(readOnly = true)
public class LayananPemohon {

	private final List<JenisTiket<?>> jenis;
	private final JejakLayanan jejak;
	private final BerkasLayanan berkas;
	private final LayananAkses akses;
	private final Audit audit;
	private final Clock clock;

	LayananPemohon(List<JenisTiket<?>> jenis, JejakLayanan jejak, BerkasLayanan berkas, LayananAkses akses, Audit audit,
			Clock clock) {
		this.jenis = List.copyOf(jenis);
		this.jejak = jejak;
		this.berkas = berkas;
		this.akses = akses;
		this.audit = audit;
		this.clock = clock;
	}

	/** The ticket behind a number and its tracking code, as its requester sees it. */
	public TiketPublik denganKode(String nomor, String kode) {
		return tampilkan(jenis(nomor, "layanan.galat.tiketTidakCocok"), nomor, t -> t.kodeCocok(kode),
				"layanan.galat.tiketTidakCocok");
	}

	/** A logged-in requester's own ticket. */
	public TiketPublik milikSaya(String nomor) {
		return tampilkan(jenis(nomor, "layanan.galat.tiketTidakAda"), nomor, this::milikSaya, "layanan.galat.tiketTidakAda");
	}

	/** Checks the rating link of the resolution e-mail (wrong, used or unknown: "not found"). */
	public void periksaTautanNilai(String nomor, String token) {
		cari(jenis(nomor, "layanan.galat.tautanNilai"), nomor, t -> t.tautanNilaiCocok(token), "layanan.galat.tautanNilai");
	}

	/** The requester rates a resolved ticket once (1–5), proving it with the tracking code. */
	@Transactional
	public void nilaiDenganKode(String nomor, String kode, Integer nilai, String komentar) {
		beriNilai(jenis(nomor, "layanan.galat.tiketTidakCocok"), nomor, t -> t.kodeCocok(kode),
				"layanan.galat.tiketTidakCocok", nilai, komentar);
	}

	/** The requester rates it through the single-use link sent when it was resolved. */
	@Transactional
	public void nilaiDenganTautan(String nomor, String token, Integer nilai, String komentar) {
		beriNilai(jenis(nomor, "layanan.galat.tautanNilai"), nomor, t -> t.tautanNilaiCocok(token),
				"layanan.galat.tautanNilai", nilai, komentar);
	}

	/** A logged-in requester rates their own resolved ticket. */
	@Transactional
	public void nilaiMilikSaya(String nomor, Integer nilai, String komentar) {
		beriNilai(jenis(nomor, "layanan.galat.tiketTidakAda"), nomor, this::milikSaya, "layanan.galat.tiketTidakAda", nilai,
				komentar);
	}

	/** The logged-in user's own tickets (filed while logged in), kind by kind, newest first. */
	public List<Tiket<?, ?>> milikPengguna() {
		List<Tiket<?, ?>> out = new ArrayList<>();
		akses.pengguna().ifPresent(u -> jenis.forEach(j -> out.addAll(j.repository().findByPenggunaIdOrderByDiterimaPadaDesc(
				u.getId()))));
		return out;
	}

	/** An attachment of the ticket (which the caller has already proven to hold). */
	public LampiranLayanan lampiran(TiketPublik t, String uuid) {
		return t.lampiran().stream().filter(l -> l.getUuid().equals(uuid)).findFirst()
			.orElseThrow(() -> new NotFoundException("layanan.galat.lampiranTidakAda"));
	}

	private boolean milikSaya(Tiket<?, ?> t) {
		return t.milik(akses.pengguna().orElseThrow().getId());
	}

	private JenisTiket<?> jenis(String nomor, String galat) {
		String awalan = NomorTiket.jenisDari(nomor);
		return jenis.stream().filter(j -> j.sebutan().awalan().equals(awalan)).findFirst()
			.orElseThrow(() -> new NotFoundException(galat));
	}

	private <T extends Tiket<?, ?>> T cari(JenisTiket<T> j, String nomor, Predicate<? super T> boleh, String galat) {
		Optional<T> t = j.repository().findByNomor(nomor);
		return t.filter(boleh).orElseThrow(() -> new NotFoundException(galat));
	}

	private <T extends Tiket<?, ?>> TiketPublik tampilkan(JenisTiket<T> j, String nomor, Predicate<? super T> boleh,
			String galat) {
		T t = cari(j, nomor, boleh, galat);
		String tipe = j.sebutan().objekTipe();
		return TiketPublik.dari(t, j.jenisPublik(t), jejak.riwayatPublik(tipe, t.getId()), berkas.daftar(tipe, t.getId()));
	}

	private <T extends Tiket<?, ?>> void beriNilai(JenisTiket<T> j, String nomor, Predicate<? super T> boleh, String galat,
			Integer nilai, String komentar) {
		T t = cari(j, nomor, boleh, galat);
		t.beriNilai(nilai, komentar, clock.instant());
		String status = t.getStatus().name();
		jejak.catat(new JejakLayanan.Langkah(j.sebutan().objekTipe(), t.getId(), "DINILAI", status, status, null, null, null,
				true, null, null));
		audit.record(j.sebutan().auditAwalan() + ".dinilai", j.sebutan().auditTipe(), t.getId(), nomor + ": " + nilai + "/5");
	}

}
