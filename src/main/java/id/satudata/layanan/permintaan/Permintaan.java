package id.satudata.layanan.permintaan;

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
 * A service request: a ticket ({@link Tiket}) that asks for a service of the catalogue, and where
 * it stands in the disposition chain — who holds the current step (a level, optionally a named
 * person), when that step is due, when the work began and is due. {@link AlurPermintaan} decides
 * every step; this class applies exactly what it decided.
 */
@Entity(name = "LayananPermintaan")
@Table(name = "layanan_permintaan")
@AttributeOverride(name = "nama", column = @Column(name = "nama_pemohon", nullable = false, length = 150))
public class Permintaan extends Tiket<StatusPermintaan, KanalPermintaan> {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private JenisLayanan jenis;

	@Column(name = "instansi_pemohon", length = 200)
	private String instansiPemohon;

	@Column(name = "pemegang_id")
	private Long pemegangId;

	@Column(name = "pemegang_nama", length = 150)
	private String pemegangNama;

	@Column(name = "tenggat_langkah")
	private Instant tenggatLangkah;

	@Column(name = "mulai_dikerjakan")
	private Instant mulaiDikerjakan;

	protected Permintaan() {
	}

	/** A new request, waiting for the Kepala Dinas's disposition until {@code tenggatLangkah}. */
	Permintaan(TiketMasuk masuk, JenisLayanan jenis, KanalPermintaan kanal, Instant tenggatLangkah) {
		super(masuk, StatusPermintaan.DI_KEPALA_DINAS, kanal, TingkatLayanan.KEPALA_DINAS, null);
		this.jenis = jenis;
		this.instansiPemohon = masuk.pemohon().instansi();
		this.tenggatLangkah = tenggatLangkah;
	}

	/**
	 * Takes the step the machine decided: its status, and for an open one the level that holds the
	 * request from now on, the person it went to by name ({@code orang}; null: anyone of the level)
	 * and the due time of the new holding — a disposition step's target, or the work's due time
	 * (the SLA of its type) when the work starts. A final step keeps the holder and records the
	 * result or the reason for the requester, by {@code orang}.
	 */
	void terapkan(AlurPermintaan.Langkah ke, Orang orang, String catatan, Instant tenggatBaru, Instant now) {
		ubahStatus(ke.status());
		StatusPermintaan status = getStatus();
		if (status.terbuka()) {
			pegang(ke.tingkat(), now);
			this.pemegangId = orang == null ? null : orang.id();
			this.pemegangNama = orang == null ? null : orang.nama();
			this.tenggatLangkah = status.tingkatDisposisi().isPresent() ? tenggatBaru : null;
			if (status == StatusPermintaan.DIPROSES) {
				this.mulaiDikerjakan = now;
				tetapkanTenggat(tenggatBaru);
			}
		}
		else {
			this.tenggatLangkah = null;
			akhiri(catatan, orang.id(), orang.nama(), now);
		}
		diubah(now);
	}

	/** Someone a step names: who receives a disposition or handles it, who resolves or closes it. */
	record Orang(long id, String nama) {
	}

	@Override
	public String jenisKey() {
		return jenis.labelKey();
	}

	@Override
	public Long getPemegangId() {
		return pemegangId;
	}

	@Override
	public Instant getTenggatLangkah() {
		return tenggatLangkah;
	}

	public JenisLayanan getJenis() {
		return jenis;
	}

	@Override
	public String getInstansi() {
		return instansiPemohon;
	}

	@Override
	public String getPemegangNama() {
		return pemegangNama;
	}

	public Instant getMulaiDikerjakan() {
		return mulaiDikerjakan;
	}

}
