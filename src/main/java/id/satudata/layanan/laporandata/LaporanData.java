package id.satudata.layanan.laporandata;

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
 * A report of a problem in a public dataset: a ticket ({@link Tiket}) of the dataset's organization,
 * with the dataset (kept by id, and by slug and title as they were when reported), its producer unit
 * and what is wrong. It is handled by the organization's Walidata and the producer unit's Produsen
 * Data, not by the service desk's chain: its level is nominal ({@link TingkatLayanan#PETUGAS_LAYANAN})
 * and never changes.
 */
@Entity(name = "LayananLaporanData")
@Table(name = "layanan_laporan_data")
@AttributeOverride(name = "nama", column = @Column(name = "nama_pelapor", nullable = false, length = 150))
@AttributeOverride(name = "hasil", column = @Column(name = "jawaban", length = 4000))
public class LaporanData extends Tiket<StatusLaporanData, KanalLaporanData> {

	@Column(name = "dataset_id", nullable = false)
	private long datasetId;

	@Column(name = "dataset_slug", nullable = false, length = 200)
	private String datasetSlug;

	@Column(name = "dataset_judul", nullable = false, length = 300)
	private String datasetJudul;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private MasalahData masalah;

	protected LaporanData() {
	}

	LaporanData(TiketMasuk masuk, long datasetId, String datasetSlug, String datasetJudul, long unitId,
			MasalahData masalah, Instant tenggat) {
		super(masuk, StatusLaporanData.DITERIMA, KanalLaporanData.WEB, TingkatLayanan.PETUGAS_LAYANAN, tenggat);
		this.datasetId = datasetId;
		this.datasetSlug = datasetSlug;
		this.datasetJudul = datasetJudul;
		this.unitId = unitId;
		this.masalah = masalah;
	}

	/** Answers it and closes it. */
	void jawab(String jawaban, long olehId, String olehNama, Instant now) {
		akhiri(jawaban, olehId, olehNama, now);
		ubahStatus(StatusLaporanData.SELESAI);
		diubah(now);
	}

	@Override
	public String jenisKey() {
		return masalah.labelKey();
	}

	public long getDatasetId() {
		return datasetId;
	}

	public String getDatasetSlug() {
		return datasetSlug;
	}

	public String getDatasetJudul() {
		return datasetJudul;
	}

	public long getUnitId() {
		return unitId;
	}

	public MasalahData getMasalah() {
		return masalah;
	}

}
