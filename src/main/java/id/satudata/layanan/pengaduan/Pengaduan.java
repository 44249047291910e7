package id.satudata.layanan.pengaduan;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.layanan.tiket.Tiket;
import id.satudata.layanan.tiket.TiketMasuk;

/**
 * A complaint: a ticket ({@link Tiket}) with its channel (and the channel's reference, e.g. the
 * SP4N-LAPOR number) and its tier, whose due time is counted from filing; the level of the service
 * desk holding it is the one escalation last reached. {@link AlurPengaduan} decides every step;
 * this class applies exactly what it decided.
 */
@Entity(name = "LayananPengaduan")
@Table(name = "layanan_pengaduan")
@AttributeOverride(name = "nama", column = @Column(name = "nama_pelapor", nullable = false, length = 150))
@AttributeOverride(name = "hasil", column = @Column(name = "jawaban", length = 4000))
public class Pengaduan extends Tiket<StatusPengaduan, KanalPengaduan> {

	@Column(name = "referensi_kanal", length = 100)
	private String referensiKanal;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private KategoriPengaduan kategori;

	@Column(name = "diklasifikasi_pada")
	private Instant diklasifikasiPada;

	protected Pengaduan() {
	}

	/**
	 * A new complaint at the Petugas Layanan; until it is classified its clock runs at the strictest
	 * tier ({@code tenggatSementara}).
	 */
	Pengaduan(TiketMasuk masuk, KanalPengaduan kanal, String referensiKanal, Instant tenggatSementara) {
		super(masuk, StatusPengaduan.DITERIMA, kanal, TingkatLayanan.PETUGAS_LAYANAN, tenggatSementara);
		this.referensiKanal = referensiKanal;
	}

	/** Puts it in a tier (again, when it turns out lighter or heavier); the due time follows the tier. */
	void klasifikasi(KategoriPengaduan kategori, Instant tenggat, Instant now) {
		this.kategori = kategori;
		tetapkanTenggat(tenggat);
		if (diklasifikasiPada == null) {
			diklasifikasiPada = now;
		}
	}

	/** Answers it finally, or refuses it, with the text for the complainant. */
	void jawab(String jawaban, long olehId, String olehNama, Instant now) {
		akhiri(jawaban, olehId, olehNama, now);
	}

	/**
	 * Takes the step the machine decided: its status and the level that holds it then (a new level's
	 * holding starts its clock).
	 */
	void terapkan(AlurPengaduan.Langkah ke, Instant now) {
		ubahStatus(ke.status());
		if (ke.tingkat() != getTingkat()) {
			pegang(ke.tingkat(), now);
		}
		diubah(now);
	}

	@Override
	public String jenisKey() {
		return kategori == null ? null : kategori.labelKey();
	}

	public String getReferensiKanal() {
		return referensiKanal;
	}

	public KategoriPengaduan getKategori() {
		return kategori;
	}

	public Instant getDiklasifikasiPada() {
		return diklasifikasiPada;
	}

}
